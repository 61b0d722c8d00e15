package vn.motcua.client.dossier;

/**
 * What covers one required document of a submission: {@code action} REUSE (a held digitised copy),
 * UPLOAD (with {@code uploadId}), PAPER (handed in at the counter) or DECLARATION (the kiosk's form).
 */
public record DocumentChoice(int position, String action, Long uploadId) {
}
