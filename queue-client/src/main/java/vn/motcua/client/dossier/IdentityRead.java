package vn.motcua.client.dossier;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * POST /api/v1/identity-reads: the card a kiosk read in a citizen's session ({@code source} qr, chip or
 * ocr), or that an officer checked ({@code officer}). Answered with {@link IdentityToken}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdentityRead(String source, String number, String name, String dateOfBirth, String sex, String address) {
}
