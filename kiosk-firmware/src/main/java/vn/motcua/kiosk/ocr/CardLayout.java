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
 * @param qr          the QR the face prints with its holder's facts ({@link CardQr}), or null
 */
public record CardLayout(CardModel model, CardSide side, List<String> markers, List<String> absent,
                         List<Field> fields, Band mrz, List<String> boilerplate, Qr qr) {
    public CardLayout {
        boilerplate = boilerplate == null ? List.of() : List.copyOf(boilerplate);
        for (String held : qr == null ? List.<String>of() : qr.holds()) {
            if (fields.stream().noneMatch(f -> f.name().equals(held)) || !CardQr.CARRIES.contains(held)) {
                throw new IllegalArgumentException("the QR holds " + held + ", no field of this face that a card's QR carries");
            }
        }
    }

    /**
     * A face's QR: the fields it carries as well, and the part of the face it is printed in (fractions of the card's
     * width and height), looked at closer where the whole face's code does not decode.
     */
    public record Qr(List<String> holds, double left, double top, double right, double bottom) {
        public Qr {
            holds = holds == null ? List.of() : List.copyOf(holds);
            if (!(0 <= left && left < right && right <= 1 && 0 <= top && top < bottom && bottom <= 1)) {
                throw new IllegalArgumentException("the QR's part of the face is no part of it: " + left + ", " + top + " to " + right + ", " + bottom);
            }
        }
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
