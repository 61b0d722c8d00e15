package vn.motcua.kiosk.ocr;

import java.util.List;

/**
 * One face of one card model, as data (resources {@code layouts/*.json}): the phrases that tell it apart,
 * each field's printed labels and, for when no label is legible, where its value sits.
 *
 * @param markers phrases (without marks, lower case) printed on this face; each found counts for it
 * @param absent  phrases of the other faces; each found counts against it
 * @param mrz     the band (fractions of the card's height) of the machine-readable zone, or null
 * @param boilerplate printed words that belong to no field (the issuer's title beside a value): a value ends there
 */
public record CardLayout(CardModel model, CardSide side, List<String> markers, List<String> absent,
                         List<Field> fields, Band mrz, List<String> boilerplate) {
    public CardLayout {
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
    }

    /**
     * @param labels the label's halves as printed (Vietnamese, English), matched without marks
     * @param band   where the value's rows sit when the label is not found (fractions of the card's height)
     * @param left   the value's left edge at least (fraction of the width), to leave the photo and chip out
     * @param lines  rows the value may run over
     * @param rowStartLabels short wordings other cards print ("Nơi sinh", "Ngày cấp"), taken only where they open a
     *               row: found anywhere, they were found inside places ("Xã Vĩ Thượng") and in garbled date labels
     */
    public record Field(String name, List<String> labels, Band band, double left, int lines, List<String> rowStartLabels) {
        public Field {
            rowStartLabels = rowStartLabels == null ? List.of() : List.copyOf(rowStartLabels);
        }
    }

    /** A stretch of the card's height, 0 at the top, 1 at the bottom. */
    public record Band(double from, double to) {
        boolean holds(double y) {
            return y >= from && y < to;
        }
    }

    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }
}
