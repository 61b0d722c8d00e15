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
    private static final int PAD = 6;
    private final WordReader singleLine;

    NumberSecondLook(String tessdata) {
        singleLine = new WordReader(tessdata, "vie", 7);
    }

    IdCardReading improve(BufferedImage card, Map<String, List<CardTextParser.Line>> byField, List<String> wanted,
                          IdCardReading first, double threshold) {
        if (CardTextParser.numberPasses(first.fields().get("number"), first.fields().get("dateOfBirth"))) {
            return first;
        }
        List<CardTextParser.Line> row = byField.getOrDefault("number", List.of());
        if (row.isEmpty()) {
            return first;
        }
        double top = row.stream().mapToDouble(CardTextParser.Line::top).min().orElseThrow();
        double bottom = row.stream().mapToDouble(CardTextParser.Line::bottom).max().orElseThrow();
        double left = row.stream().mapToDouble(CardTextParser.Line::left).min().orElseThrow();
        int y0 = Math.max(0, (int) (top * card.getHeight()) - PAD);
        int y1 = Math.min(card.getHeight(), (int) (bottom * card.getHeight()) + PAD);
        int x0 = Math.max(0, (int) (left * card.getWidth()) - 4 * PAD);
        if (y1 - y0 < 8) {
            return first;
        }
        List<OcrWord> words = singleLine.lines(card.getSubimage(x0, y0, card.getWidth() - x0, y1 - y0));
        if (words.isEmpty()) {
            return first;
        }
        Map<String, List<CardTextParser.Line>> again = new LinkedHashMap<>(byField);
        again.put("number", List.of(new CardTextParser.Line(words.get(0).text(), words.get(0).confidence(), top,
                bottom, left, 1)));
        IdCardReading second = CardTextParser.parse(again, wanted, threshold, first.millis());
        return CardTextParser.numberPasses(second.fields().get("number"), second.fields().get("dateOfBirth"))
                ? second : first;
    }
}
