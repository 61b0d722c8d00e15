package vn.motcua.client.dossier;

import java.util.List;
import java.util.Map;
import vn.motcua.client.Category;

/**
 * POST /api/v1/dossiers from a kiosk. {@code requestId} makes a retried submission answer with the
 * dossier it already filed; {@code category} of the verification ticket, NORMAL when absent;
 * {@code identitySource} where the applicant's identity came from (absent from older kiosks);
 * {@code identityToken} names the card read in this session (POST /api/v1/identity-reads): the dossier is
 * filed under that card's number and identity, and only that citizen's stored documents can be reused.
 */
public record DossierSubmission(String requestId, String procedure, Map<String, String> declaration,
                                List<DocumentChoice> documents, Consent consent, Category category,
                                IdentitySource identitySource, String identityToken) {
}
