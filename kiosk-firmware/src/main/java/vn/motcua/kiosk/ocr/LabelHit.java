package vn.motcua.kiosk.ocr;

/** A label found: the field, the row, and the words {@code [from, to)} it covers in that row. */
record LabelHit(String field, int row, int from, int to, double quality) {
}
