package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A place of birth or origin the page left unread, looked for in the rows between the fields before it and after it,
 * each row read again alone from where its value starts ({@link #starts}, {@link RowReader}). A blurred face can leave a
 * place's row read as its small label run into the value ("vớo\vokíkiusivi Lào Cới" for "NƠI ĐĂNG KÝ KHAI SINH Lào
 * Cai"), or as a label read as one long word before it: no label is found and no unit named, so the row is no field's.
 * Cropped from its first word, the value reads alone without the label's small letters beside it. Each row, alone and
 * with the rows after it up to the place's rows, is read so until one is taken ({@link #taken}); rows that give no
 * place give nothing.
 */
final class PlaceValueAlone {
    /** A value's word is at least this share of the row's tallest word; a label's small capitals are less. */
    private static final double VALUE_HEIGHT = 0.75;

    /**
     * The places looked for so: administrative units and nothing else, where a birth was registered or one comes from,
     * which the lists check whole. A residence opens with a house and a street no list knows, and rows read alone as
     * one could be any row's.
     */
    static final Set<String> UNITS_ONLY = Set.of("placeOfBirth", "placeOfOrigin");

    /** A row of this many words or fewer, each a syllable, is a piece of a place in a narrow column, not a place. */
    private static final int FEW_SYLLABLES = 3;

    private final RowReader rowReader;

    PlaceValueAlone(RowReader rowReader) {
        this.rowReader = rowReader;
    }

    /**
     * {@code elsewhere}: the places read from elsewhere than the page (the face's QR), which a row that gives one of
     * them is not another place's.
     */
    IdCardReading improve(BufferedImage card, List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
                          CardLayout layout, IdCardReading first, Map<String, String> elsewhere, double threshold) {
        IdCardReading out = first;
        List<CardLayout.Field> fields = layout.fields();
        for (int i = 0; i < fields.size(); i++) {
            CardLayout.Field place = fields.get(i);
            if (!UNITS_ONLY.contains(place.name()) || out.fields().get(place.name()) != null) {
                continue;
            }
            List<TextRow> between = between(rows, byField, fields.subList(0, i), fields.subList(i + 1, fields.size())).stream()
                    .filter(r -> !boilerplate(r.text(), layout)).toList();
            Map<TextRow, Optional<CardTextParser.Line>> alone = new HashMap<>();
            found:
            for (int from = 0; from < between.size(); from++) {
                if (from > 0 && goesOn(between.get(from - 1)) || endsInsidePlace(above(rows, between.get(from).centre()))) {
                    continue; // the row above ends inside a unit ("Xã" / "Bình Thuận - …"): this one starts none
                }
                for (OcrWord start : starts(between.get(from))) {
                    List<CardTextParser.Line> again = new ArrayList<>();
                    for (TextRow row : between.subList(from, Math.min(from + place.lines(), between.size()))) {
                        Optional<CardTextParser.Line> line = again.isEmpty() ? read(card, row, start)
                                : alone.computeIfAbsent(row, r -> starts(r).stream().reduce((a, b) -> b).flatMap(w -> read(card, r, w)));
                        if (line.isEmpty()) {
                            break;
                        }
                        again.add(line.get());
                        IdCardReading read = CardTextParser.parse(Map.of(place.name(), again), List.of(place.name()), threshold, 0);
                        String value = read.fields().get(place.name());
                        if (value != null && taken(place.name(), PlaceRows.asRead(again), value, out, elsewhere)) {
                            out = out.with(place.name(), value, read.confidence().get(place.name()), threshold);
                            break found;
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a place read from rows alone is taken: every part of what was read a listed unit (a row that starts with
     * a house or a street is a residence's, a row with the label's words before the units is not read right), down to a
     * province; and no other place of the reading, nor one read {@code elsewhere}, ends with it (the residence's rows,
     * which the page gave no field).
     */
    static boolean taken(String place, String asRead, String value, IdCardReading reading, Map<String, String> elsewhere) {
        if (!PlaceSecondLook.listed(value) || !AddressSpelling.endsWithProvince(value)) {
            return false;
        }
        if (!allUnits(AddressSpelling.correct(asRead))) {
            return false;
        }
        return java.util.stream.Stream.concat(reading.fields().entrySet().stream(), elsewhere.entrySet().stream())
                .noneMatch(e -> !e.getKey().equals(place) && e.getValue() != null
                        && PlaceNumberVote.PLACES.contains(e.getKey()) && e.getValue().endsWith(value));
    }

    /**
     * Whether a row holds the issuer's print ("BỘ CÔNG AN", read "Hộ Công an"), a letter off: no place's, though "Công an"
     * corrects to "Long An".
     */
    static boolean boilerplate(String text, CardLayout layout) {
        String compact = ModelDetector.compact(text);
        return layout.boilerplate().stream().map(ModelDetector::compact).anyMatch(b -> {
            FuzzyFind.Match m = FuzzyFind.find(b, compact, 1);
            return m != null && m.end() - m.start() >= b.length() - 1;
        });
    }

    /**
     * Whether a row ends inside a place: with a dash, with a unit's type ("Xã", "Tỉnh") whose name is on the next row,
     * or as a few syllables and no province (a place printed in a narrow column, a word or two a row: "Bình" / "Thuận" /
     * "Huyện" / "Ea Kar" / "Tỉnh Đắk Lắk"); the next row is that place's, not the start of one.
     */
    static boolean goesOn(TextRow row) {
        String text = row.text().strip();
        List<String> words = List.of(text.split("[\\s-]+"));
        return text.endsWith("-") || !words.isEmpty() && CardTextParser.startsAddress(words.get(words.size() - 1))
                || words.size() <= FEW_SYLLABLES && words.stream().allMatch(VietnameseSyllable::isWellFormed)
                && !AddressSpelling.endsWithProvince(AddressSpelling.correct(text));
    }

    /**
     * Whether a page row ends as a place's row does where the place goes on to the next ("Thôn Thượng, Xã Đồng Hỷ,"
     * over "Tỉnh Thái Nguyên"): the rows a field was given may not hold all of its rows, the page's row above does.
     */
    static boolean endsInsidePlace(TextRow row) {
        return row != null && endsInsidePlace(row.text());
    }

    /** Whether a row's text ends with a comma or a dash, where its place goes on to the next row. */
    static boolean endsInsidePlace(String row) {
        String text = row.strip();
        return text.endsWith(",") || text.endsWith("-");
    }

    /** The page's row just above a height on the card (a row's centre, a line's top), or null. */
    static TextRow above(List<TextRow> rows, double y) {
        return rows.stream().filter(r -> r.centre() < y).max(java.util.Comparator.comparingDouble(TextRow::centre)).orElse(null);
    }

    /**
     * The rows below every row the fields before the place were given and above every row the fields after it were
     * given, that hold a word of letters: where the place is printed (with its own rows, where the page gave it some it
     * read as no place).
     */
    static List<TextRow> between(List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
                                 List<CardLayout.Field> before, List<CardLayout.Field> after) {
        double from = lines(byField, before).stream().mapToDouble(CardTextParser.Line::bottom).max().orElse(0);
        double to = lines(byField, after).stream().mapToDouble(CardTextParser.Line::top).min().orElse(1);
        return rows.stream()
                .filter(r -> r.centre() > from && r.centre() < to)
                .filter(r -> r.words().stream().anyMatch(w -> w.compact().chars().filter(Character::isLetter).count() >= 2))
                .toList();
    }

    private static List<CardTextParser.Line> lines(Map<String, List<CardTextParser.Line>> byField, List<CardLayout.Field> fields) {
        return fields.stream().flatMap(f -> byField.getOrDefault(f.name(), List.of()).stream()).toList();
    }

    /**
     * Where a row's value may start: the first of its last words that the page read as a place of listed units alone
     * ("… Cần Thơ" after a label read as one long word), where no word before them opens an address or names a type
     * (the province at the end of a residence's row is no place of its own); then its first word printed as large as a
     * value's (a label's small capitals are smaller).
     */
    static List<OcrWord> starts(TextRow row) {
        List<OcrWord> words = row.words();
        List<OcrWord> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String rest = AddressSpelling.correct(String.join(" ", words.subList(i, words.size()).stream().map(OcrWord::text).toList()));
            if (AddressSpelling.endsWithProvince(rest) && allUnits(rest)) {
                out.add(words.get(i));
                break;
            }
            if (startsAddress(words.get(i))) {
                break;
            }
        }
        double tallest = words.stream().mapToDouble(w -> w.bottom() - w.top()).max().orElse(0);
        words.stream().filter(w -> w.bottom() - w.top() >= VALUE_HEIGHT * tallest && w.compact().length() >= 2)
                .findFirst().filter(w -> !out.contains(w)).ifPresent(out::add);
        return out;
    }

    /** Whether every part of a place is a unit the lists know. */
    static boolean allUnits(String place) {
        return WrappedParts.parts(place).stream().allMatch(WrappedParts::known);
    }

    /** Whether a word opens an address or names a unit's type, also where a dash glues it to the word before ("Chả-Tình"). */
    private static boolean startsAddress(OcrWord word) {
        return java.util.Arrays.stream(word.text().split("-")).anyMatch(CardTextParser::startsAddress);
    }

    /** The row read alone from a word to where its print ends. */
    private Optional<CardTextParser.Line> read(BufferedImage card, TextRow row, OcrWord start) {
        CardTextParser.Line from = new CardTextParser.Line(row.text(), 0f, start.top(), start.bottom(), start.left(), row.right());
        return Optional.ofNullable(rowReader.read(card, List.of(from), PlaceSecondLook.inkEnd(card, List.of(from))));
    }
}
