package vn.motcua.kiosk.ocr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A front's birth date and nationality found by the shape of their value where their labels were garbled past
 * finding them: the birth date is the card's one dd/mm/yyyy row outside the expiry under the photo, the
 * nationality the one row naming Việt Nam below the national header (a CCCD or Căn cước is a citizen's card).
 * A row is a candidate only where the form's order puts the field: below the rows of the fields printed before
 * it and above those printed after it that were placed by their labels, and in no labelled place's rows. Taken
 * only when the field holds no value of its shape (its label lost, or found with a scrap under it taken for the
 * value while the date stood beside it as a row of its own) and exactly one row fits; two
 * candidates are never guessed between, the field is then left to what the labels gave it.
 */
final class FrontShapes {
    /** "Việt Nam" as OCR reads it, folded (the parser takes a nationality by it too); a thin V is read as "\\". */
    static final Pattern VIET_NAM = Pattern.compile("[v\\\\]\\s?[il1]\\s?e?[te]\\s*n[a-z]{1,2}m");
    /** The national header ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / SOCIALIST REPUBLIC OF VIET NAM"), folded. */
    static final Pattern HEADER = Pattern.compile("cong\\s*hoa|chu\\s*ngh|socialist|republic");
    /** The expiry's label under the photo ("Có giá trị đến / Date of expiry"), folded. */
    static final Pattern EXPIRY = Pattern.compile("gia\\s*tri|expir");

    private FrontShapes() {
    }

    static Map<String, List<CardTextParser.Line>> fill(List<TextRow> rows, CardLayout layout,
                                                       Map<String, List<CardTextParser.Line>> byField, List<String> byLabel) {
        if (layout.side() != CardSide.FRONT) {
            return byField;
        }
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>(byField);
        place(rows, layout, out, byLabel, "dateOfBirth", t -> BackDates.DATE.matcher(t).find(), true);
        place(rows, layout, out, byLabel, "nationality", t -> VIET_NAM.matcher(Fold.fold(t)).find(), false);
        NameRow.fill(rows, layout, out);
        FrontPlaces.fill(rows, layout, out, byLabel);
        TwoPlaces.split(layout, out);
        return out;
    }

    private static void place(List<TextRow> rows, CardLayout layout, Map<String, List<CardTextParser.Line>> out,
                              List<String> byLabel, String field, Predicate<String> shape, boolean date) {
        List<String> order = layout.fieldNames();
        int at = order.indexOf(field);
        // a label found whose value is none of the field's shape (the date a row of its own beside a tall label) counts as lost
        if (at < 0 || out.getOrDefault(field, List.of()).stream().anyMatch(l -> shape.test(l.text()))) {
            return;
        }
        double above = byLabel.stream().filter(f -> order.indexOf(f) >= 0 && order.indexOf(f) < at)
                .flatMap(f -> out.getOrDefault(f, List.of()).stream()).mapToDouble(CardTextParser.Line::bottom).max().orElse(-1);
        double below = byLabel.stream().filter(f -> order.indexOf(f) > at)
                .flatMap(f -> out.getOrDefault(f, List.of()).stream()).mapToDouble(CardTextParser.Line::top).min().orElse(2);
        List<CardTextParser.Line> placeRows = byLabel.stream().filter(f -> layout.fields().stream()
                        .anyMatch(x -> x.name().equals(f) && x.lines() > 1))
                .flatMap(f -> out.getOrDefault(f, List.of()).stream()).toList();
        TextRow found = null;
        for (int r = 0; r < rows.size(); r++) {
            TextRow row = rows.get(r);
            String folded = Fold.fold(row.text());
            boolean expiry = date && (EXPIRY.matcher(folded).find() || r > 0 && EXPIRY.matcher(Fold.fold(rows.get(r - 1).text())).find());
            if (!shape.test(row.text()) || row.text().contains("<<") || HEADER.matcher(folded).find() || expiry
                    || row.top() < above - 0.005 || row.bottom() > below + 0.005
                    || placeRows.stream().anyMatch(l -> BackDates.overlaps(l, row))) {
                continue;
            }
            if (found != null) {
                return; // two rows fit: not guessed
            }
            found = row;
        }
        if (found != null) {
            out.put(field, List.of(TextRow.line(found.words())));
        }
    }
}
