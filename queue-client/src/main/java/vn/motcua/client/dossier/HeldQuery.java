package vn.motcua.client.dossier;

/**
 * POST /api/v1/citizen-documents/query: the personal number travels in the body, never in a path. A kiosk
 * asks only about the card it read in this session: {@code identityToken} from POST /api/v1/identity-reads.
 */
public record HeldQuery(String owner, String procedure, String identityToken) {
}
