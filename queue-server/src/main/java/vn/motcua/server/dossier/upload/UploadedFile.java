package vn.motcua.server.dossier.upload;

/** A complete upload, checked against its announced length and SHA-256, taken by one dossier. */
public record UploadedFile(long id, String contentType, byte[] content) {
}
