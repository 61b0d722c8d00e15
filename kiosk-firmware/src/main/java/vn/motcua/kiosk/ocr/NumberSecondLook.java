package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.Word;

/**
 * A second reading of the personal number's row alone, as one line, when the page reading of it fails
 * its checks (not 12 digits, no such province, a birth year other than the date's). On the page, a
 * serif 0 next to "No.:" was lost and a 1 appeared; read as a single line the row comes out whole.
 * Only a second reading that passes the checks replaces the first.
 */
final class NumberSecondLook {
    private static final int PAD = 6;
    private final Tesseract singleLine;

    NumberSecondLook(String tessdata) {
        singleLine = new Tesseract();
        singleLine.setDatapath(tessdata);
        singleLine.setLanguage("vie");
        singleLine.setPageSegMode(7);
        singleLine.setVariable("user_defined_dpi", "300");
        singleLine.setVariable("debug_file", "/dev/null");
    }

    IdCardReading improve(BufferedImage text, List<CardTextParser.Line> lines, IdCardReading first, double threshold) {
        if (CardTextParser.numberPasses(first.fields().get("number"), first.fields().get("dateOfBirth"))) {
            return first;
        }
        List<CardTextParser.Line> row = lines.stream()
                .filter(l -> CardTextParser.Band.of(l).orElse(null) == CardTextParser.Band.NUMBER).toList();
        double top = row.stream().mapToDouble(CardTextParser.Line::top).min()
                .orElse(CardTextParser.Band.NUMBER.from - 0.02);
        double bottom = row.stream().mapToDouble(CardTextParser.Line::bottom).max()
                .orElse(CardTextParser.Band.NUMBER.to + 0.02);
        int y0 = Math.max(0, (int) (top * text.getHeight()) - PAD);
        int y1 = Math.min(text.getHeight(), (int) (bottom * text.getHeight()) + PAD);
        if (y1 - y0 < 8) {
            return first;
        }
        List<Word> words = singleLine.getWords(text.getSubimage(0, y0, text.getWidth(), y1 - y0),
                TessPageIteratorLevel.RIL_TEXTLINE);
        if (words.isEmpty()) {
            return first;
        }
        List<CardTextParser.Line> again = new ArrayList<>(lines.stream().filter(l -> !row.contains(l)).toList());
        again.add(new CardTextParser.Line(words.get(0).getText(), words.get(0).getConfidence(), top, bottom, 0, 1));
        IdCardReading second = CardTextParser.parse(again, threshold, first.millis());
        return CardTextParser.numberPasses(second.fields().get("number"), second.fields().get("dateOfBirth"))
                ? second : first;
    }
}
