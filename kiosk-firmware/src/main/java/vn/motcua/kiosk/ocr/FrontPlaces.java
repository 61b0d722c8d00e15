package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A front's places found by the shape of an address where their labels were lost: the 2016 and 2021 fronts
 * print the place of origin and then the place of residence under the nationality, and an address names its
 * administrative units (Xã, Phường, Huyện, Tỉnh…) and ends with its province. So the rows below the row naming
 * Việt Nam that name units, each run of them closed by a row ending with a province and naming two units at
 * least (the commune and the province), are the places, in the card's order. A place is lost when its label
 * was not found or what its label gave names no unit; runs that share a row with a place found by its label
 * are that place's. The lost places take the other runs only when there are exactly as many as lost places and
 * each lies where the order puts it (origin above residence); otherwise nothing is guessed.
 */
final class FrontPlaces {
    /** The units and street words of two words, whose second is in lower case ("Thị trấn", "Khu phố"). */
    private static final Pattern TWO_WORDS = Pattern.compile("(thi (tran|xa)|thanh pho|khu pho|to dan)\\W*");

    /**
     * Address words read with their capital lost but their marks right ("xã Tiên Sơn"); a word of a label whose
     * letters are an address word's but not its marks ("quán" of "Quê quán", not "quận") is no start.
     */
    private static final Set<String> LOWER_CASE_STARTS = Set.of("xã", "phường", "thị", "huyện",
            "quận", "tỉnh", "thành", "thôn", "xóm", "tổ", "ấp", "khu", "khóm", "số", "bản");

    /** A place's label as OCR reads it, folded ("Nơi thường trú / Place of resideoce:"): a new field's row. */
    private static final Pattern PLACE_LABEL = Pattern.compile("que\\s*qu|thuong\\s*tru|place\\s*of|origin|resid");

    /** A place's Vietnamese label, folded ("Quê quán", "Nơi thường trú"), the half a value is printed beside. */
    private static final Pattern VIETNAMESE_LABEL = Pattern.compile("que\\s*qu|thuong\\s*tru");

    /** Marks before a word's first letter: what OCR makes of a label's colon or a speck ("'Phường", ":Xã"). */
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");

    private FrontPlaces() {
    }

    /** {@code atLabel}: the run's first row is its label's row (the value printed beside "Nơi thường trú:"). */
    private record Run(List<TextRow> rows, List<CardTextParser.Line> lines, boolean atLabel) {
        double top() {
            return rows.get(0).top();
        }

        double bottom() {
            return rows.get(rows.size() - 1).bottom();
        }
    }

    static void fill(List<TextRow> rows, CardLayout layout, Map<String, List<CardTextParser.Line>> out, List<String> byLabel) {
        List<String> places = layout.fields().stream().filter(f -> f.lines() > 1).map(CardLayout.Field::name).toList();
        List<String> lost = places.stream().filter(p -> !byLabel.contains(p)
                || out.getOrDefault(p, List.of()).stream().noneMatch(l -> BackPlaces.namesUnit(l.text()))).toList();
        double start = nationalityBottom(rows);
        if (layout.side() != CardSide.FRONT || places.isEmpty() || start < 0) {
            return;
        }
        List<String> kept = places.stream().filter(p -> !lost.contains(p)).toList();
        List<Run> runs = new ArrayList<>(runs(rows, start, layout));
        kept.forEach(k -> whole(k, runs, out));
        if (lost.isEmpty()) {
            return;
        }
        runs.removeIf(run -> kept.stream().anyMatch(k -> out.get(k).stream()
                .anyMatch(l -> run.rows().stream().anyMatch(r -> BackDates.overlaps(l, r)))));
        if (runs.size() != lost.size()) {
            return;
        }
        for (int i = 0; i < lost.size(); i++) {
            int at = places.indexOf(lost.get(i));
            Run run = runs.get(i);
            for (String k : kept) {
                List<CardTextParser.Line> ls = out.get(k);
                boolean before = places.indexOf(k) < at;
                if (before && ls.stream().anyMatch(l -> l.bottom() > run.top() + 0.005)
                        || !before && ls.stream().anyMatch(l -> l.top() < run.bottom() - 0.005)) {
                    return; // a run out of the card's order is no place of this one
                }
            }
        }
        for (int i = 0; i < lost.size(); i++) {
            out.put(lost.get(i), runs.get(i).lines());
        }
    }

    /**
     * A place found by its label whose rows are a run's rows but whose reading is the run's cut short at its
     * start (the label's edge cut "Tổ 15, Xã Minh Lương," off its row) is the whole run: an address row goes on
     * to the left as far as its first address word.
     */
    private static void whole(String place, List<Run> runs, Map<String, List<CardTextParser.Line>> out) {
        List<CardTextParser.Line> ls = out.get(place);
        List<Run> sharing = runs.stream().filter(run -> ls.stream()
                .anyMatch(l -> run.rows().stream().anyMatch(r -> BackDates.overlaps(l, r)))).toList();
        if (sharing.size() != 1) {
            return;
        }
        Run run = sharing.get(0);
        boolean sameRows = ls.stream().allMatch(l -> run.rows().stream().anyMatch(r -> BackDates.overlaps(l, r)))
                && run.rows().stream().allMatch(r -> ls.stream().anyMatch(l -> BackDates.overlaps(l, r)));
        String read = text(ls);
        String whole = text(run.lines());
        if ((sameRows || run.atLabel()) && whole.length() > read.length() && whole.endsWith(read)) {
            out.put(place, run.lines());
        }
    }

