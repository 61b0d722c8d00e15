package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A second reading of the personal number's row alone, as one line, when the page reading of it fails
 * its checks (not 12 digits, no such province, a birth year other than the date's). On the page, a
 * serif 0 next to "No.:" was lost and a 1 appeared; read as a single line the row comes out whole.
 * Only a second reading that passes the checks replaces the first.
 */
final class NumberSecondLook {
    private final RowReader rowReader;

    NumberSecondLook(RowReader rowReader) {
        this.rowReader = rowReader;
    }

    IdCardReading improve(BufferedImage card, Map<String, List<CardTextParser.Line>> byField, List<String> wanted,
                          IdCardReading first, double threshold) {
        if (CardTextParser.numberPasses(first.fields().get("number"), first.fields().get("dateOfBirth"))) {
            return first;
        }
        CardTextParser.Line again = rowReader.read(card, byField.getOrDefault("number", List.of()));
        if (again == null) {
            return first;
        }
        Map<String, List<CardTextParser.Line>> withIt = new LinkedHashMap<>(byField);
        withIt.put("number", List.of(again));
        IdCardReading second = CardTextParser.parse(withIt, wanted, threshold, first.millis());
        return CardTextParser.numberPasses(second.fields().get("number"), second.fields().get("dateOfBirth"))
                ? second : first;
    }
}
