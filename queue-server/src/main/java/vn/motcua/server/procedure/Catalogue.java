package vn.motcua.server.procedure;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The procedure catalogue as imported from JSON: document types (national KQ codes), procedures with
 * their required documents and declaration fields (master-data DC codes fill them from the ID card).
 * Data, not code: the province's official catalogue replaces the demo one with the same shape.
 */
public record Catalogue(String version, String note, List<DocumentType> documentTypes, List<Procedure> procedures,
                        List<DemoDocument> demoCitizenDocuments) {

    public record DocumentType(String code, String nameVi, String nameEn) {
    }

    /** form: DECLARATION (filled at the kiosk), ORIGINAL, CERTIFIED_COPY or COPY. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RequiredDocument(String docType, String nameVi, String nameEn, int copies, String form,
                                   boolean required) {
    }

    /** type: text (default), date or number. masterData: the DC code that pre-fills it, if any. */
    public record FormField(String key, String labelVi, String labelEn, String masterData, String type,
                            boolean required) {
    }

    public record Procedure(String code, String service, String fieldVi, String fieldEn, String nameVi, String nameEn,
                            int processingDays, long feeVnd, String feeNoteVi, String collectVi, String resultDocType,
                            List<RequiredDocument> documents, List<FormField> fields) {
    }

    /** A document the demo citizen "already has" in the data store, so the reuse path shows at once. */
    public record DemoDocument(String owner, String docType, String digitisedAt, String validUntil,
                               String sourceDossier) {
    }
}
