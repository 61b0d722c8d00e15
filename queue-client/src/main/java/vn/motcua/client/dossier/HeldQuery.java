package vn.motcua.client.dossier;

/** POST /api/v1/citizen-documents/query: the personal number travels in the body, never in a path. */
public record HeldQuery(String owner, String procedure) {
}
