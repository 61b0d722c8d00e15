package vn.motcua.kiosk.cardreader;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether the chip's data is what the issuer signed (ICAO 9303 Part 11 §5.1): the SOD's signature, its
 * document signer certificate against the configured CSCA certificates, and each data group's hash.
 *
 * @param detail what failed (English, no personal data); empty when verified
 */
public record PassiveAuthentication(Status status, String detail) {
    public enum Status { VERIFIED, FAILED, NOT_CONFIGURED, NO_SOD }

    /** In JSON the status alone, as the CLI contract pins it; the detail goes to stderr and the officer. */
    @JsonValue
    public String json() {
        return status.name();
    }
}
