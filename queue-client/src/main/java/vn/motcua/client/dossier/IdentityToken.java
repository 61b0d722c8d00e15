package vn.motcua.client.dossier;

import java.time.OffsetDateTime;

/** The token of a recorded card read, valid for one session at the kiosk. */
public record IdentityToken(String identityToken, OffsetDateTime expiresAt) {
}
