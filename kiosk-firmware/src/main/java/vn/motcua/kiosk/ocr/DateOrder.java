package vn.motcua.kiosk.ocr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A back that prints two dates (the 2024 card: issue, then expiry, on their own rows above the MRZ) whose
 * labels were lost: the dates are its date rows in that order, not what the layout's bands of another card
 * hold (a band of a card laid out otherwise takes the expiry's row for the issue date, or one row for both).
 * Taken only when every date not placed by its label gets a row so; otherwise the bands stand.
 */
final class DateOrder {
    private DateOrder() {
    }

    static Map<String, List<CardTextParser.Line>> fill(List<TextRow> rows, CardLayout layout, LabelledFields.Result found) {
        List<String> dates = layout.fieldNames().stream().filter(f -> f.endsWith("Date")).toList();
        List<String> unlabelled = dates.stream().filter(f -> !found.byLabel().contains(f)).toList();
        if (layout.side() != CardSide.BACK || dates.size() < 2 || unlabelled.isEmpty()) {
            return BackDates.fill(rows, layout, found.lines());
        }
        Map<String, List<CardTextParser.Line>> cleared = new LinkedHashMap<>(found.lines());
        unlabelled.forEach(f -> cleared.put(f, List.of()));
        Map<String, List<CardTextParser.Line>> byOrder = BackDates.fill(rows, layout, cleared);
        boolean allPlaced = unlabelled.stream().allMatch(f -> byOrder.getOrDefault(f, List.of()).stream()
                .anyMatch(l -> BackDates.DATE.matcher(l.text()).find()));
        return allPlaced ? byOrder : BackDates.fill(rows, layout, found.lines());
    }
}
