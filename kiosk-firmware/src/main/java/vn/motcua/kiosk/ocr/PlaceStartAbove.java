package vn.motcua.kiosk.ocr;

import java.util.List;
import java.util.Map;

/**
 * A place of birth or origin whose first row, of those the page gave it, comes after a row that ends as a place's row
 * does where the place goes on to the next (a comma or a dash: "2e Viên ngưng, H HƯƠNg Sơn," over "T. Nghệ Tĩnh"): the
 * place starts on that row, which was read as no place's (its label misread with it), and what was read is the place's
 * end. It is shown to be checked, for however sure the page was of its letters, units are missing from its start.
 * <p>The rows looked at are those below the fields before the place, where the page gave those fields rows, and below
 * the last of them that closes an address (the residence's own rows, a row the page gave it in part, end with commas
 * where they wrap); else the page's row just above the place's first, for the rows above it are then any field's.
 */
final class PlaceStartAbove {
    private PlaceStartAbove() {
    }

    static IdCardReading flagged(IdCardReading reading, List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
                                 CardLayout layout, double threshold) {
        IdCardReading out = reading;
        List<CardLayout.Field> fields = layout.fields();
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).name();
            List<CardTextParser.Line> given = byField.getOrDefault(name, List.of());
            if (!PlaceValueAlone.UNITS_ONLY.contains(name) || out.fields().get(name) == null || given.isEmpty()
                    || out.confidence().getOrDefault(name, 0.0) <= PlaceDoubt.DOUBTED) {
                continue;
            }
            if (startsAbove(rows, byField, fields.subList(0, i), fields.get(i), given.get(0))) {
                out = out.with(name, out.fields().get(name), PlaceDoubt.DOUBTED, threshold);
            }
        }
        return out;
    }

    /** Whether a row between the fields before the place and its first row ends inside a place. */
    private static boolean startsAbove(List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
                                       List<CardLayout.Field> before, CardLayout.Field place, CardTextParser.Line first) {
        if (before.stream().allMatch(f -> byField.getOrDefault(f.name(), List.of()).isEmpty())) {
            return PlaceValueAlone.endsInsidePlace(PlaceValueAlone.above(rows, first.top()));
        }
        List<TextRow> between = PlaceValueAlone.between(rows, byField, before, List.of(place));
        int closed = between.size() - 1;
        while (closed >= 0 && !AddressEnds.closesAddress(between.get(closed).text())) {
            closed--;
        }
        return between.subList(closed + 1, between.size()).stream().anyMatch(PlaceValueAlone::endsInsidePlace);
    }
}
