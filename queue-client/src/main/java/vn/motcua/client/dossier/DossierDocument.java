package vn.motcua.client.dossier;

/** One document of a filed dossier: how it was covered and whether a file is stored for it. */
public record DossierDocument(int position, String docType, String nameVi, String source, String storedAs,
                              boolean hasFile) {
}
