package vn.motcua.kiosk.ocr;

import java.util.List;
import java.util.Map;

/**
 * The name is printed in capitals on all three fronts, on the first row under the personal number, and
 * holds no digit, colon or comma. A name found by its label (or its band) that is no such row ("Tu nae", what
 * is left of "Full name"; "năm sinh/Date of birth 12/10/2000", the next label's row) is replaced by the
 * first capitals row below the number's value and above the first date, when a row of its own holds it: at
 * least two words, no label's words. Never taken from a row of the national header or the title above the
 * number, and a name that is a capitals row already is never touched.
 */
final class NameRow {
    private NameRow() {
    }

    static void fill(List<TextRow> rows, CardLayout layout, Map<String, List<CardTextParser.Line>> out) {
        List<CardTextParser.Line> name = out.get("name");
        String read = name == null ? "" : String.join(" ", name.stream().map(CardTextParser.Line::text).toList());
        if (!layout.fieldNames().contains("name") || name == null
                || !name.isEmpty() && inCapitals(read) && !isLabel(read, layout)) {
            return;
        }
        if (name.size() == 1) {
            CardTextParser.Line capitals = capitalsAfterLowerCase(name.get(0));
            if (capitals != null) {
                out.put("name", List.of(capitals));
                return;
            }
        }
        double numberBottom = out.getOrDefault("number", List.of()).stream()
                .filter(l -> CardTextParser.longestDigitRun(l.text()).length() >= 9)
                .mapToDouble(CardTextParser.Line::bottom).max().orElse(-1);
        if (numberBottom < 0) {
            return; // no number to start below: the header and the card's title are capitals too
        }
        for (TextRow row : rows) {
            if (row.centre() <= numberBottom) {
                continue;
            }
            if (BackDates.DATE.matcher(row.text()).find()) {
                return; // the birth date's row: the name is above it
            }
            List<OcrWord> words = row.words().stream().filter(w -> w.compact().length() > 0).toList();
            if (inCapitals(row.text()) && !isLabel(row.text(), layout)
                    && layout.fields().stream().noneMatch(f -> LabelPieces.isLabelRemnant(words, f))) {
                out.put("name", List.of(TextRow.line(words)));
                return;
            }
        }
    }

    /** Whether a text is one of the card's labels, a third of its letters off ("FUF NA ME" for "Full name"). */
    static boolean isLabel(String text, CardLayout layout) {
        String compact = ModelDetector.compact(text);
        return layout.fields().stream().anyMatch(f -> LabelPieces.nearLabel(compact, f));
    }

    /**
     * The capitals at the end of a line whose first words have lower-case letters ("su FRẦN KIM LỘC": the tail of
     * "khai sinh" before the name), or null: what is in lower case in front of a name is its label's.
     */
    private static CardTextParser.Line capitalsAfterLowerCase(CardTextParser.Line line) {
        String[] words = line.text().strip().split("\\s+");
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i - 1].codePoints().noneMatch(Character::isLowerCase)) {
                return null;
            }
            String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (inCapitals(rest)) {
                return new CardTextParser.Line(rest, line.confidence(), line.top(), line.bottom(), line.left(), line.right());
            }
        }
        return null;
    }

    /**
     * Whether a text is shaped like a printed name: two words of letters at least, four letters or more, nine
     * in ten of them capitals, and no digit, colon or comma (a label's row has them, a name never).
     */
    static boolean inCapitals(String text) {
        // a token of marks alone ("(::", "-") is a speck; one with letters or digits is read
        String read = String.join(" ", java.util.Arrays.stream(text.strip().split("\\s+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).toList());
        if (read.matches(".*[\\d:,].*")) {
            return false;
        }
        long words = java.util.Arrays.stream(text.strip().split("\\s+"))
                .filter(w -> w.codePoints().filter(Character::isLetter).count() >= 1).count();
        long letters = read.codePoints().filter(Character::isLetter).count();
        long capitals = read.codePoints().filter(Character::isUpperCase).count();
        return words >= 2 && letters >= 4 && capitals * 10 >= letters * 9;
    }
}
