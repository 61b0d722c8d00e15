package vn.motcua.kiosk.ocr;

import java.text.Normalizer;

/**
 * One word as Tesseract read it: text, confidence 0..100, its box as fractions of the card's width and
 * height, and the number of the text line Tesseract put it in.
 */
public record OcrWord(String text, float confidence, double left, double top, double right, double bottom, int line) {
    public OcrWord {
        text = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip();
    }

    double centreY() {
        return (top + bottom) / 2;
    }

    /** Letters and digits only, without marks, lower case: what labels are matched against. */
    String compact() {
        return Fold.fold(text).replaceAll("[^a-z0-9]", "");
    }

    /** The words' letters and digits run together ({@link #compact}): a label read over several words. */
    static String compact(java.util.List<OcrWord> words) {
        return String.join("", words.stream().map(OcrWord::compact).toList());
    }
}
