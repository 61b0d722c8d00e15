package vn.motcua.server.dossier;

/** A stored document of a dossier, as an officer downloads it. */
public record DossierFile(String contentType, byte[] content) {
}
