package vn.motcua.kiosk.ocr;

/** Which face of the card an image shows. */
public enum CardSide {
    FRONT, BACK
}
