package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A place's words the page lost at a row's start, read again: the row alone ({@link RowReader}) gives them back more
 * often than not. Three ways they get lost:
 * <ul>
 * <li>the row starts well left of the column the place's other rows share: a label's lower half ("Place of
 * residence") beside the place's second row, its last letters and the row's first word read as one garbled word
 * ("?løe oƒreid©'TiÔ Mỹ Thạnh," for "Thôn Mỹ Thạnh,"), so that cutting the label's remnant off takes the place's
 * first words with it. That row is read again from the column's edge;</li>
 * <li>the row's first words were read as no word a place has and cut off as a label's remnant ("XÓI IE Phường Kim"
 * for "Xóm 1, Phường Kim", set large and bold beside a small label). That row is read again from its own left;</li>
 * <li>the page's layout left the row's first words out, the row read from inside a word ("ã Nghiên Loan," for "Xóm 2,
 * Xã Nghiên Loan," in a light face), or a later row's first words dropped as junk ("Xát, Tỉnh Lào Cai" for "Huyện Bát
 * Xát, …"). That row is read again from where its ink starts ({@link InkStart}), when that is left of it.</li>
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
                } else if (startCut(row) || row != rows.get(0) && !CardTextParser.startsAddress(row.get(0).text())) {
                    double top = row.get(0).top();
                    double bottom = row.get(0).bottom();
                    double ink = InkStart.of(card, top, bottom, left(row));
                    alone = ink < left(row) - EDGE ? rowReader.read(card, List.of(new CardTextParser.Line("", 0, top, bottom, ink, right)), right) : null;
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

    /**
     * Whether the row starts inside a word: a small letter no part starts with ("ã Nghiên Loan," for "Xóm 2, Xã Nghiên
     * Loan,"). A later row that starts with no address word may have lost its first words too ("Xát, Tỉnh Lào Cai" for
     * "Huyện Bát Xát, Tỉnh Lào Cai"): its ink tells.
     */
    private static boolean startCut(List<CardTextParser.Line> row) {
        String text = row.get(0).text().strip();
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }

    /** Whether the row's first words (after a label) were cut off as a label's remnant before the place's words. */
    private static boolean firstWordsCut(List<CardTextParser.Line> row) {
        String text = PlaceRows.dropLabel(String.join(" ", row.stream().map(CardTextParser.Line::text).toList())).strip();
        return !text.isEmpty() && !AddressEnds.dropJunkBefore(text).equals(text);
    }

    /**
     * Whether the second reading replaces the first: the same parts, but for one that now has words before what the
     * first read of it ("Thạnh" → "Thôn Mỹ Thạnh"), or one or two more parts before them all ("Xóm 1, Phường Kim Sơn,
     * …"), the first part read then perhaps with its first words back too ("Nghiên Loan, …" → "Xóm 2, Xã Nghiên Loan,
     * …"); those words begin a part (a type word and a number or a name, or a house number).
     */
    static boolean taken(String first, String second) {
        if (second == null || second.equals(first)) {
            return false;
        }
        List<String> was = WrappedParts.parts(first);
        List<String> now = WrappedParts.parts(second);
        int added = now.size() - was.size();
        if (added == 1 || added == 2) {
            // the part the first reading started inside may have its own first words back ("Nghiên Loan" → "Xã Nghiên Loan")
            String joint = now.get(added);
            return now.subList(added + 1, now.size()).equals(was.subList(1, was.size()))
                    && (joint.equals(was.get(0)) || joint.endsWith(" " + was.get(0)))
                    && now.subList(0, added).stream().allMatch(LostPlaceWords::beginsAPart);
        }
        if (added != 0) {
            return false;
        }
        int changed = -1;
        for (int i = 0; i < was.size(); i++) {
            if (!was.get(i).equals(now.get(i))) {
                if (changed >= 0) {
                    return false;
                }
                changed = i;
            }
        }
        if (changed < 0) {
            return false; // the same parts, only set apart otherwise: nothing found before any of them
        }
        String before = now.get(changed);
        return before.endsWith(" " + was.get(changed)) && beginsAPart(before);
    }

    /**
     * A type word and its number or name ("Xóm 1", "Thôn Mỹ"), or a house number; each word a syllable or a number, as
     * no label's remnant read with it is ("Xã HH VỤ Nu HAT SINH/PSe of bụi").
     */
    private static boolean beginsAPart(String part) {
        return (part.matches("\\S+ [\\d\\p{Lu}].*") && CardTextParser.startsAddress(part.split(" ")[0]) || part.matches("\\d.*"))
                && VietnameseSyllable.misfits(part) == 0;
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
