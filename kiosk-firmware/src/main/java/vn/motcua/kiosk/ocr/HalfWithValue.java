package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * A bilingual label printed over two rows with its value beside the first ("Nơi cư trú: Số 111 đường …," over
 * "Place of residence", the value going on under that): both halves are found, each on its own row. The value
 * starts beside the half that has words after it on its row, so that half is the label's hit (not the longer,
 * better-matched one with nothing after it), and the other half under it is skipped, not taken as a value row.
 */
final class HalfWithValue {
    /** Letters after a label that make a value beside it, not a colon or a speck of noise. */
    private static final int VALUE_LETTERS = 4;

    private HalfWithValue() {
    }

    /**
     * The kept hits, each field's replaced by its other half on the row right above or below when only that half
     * has a value beside it and its words are claimed by no other kept label; or by the half right above when both
     * have words beside them (the place in a column of its own beside the label, "Nơi đăng ký khai sinh: Xã Hòa
     * Long, Tỉnh Đồng" over "Place of birth registration Tháp"): the place begins beside the upper half.
     */
    static List<LabelHit> prefer(List<TextRow> rows, List<LabelHit> kept, List<LabelHit> candidates) {
        List<LabelHit> out = new ArrayList<>(kept);
        for (LabelHit hit : kept) {
            if (hit.field().equals(LabelHits.BOILERPLATE) || !out.contains(hit) || bothHalves(kept, hit)) {
                continue;
            }
            // both halves with words after them: the place began beside the upper half and goes on beside the lower
            boolean valueHere = valueAfter(rows, hit);
            for (LabelHit c : candidates) {
                if (c.field().equals(hit.field()) && (valueHere ? c.row() < hit.row() : c.row() != hit.row()) && nextLines(rows, c.row(), hit.row())
                        && valueAfter(rows, c)
                        && Math.abs(rows.get(c.row()).words().get(c.from()).left() - rows.get(hit.row()).words().get(hit.from()).left()) < 0.03
                        && out.stream().noneMatch(k -> k.row() == c.row() && k.from() < c.to() && c.from() < k.to())) {
                    // every hit of the field on the half without a value goes (a longer and a shorter label both found there)
                    out.removeIf(k -> k.field().equals(hit.field()) && k.row() == hit.row());
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Whether a value row is the label's other half printed under the row of the label and of the value's first
     * words: right under the label's row, after a value was read, most of its letters pieces of the label.
     */
    static boolean otherHalfUnder(List<OcrWord> inColumn, int row, LabelHit hit, CardLayout.Field field,
                                  List<CardTextParser.Line> lines) {
        return row == hit.row() + 1 && lines.size() == 1 && field.lines() > 1 && field.labels().size() > 1
                && LabelPieces.isLabelRemnant(inColumn, field);
    }

    /**
     * Whether the hit's row holds the label's other half too, on other words ("Quê quán / Place of origin" whole): no
     * half of it is printed on another row, and words there that read like one ("Phường Hoà Quý, Quận …") are a value.
     */
    private static boolean bothHalves(List<LabelHit> kept, LabelHit hit) {
        return kept.stream().anyMatch(k -> k != hit && k.field().equals(hit.field()) && k.row() == hit.row()
                && (k.to() <= hit.from() || hit.to() <= k.from()));
    }

    /**
     * Whether two rows are on lines next to each other: each row between them level with one of the two (a place's
     * word a row beside the lower half, "phố", read as a row of its own just above it), not a row of its own between.
     */
    private static boolean nextLines(List<TextRow> rows, int a, int b) {
        for (int r = Math.min(a, b) + 1; r < Math.max(a, b); r++) {
            if (!level(rows.get(r), rows.get(a)) && !level(rows.get(r), rows.get(b))) {
                return false;
            }
        }
        return true;
    }

    /** Middles less than two fifths of the lower row's height apart: pieces of one printed line. */
    private static boolean level(TextRow x, TextRow y) {
        return Math.abs(x.centre() - y.centre()) < 0.4 * Math.min(x.bottom() - x.top(), y.bottom() - y.top());
    }

    private static boolean valueAfter(List<TextRow> rows, LabelHit hit) {
        List<OcrWord> words = rows.get(hit.row()).words();
        return words.subList(hit.to(), words.size()).stream()
                .mapToLong(w -> w.text().chars().filter(Character::isLetterOrDigit).count()).sum() >= VALUE_LETTERS;
    }
}
