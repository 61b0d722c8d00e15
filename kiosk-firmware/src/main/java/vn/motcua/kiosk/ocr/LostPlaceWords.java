package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A place's words the page lost at a row's start, read again: the row alone ({@link RowReader}) gives them back more
 * often than not. Two ways they get lost:
 * <ul>
 * <li>the row starts well left of the column the place's other rows share: a label's lower half ("Place of
 * residence") beside the place's second row, its last letters and the row's first word read as one garbled word
 * ("?løe oƒreid©'TiÔ Mỹ Thạnh," for "Thôn Mỹ Thạnh,"), so that cutting the label's remnant off takes the place's
 * first words with it. That row is read again from the column's edge;</li>
 * <li>the row's first words were read as no word a place has and cut off as a label's remnant ("XÓI IE Phường Kim"
 * for "Xóm 1, Phường Kim", set large and bold beside a small label). That row is read again from its own left.</li>
 * </ul>
 * The second reading is taken only when it adds words before what the page read and changes nothing else
 * ({@link #taken}).
 */
final class LostPlaceWords {
    /** How far a row may start from the column's edge and still be in it. */
    private static final double EDGE = 0.015;
    /** How far left of the column a row starts when a label's half stands before it. */
    private static final double LABEL_BEFORE = 0.05;

    private final RowReader rowReader;

    LostPlaceWords(RowReader rowReader) {
        this.rowReader = rowReader;
    }

    /** The lines per field and the reading, each with such rows of the places read again where that was taken. */
    record Result(Map<String, List<CardTextParser.Line>> byField, IdCardReading reading) {
    }

    Result improve(BufferedImage card, Map<String, List<CardTextParser.Line>> byField, IdCardReading first, double threshold) {
        Map<String, List<CardTextParser.Line>> lines = byField;
        IdCardReading out = first;
        for (String place : PlaceNumberVote.PLACES) {
            String value = first.fields().get(place);
            List<List<CardTextParser.Line>> rows = CardTextParser.rows(byField.getOrDefault(place, List.of()));
            if (value == null) {
                continue;
            }
            double column = column(rows);
            List<CardTextParser.Line> again = new ArrayList<>();
            boolean readAgain = false;
            for (List<CardTextParser.Line> row : rows) {
                CardTextParser.Line alone = null;
                double right = row.get(row.size() - 1).right();
                if (column >= 0 && left(row) < column - LABEL_BEFORE) {
                    CardTextParser.Line fromColumn = new CardTextParser.Line("", 0, row.get(0).top(), row.get(0).bottom(), column, right);
                    alone = rowReader.read(card, List.of(fromColumn), right);
                } else if (firstWordsCut(row)) {
                    alone = rowReader.read(card, row, right);
                }
                if (alone == null) {
                    again.addAll(row);
                } else {
                    again.add(alone);
                    readAgain = true;
                }
            }
            if (!readAgain) {
                continue;
            }
            IdCardReading second = CardTextParser.parse(Map.of(place, again), List.of(place), threshold, 0);
            String now = second.fields().get(place);
            if (taken(value, now)) {
                out = out.with(place, now, second.confidence().get(place), threshold);
                lines = new LinkedHashMap<>(lines);
                lines.put(place, again);
            }
        }
        return new Result(lines, out);
    }

    /** Whether the row's first words (after a label) were cut off as a label's remnant before the place's words. */
    private static boolean firstWordsCut(List<CardTextParser.Line> row) {
        String text = PlaceRows.dropLabel(String.join(" ", row.stream().map(CardTextParser.Line::text).toList())).strip();
        return !text.isEmpty() && !AddressEnds.dropJunkBefore(text).equals(text);
    }

    /**
     * Whether the second reading replaces the first: the same parts, but for one that now has words before what the
     * first read of it ("Thạnh" → "Thôn Mỹ Thạnh"), or one more part before them all ("Xóm 1, Phường Kim Sơn, …");
     * those words begin a part (a type word and a number or a name, or a house number).
     */
    static boolean taken(String first, String second) {
        if (second == null || second.equals(first)) {
            return false;
        }
        List<String> was = WrappedParts.parts(first);
        List<String> now = WrappedParts.parts(second);
        String before;
        if (now.size() == was.size() + 1) {
            before = now.get(0);
            if (!now.subList(1, now.size()).equals(was)) {
                return false;
            }
        } else if (now.size() == was.size()) {
            int changed = -1;
            for (int i = 0; i < was.size(); i++) {
                if (!was.get(i).equals(now.get(i))) {
                    if (changed >= 0) {
                        return false;
                    }
                    changed = i;
                }
            }
            before = now.get(changed);
            if (!before.endsWith(" " + was.get(changed))) {
                return false;
            }
        } else {
            return false;
        }
        // a type word and its number or name ("Xóm 1", "Thôn Mỹ"), or a house number
        return before.matches("\\S+ [\\d\\p{Lu}].*") && CardTextParser.startsAddress(before.split(" ")[0]) || before.matches("\\d.*");
    }

    /** The left edge at least two rows share, the leftmost such; -1 when no two rows do. */
    private static double column(List<List<CardTextParser.Line>> rows) {
        double best = -1;
        for (int i = 0; i < rows.size(); i++) {
            double left = left(rows.get(i));
            for (int j = i + 1; j < rows.size(); j++) {
                if (Math.abs(left(rows.get(j)) - left) <= EDGE && (best < 0 || left < best)) {
                    best = left;
                }
            }
        }
        return best;
    }

    private static double left(List<CardTextParser.Line> row) {
        return row.stream().mapToDouble(CardTextParser.Line::left).min().orElse(1);
    }
}
