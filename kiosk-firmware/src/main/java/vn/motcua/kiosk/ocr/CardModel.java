package vn.motcua.kiosk.ocr;

/** The ID card models in use (DESIGN.md): what the OCR tells apart before it looks for fields. */
public enum CardModel {
    /** CCCD without chip or QR, 2016–2021; Vietnamese labels only. */
    CCCD_2016,
    /** Chip CCCD, 2021–2024; bilingual labels, QR on the front, MRZ on the back. */
    CCCD_2021,
    /** Căn cước (Law on Identification 2023, Circular 16/2024/TT-BCA), from 1 July 2024; QR and places on the back. */
    CAN_CUOC_2024;

    /**
     * The first day a card of this model was issued, where an issue date before it can only be a misreading (the
     * 2024 card: the day the Law on Identification took effect); null where the reader does not hold it so.
     */
    public java.time.LocalDate issuedFrom() {
        return this == CAN_CUOC_2024 ? java.time.LocalDate.of(2024, 7, 1) : null;
    }
}
