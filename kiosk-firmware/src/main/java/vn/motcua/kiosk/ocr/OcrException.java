package vn.motcua.kiosk.ocr;

/** An image the OCR cannot work on (missing, not an image, too small or too large); the message says which. */
public final class OcrException extends Exception {
    public OcrException(String message) {
        super(message);
    }
}
