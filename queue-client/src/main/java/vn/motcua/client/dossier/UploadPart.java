package vn.motcua.client.dossier;

/** POST /api/v1/dossier-uploads/{id}/parts: {@code data} base64 bytes starting at {@code offset}. */
public record UploadPart(Integer offset, String data) {
}