    private static String text(List<CardTextParser.Line> lines) {
        return String.join(" ", lines.stream().map(l -> l.text().strip()).toList()).replaceAll("\\s+", " ");
    }

    /**
     * A run's first row from its address's first word: a word an address starts with, its first letter a
     * capital and the others not (Số, Thôn, Xã…; "QUAN" is the 2016 front's label "QUÊ QUÁN"), or one with its
     * capital lost but its marks right followed by a name or a number ("xã Tiên Sơn") or the first of a
     * two-word unit ("thị trấn"); none when the row has none of them or names no unit (a label's remnant).
     */
    private static List<OcrWord> fromFirstWord(List<OcrWord> words) {
        if (!BackPlaces.namesUnit(String.join(" ", words.stream().map(OcrWord::text).toList()))) {
            return List.of();
        }
        for (int i = 0; i < words.size(); i++) {
            // a mark the label's colon left glued to the value's first word ("'Phường") is no part of it
            String word = LEADING_MARKS.matcher(words.get(i).text()).replaceFirst("");
            if (word.isEmpty()) {
                continue;
            }
            String next = i + 1 < words.size() ? words.get(i + 1).text() : "";
            boolean starts = CardTextParser.startsAddress(word) && !word.endsWith(",");
            boolean lost = LOWER_CASE_STARTS.contains(word)
                    && (next.matches("[\\d\\p{Lu}].*") || TWO_WORDS.matcher(Fold.fold(word + " " + next)).matches());
            // an address is printed with its words' first letters capitalised, the 2016 front's labels in capitals
            boolean titleCase = Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT));
            if (starts && (titleCase || lost)) {
                List<OcrWord> from = new ArrayList<>(words.subList(i, words.size()));
                OcrWord first = from.get(0);
                from.set(0, new OcrWord(word, first.confidence(), first.left(), first.top(), first.right(), first.bottom(), first.line()));
                return from;
            }
        }
        return List.of();
    }

    /**
     * The parts of an address that name a unit. A card's place names its commune and its province at least: a
     * province alone is the last row of an address whose first rows were lost, no run of its own.
     */
    private static long unitsNamed(List<CardTextParser.Line> lines) {
        return lines.stream().flatMap(l -> java.util.Arrays.stream(l.text().split("[,.;]"))).filter(BackPlaces::namesUnit).count();
    }

    /** The bottom of the lowest row naming Việt Nam outside the national header (the nationality's), or -1. */
    private static double nationalityBottom(List<TextRow> rows) {
        double bottom = -1;
        for (TextRow row : rows) {
            String folded = Fold.fold(row.text());
            if (FrontShapes.VIET_NAM.matcher(folded).find() && !FrontShapes.HEADER.matcher(folded).find()
                    && !BackPlaces.namesUnit(row.text())) {
                bottom = Math.max(bottom, row.bottom());
            }
        }
        return bottom;
    }

    /**
     * Runs of rows below the nationality, each from a row naming a unit (from its first address word) to a row
     * ending with a province. Inside a run, rows of the photo's column (left of the run, the expiry's label
     * and date) and what is left of a place's label are not the address's; a row with a place's label starts
     * the next place.
     */
    private static List<Run> runs(List<TextRow> rows, double start, CardLayout layout) {
        List<Run> runs = new ArrayList<>();
        List<TextRow> open = new ArrayList<>();
        List<CardTextParser.Line> lines = new ArrayList<>();
        boolean atLabel = false;
        for (TextRow row : rows) {
            if (row.centre() <= start) {
                continue;
            }
            String text = row.text();
            boolean otherColumn = !open.isEmpty() && row.right() <= open.get(0).left();
            boolean label = layout.fields().stream().filter(f -> f.lines() > 1)
                    .anyMatch(f -> LabelPieces.isLabelRemnant(row.words(), f));
            if (otherColumn || label || BackDates.DATE.matcher(text).find() || FrontShapes.EXPIRY.matcher(Fold.fold(text)).find()
                    || LabelPieces.isSpeck(row.words())) {
                continue;
            }
            String folded = Fold.fold(text);
            boolean vietnameseLabel = VIETNAMESE_LABEL.matcher(folded).find();
            if (PLACE_LABEL.matcher(folded).find()) {
                if (!vietnameseLabel && atLabel && !open.isEmpty()) {
                    // the English half printed under its Vietnamese half, the value begun beside that: the same place
                    continue;
                }
                // the next place's label: an address not closed by its province above it is no whole place
                open = new ArrayList<>();
                lines = new ArrayList<>();
            }
            List<OcrWord> words = open.isEmpty() ? fromFirstWord(row.words()) : row.words();
            if (words.isEmpty()) {
                continue;
            }
            if (open.isEmpty()) {
                // beside its label when the label was read, or when words stand before the address's first word
                // on its row: the Vietnamese half garbled past knowing it ("oue quán", "Nơi THƯỜNG rau")
                atLabel = vietnameseLabel || words.size() < row.words().size();
            }
            open.add(row);
            lines.add(TextRow.line(words));
            if (AddressSpelling.endsWithProvince(CardTextParser.clean(TextRow.line(words).text()))) {
                if (unitsNamed(lines) >= 2) {
                    runs.add(new Run(open, lines, atLabel));
                }
                open = new ArrayList<>();
                lines = new ArrayList<>();
            }
        }
        return runs;
    }
}
