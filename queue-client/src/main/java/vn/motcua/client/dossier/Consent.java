package vn.motcua.client.dossier;

/** The citizen's explicit consent to the processing of their data, and the version of the text they saw. */
public record Consent(Boolean given, String textVersion) {
}
