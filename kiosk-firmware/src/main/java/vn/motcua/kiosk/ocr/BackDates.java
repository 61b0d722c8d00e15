package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The dates of a card's back found by their format where their labels were not: the labels ("Ngày, tháng,
 * năm cấp / Date of issue") are the back's smallest print and the first a blur takes, while the date beside
 * them (dd/mm/yyyy, the largest digits above the MRZ) usually survives. The back prints its dates in the
 * layout's order (the 2024 card: issue, then expiry; the 2021 card: the issue date alone), so a date row
 * takes the field the order gives it: below a found issue date is the expiry, above a found expiry the
 * issue date; with no date label found, as many date rows as date fields, in order. Anything else (more
 * date rows than the order can place) is left to the field's band, not guessed. A date written out in words
 * (the 2016 back's "Ngày 05 tháng 03 năm 2018") is first made a dd/mm/yyyy row ({@link WrittenDates}).
 */
final class BackDates {
    /** dd/mm/yyyy as read (slashes, dashes, dots or commas, spaces around them; a slash read as I, l or |). */
    static final Pattern DATE = Pattern.compile("\\d{1,2}\\s*[/\\-.,Il|]\\s*\\d{1,2}\\s*[/\\-.,Il|]\\s*\\d{4}");

    private BackDates() {
    }

    static Map<String, List<CardTextParser.Line>> fill(List<TextRow> rows, CardLayout layout,
                                                       Map<String, List<CardTextParser.Line>> byField) {
        if (layout.side() != CardSide.BACK) {
            return byField;
        }
        rows = WrittenDates.rewrite(rows);
        List<String> dates = layout.fieldNames().stream().filter(f -> f.endsWith("Date")).toList();
        List<String> missing = dates.stream().filter(f -> !hasDate(byField.get(f))).toList();
        if (missing.isEmpty()) {
            return byField;
        }
        // the date rows no date field holds yet, top to bottom (rows come sorted so); never the MRZ. A field's
        // line that holds no date (a scrap of a written-out date's label) does not hold the row it is part of
        List<TextRow> free = new ArrayList<>();
        for (TextRow r : rows) {
            if (DATE.matcher(r.text()).find() && !r.text().contains("<<") && dates.stream()
                    .noneMatch(f -> byField.getOrDefault(f, List.of()).stream()
                            .anyMatch(l -> DATE.matcher(l.text()).find() && overlaps(l, r)))) {
                free.add(r);
            }
        }
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>(byField);
        for (String field : missing) {
            int at = dates.indexOf(field);
            double after = dates.subList(0, at).stream().flatMap(f -> out.getOrDefault(f, List.of()).stream())
                    .filter(l -> DATE.matcher(l.text()).find()).mapToDouble(CardTextParser.Line::bottom).max().orElse(-1);
            double before = dates.subList(at + 1, dates.size()).stream().flatMap(f -> out.getOrDefault(f, List.of()).stream())
                    .filter(l -> DATE.matcher(l.text()).find()).mapToDouble(CardTextParser.Line::top).min().orElse(2);
            // a row whose box a blur stretched up over the date above it is below that date when its middle is
            List<TextRow> between = free.stream().filter(r -> (r.top() >= after - 0.005 || r.centre() > after)
                    && r.bottom() <= before + 0.005).toList();
            // the fields still missing after this one, in order, need rows below it
            long later = missing.stream().filter(f -> dates.indexOf(f) > at).count();
            if (between.size() == later + 1) {
                TextRow row = between.get(0);
                out.put(field, List.of(TextRow.line(row.words())));
                free.remove(row);
            }
        }
        return out;
    }

    private static boolean hasDate(List<CardTextParser.Line> lines) {
        return lines != null && lines.stream().anyMatch(l -> DATE.matcher(l.text()).find());
    }

    /** Whether a field's line and a row share part of the card. */
    static boolean overlaps(CardTextParser.Line l, TextRow r) {
        return l.top() < r.bottom() && r.top() < l.bottom() && l.left() < r.right() && r.left() < l.right();
    }
}
