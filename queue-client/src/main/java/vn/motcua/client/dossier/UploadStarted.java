package vn.motcua.client.dossier;

/** The answer to {@link UploadStart}: the id the parts and the submission refer to. */
public record UploadStarted(long id) {
}
