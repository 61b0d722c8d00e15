package vn.motcua.client.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A dossier as the API shows it. The look-up by code (receipt QR, kiosk look-up) leaves the personal
 * fields out: applicant name, declaration, ticket, consent time and documents are absent, not null.
 */
public record DossierView(String code, String status, String statusVi, DossierProcedure procedure, String service,
                          OffsetDateTime receivedAt, OffsetDateTime dueAt, String lookupUrl, String applicantMasked,
                          @JsonInclude(JsonInclude.Include.NON_NULL) String applicantName,
                          @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> declaration,
                          @JsonInclude(JsonInclude.Include.NON_NULL) DossierTicket ticket,
                          @JsonInclude(JsonInclude.Include.NON_NULL) OffsetDateTime consentAt,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<DossierDocument> documents,
                          List<DossierStep> history,
                          @JsonInclude(JsonInclude.Include.NON_NULL) IdentitySource identitySource) {
}
