package vn.motcua.client.dossier;

/**
 * Where a dossier's applicant identity came from, recorded with the dossier so the officer knows how far to
 * trust the pre-filled fields: the card's QR, its chip with passive authentication VERIFIED or not, OCR of
 * the card's front, or typed.
 */
public enum IdentitySource {
    QR,
    CHIP_VERIFIED,
    CHIP_UNVERIFIED,
    OCR,
    TYPED
}
