package vn.motcua.kiosk.ocr;

import java.util.List;

/** A label found: the field, the row, and the words {@code [from, to)} it covers in that row. */
record LabelHit(String field, int row, int from, int to, double quality) {

    /**
     * The end of a label's words found letters off ({@code [from, to)}), cut after the first of them that ends
     * with a colon: the card prints a colon after a label and none inside one, so a match that a garbled half
     * ("PIaee ofbil: Tỉnh Bắc Ninh") let run on past it into the value's first letters stops at the colon.
     */
    static int toColon(List<OcrWord> words, int from, int to) {
        for (int i = from; i < to - 1; i++) {
            if (words.get(i).text().endsWith(":")) {
                return i + 1;
            }
        }
        return to;
    }
}
