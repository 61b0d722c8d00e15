package vn.motcua.client.dossier;

/** POST /api/v1/dossier-uploads: announces one scanned document, sent next in parts. */
public record UploadStart(String contentType, Integer totalBytes, String sha256) {
}
