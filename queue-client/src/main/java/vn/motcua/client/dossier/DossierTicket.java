package vn.motcua.client.dossier;

/** The verification ticket taken for a dossier at its procedure's service. */
public record DossierTicket(long id, String number, String statusUrl) {
}
