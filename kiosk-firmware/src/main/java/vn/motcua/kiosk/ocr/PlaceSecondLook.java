package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A second reading of a place's rows, each alone as one line ({@link RowReader}), for a place the page read with
 * letters the lists had to put right or could not ("Huyện Hòa Xe nh)", "ï huông 17; Quận Gò Vấp", "Thùa Thiên -
 * Huế"): on the page a row is read in the company of the rows and the guilloche around it, and the name put right
 * from a misreading is the nearest listed one, not always the printed one. The second reading is taken only when
 * its units read letter for letter as listed ({@link #taken}). A place the page read as the lists spell it, every
 * unit known, is never read again: two readings that both pass the lists leave nothing to choose by.
 */
final class PlaceSecondLook {
    /** Rows a place is printed on at most (a residence over four rows in a narrow column); more is a misplaced field. */
    private static final int MOST_ROWS = 4;

    private final RowReader rowReader;

    PlaceSecondLook(RowReader rowReader) {
        this.rowReader = rowReader;
    }

    IdCardReading improve(BufferedImage card, Map<String, List<CardTextParser.Line>> byField, IdCardReading first,
                          double threshold) {
        IdCardReading out = first;
        for (String place : PlaceNumberVote.PLACES) {
            String value = first.fields().get(place);
            List<CardTextParser.Line> lines = byField.getOrDefault(place, List.of());
            String asRead = PlaceRows.asRead(lines);
            List<List<CardTextParser.Line>> rows = CardTextParser.rows(lines);
            if (value == null || asRead == null || asRead.equals(value) && listed(value) || rows.size() > MOST_ROWS) {
                continue;
            }
            // a place that ends with no province was cut short: its rows are read to where their print ends
            boolean cut = !AddressSpelling.endsWithProvince(value);
            List<CardTextParser.Line> again = new ArrayList<>();
            for (List<CardTextParser.Line> row : rows) {
                CardTextParser.Line alone = rowReader.read(card, row, cut ? inkEnd(card, row) : right(row));
                if (alone == null) {
                    again.addAll(row);
                } else {
                    again.add(withDash(row, alone));
                }
            }
            if (taken(asRead, value, PlaceRows.asRead(again))) {
                IdCardReading second = CardTextParser.parse(Map.of(place, again), List.of(place), threshold, 0);
                out = out.with(place, second.fields().get(place), second.confidence().get(place), threshold);
            }
        }
        return out;
    }

    /** Where the row's print ends: past its last word read where the page lost the words after it. */
    static double inkEnd(BufferedImage card, List<CardTextParser.Line> row) {
        double top = row.stream().mapToDouble(CardTextParser.Line::top).min().orElseThrow();
        double bottom = row.stream().mapToDouble(CardTextParser.Line::bottom).max().orElseThrow();
        return Math.max(right(row), InkStart.end(card, top, bottom, right(row)));
    }

    private static double right(List<CardTextParser.Line> row) {
        return row.stream().mapToDouble(CardTextParser.Line::right).max().orElse(1);
    }

    /** The row read alone, with the dash its end has on the card ({@link DashAtRowEnd}) where the reading lost it too. */
    private static CardTextParser.Line withDash(List<CardTextParser.Line> row, CardTextParser.Line alone) {
        boolean dash = row.get(row.size() - 1).text().endsWith(" -") && !alone.text().endsWith("-");
        return dash ? alone.withDashAtEnd() : alone;
    }

    /**
     * Whether the second reading, put right as the first was, replaces the first: its units are each read letter for
     * letter as the lists spell them (or as the page read them, a unit the lists do not know); what comes before its
     * units (house, street, hamlet: no list tells them) is what the first has there; it has as many units and keeps
     * every unit the page read as listed, changing only those the lists had to put right or could not. A row the
     * crop lost, a speck read as a word or another house number is no better reading. {@code firstAsRead}: the page's
     * reading before it was put right; {@code first}: after.
     */
    static boolean taken(String firstAsRead, String first, String secondAsRead) {
        if (secondAsRead == null) {
            return false;
        }
        String second = AddressSpelling.correct(secondAsRead);
        if (second.equals(first)) {
            return false;
        }
        List<String> was = WrappedParts.parts(first);
        List<String> readFirst = WrappedParts.parts(firstAsRead);
        List<String> now = WrappedParts.parts(second);
        int unitsNow = firstUnit(now);
        int unitsWas = firstUnit(was);
        if (unitsNow < 0 || !now.subList(0, unitsNow).equals(was.subList(0, unitsWas >= 0 ? unitsWas : Math.min(unitsNow, was.size())))) {
            return false;
        }
        List<String> units = now.subList(unitsNow, now.size());
        List<String> readNow = WrappedParts.parts(secondAsRead);
        boolean asRead = units.stream().allMatch(u -> WrappedParts.known(u) ? readNow.contains(u) : readFirst.contains(u) || was.contains(u));
        return asRead && units.size() >= was.size() - Math.max(0, unitsWas)
                && readFirst.stream().filter(p -> was.contains(p) && WrappedParts.known(p)).allMatch(units::contains);
    }

    /** Whether a place's units, from its first the lists know, are all known to them ("Thùa Thiên - Huế" is not). */
    static boolean listed(String place) {
        List<String> parts = WrappedParts.parts(place);
        int units = firstUnit(parts);
        return units >= 0 && parts.stream().skip(units).allMatch(WrappedParts::known);
    }

    /** Where a place's units start: its first part the lists know; -1 when none is. */
    private static int firstUnit(List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (WrappedParts.known(parts.get(i))) {
                return i;
            }
        }
        return -1;
    }
}
