package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * A second reading of the name's row alone, taken only when a word of the name read on the page is no
 * Vietnamese syllable and no single syllable is near it ({@link NameSpelling}): "HỨA THỊ BICH" (BÍCH or
 * BỊCH?), "ĐỖ Ÿ SỸ" (Y with which tone?). The second reading settles such a word when it reads a syllable
 * near it there, or replaces the name when every word of it is a syllable and it differs from the first
 * only about the ill-formed words. A name whose words are all syllables is never read again or changed.
 */
final class NameSecondLook {
    private final RowReader rowReader;

    NameSecondLook(RowReader rowReader) {
        this.rowReader = rowReader;
    }

    IdCardReading improve(BufferedImage card, Map<String, List<CardTextParser.Line>> byField, IdCardReading first,
                          double threshold) {
        String name = first.fields().get("name");
        List<CardTextParser.Line> lines = byField.getOrDefault("name", List.of());
        // a name over two rows is not one line for PSM 7
        if (name == null || NameSpelling.wellFormed(name) || CardTextParser.rows(lines).size() != 1) {
            return first;
        }
        CardTextParser.Line again = rowReader.read(card, lines);
        if (again == null) {
            return first;
        }
        String second = nameOf(again, threshold).fields().get("name");
        String chosen = NameSpelling.confirm(name, second);
        if (chosen == null) {
            return first;
        }
        IdCardReading named = nameOf(new CardTextParser.Line(chosen, again.confidence(), again.top(), again.bottom(),
                again.left(), again.right()), threshold);
        // only the name is replaced: the other fields keep what the first reading (and the number's look) gave
        return first.with("name", named.fields().get("name"), named.confidence().get("name"), threshold);
    }

    /** The name field parsed from one line, as the page reading's name is (label cut, family name, syllables). */
    private static IdCardReading nameOf(CardTextParser.Line line, double threshold) {
        return CardTextParser.parse(Map.of("name", List.of(line)), List.of("name"), threshold, 0);
    }
}
