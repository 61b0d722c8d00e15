package vn.motcua.kiosk.ocr;

import java.util.List;

/**
 * A place in a column of its own beside a label printed over two rows ("NƠI CƯ TRÚ" over "Place of residence", the
 * place's rows starting right of both): the label's lower half shares a text row with the place's second row, or
 * stands alone under the first. Either is left of the place's column and names no unit; a place wrapped back under
 * its label ("…, Huyện Bình Lục," over "Tỉnh Hà Nam") names one.
 */
final class ColumnBesideLabel {
    /** How far a row's word may start from the column's edge and still be on it. */
    private static final double EDGE = 0.012;

    private ColumnBesideLabel() {
    }

    /**
     * The words of a row under the place's first one that are the place's: from the word on the column's edge when
     * what stands before it holds nothing a place holds ({@link #isPlace}); none when the whole row is left of the
     * column and holds nothing a place holds; else all.
     * {@code before}: the place's row above, which a province's last word wrapped under the label ends ("…, Tỉnh
     * Quảng" over "Ninh").
     */
    static List<OcrWord> inColumn(List<OcrWord> words, double columnLeft, String before) {
        if (words.isEmpty()) {
            return words;
        }
        if (words.get(words.size() - 1).right() < columnLeft - EDGE) {
            return isPlace(words, before) ? words : List.of(); // the label's lower half alone
        }
        // a row that completes the unit the row above ended in ("…, Tỉnh" over "Bình Trị Thiên") is the place's whole,
        // unless what stands left of the column is no name's ("of birth registration")
        boolean completes = WrappedParts.completes(before, TextRow.line(words).text());
        for (int k = 1; k < words.size(); k++) {
            if (Math.abs(words.get(k).left() - columnLeft) <= EDGE && words.get(k - 1).right() < columnLeft
                    && !isPlace(words.subList(0, k), before)
                    && !(completes && !AddressEnds.isLabelLeft(TextRow.line(words.subList(0, k)).text()))) {
                return words.subList(k, words.size());
            }
        }
        return words;
    }

    /**
     * Whether words may be a piece of a place: they name a unit or a province, hold a word a part begins with (a
     * unit's type, "Thành" of "Thành phố" wrapped under the label, a street word), a part's closing comma ("Hòa,") or
     * a number (a house's; a digit inside a garbled word, "?iasafrsi4m=.", is none), end the province the row
     * above began, or go on with the name it left open ({@link #nameGoesOn}).
     */
    private static boolean isPlace(List<OcrWord> words, String before) {
        String text = TextRow.line(words).text();
        return words.stream().anyMatch(w -> CardTextParser.startsAddress(w.text()) || w.text().matches("\\d.*|.*\\p{L},"))
                || BackPlaces.namesUnit(text) || AddressSpelling.endsWithProvince(CardTextParser.clean(text))
                || AddressSpelling.endsWithProvince(CardTextParser.clean(before + " " + text)) || nameGoesOn(words, before);
    }

    /**
     * Whether a row of one or two capitalised Vietnamese syllables goes on with a name the row above left open (it
     * ends with a word, no comma or colon after it): a place set a word a row, wrapped back under its label ("Xóm 3,"
     * beside the label, then "Xã" / "Châu" / "Hưng" under it). The label's lower half there is English ("Place of
     * residence"), words no Vietnamese syllable spells.
     */
    private static boolean nameGoesOn(List<OcrWord> words, String before) {
        return words.size() <= 2 && before.strip().matches(".*\\p{L}") && words.stream().allMatch(w -> Character.isUpperCase(w.text().charAt(0)))
                && VietnameseSyllable.misfits(TextRow.line(words).text()) == 0;
    }
}
