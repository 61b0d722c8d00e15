package vn.motcua.client.dossier;

/** The answer to an {@link UploadPart}: how many bytes of the upload the server holds. */
public record UploadProgress(int received) {
}
