package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One row of the card read again on its own, as a single text line (Tesseract's PSM 7), for the second
 * looks: on the page, a row's first or last letters are read in the company of the rows around them, and
 * a serif, a mark or a thin stroke goes astray; cropped alone the row often comes out whole.
 */
final class RowReader {
    private static final int PAD = 6;
    private final WordReader singleLine;

    RowReader(String tessdata) {
        singleLine = new WordReader(tessdata, "vie", 7);
    }

    /**
     * The row (the lines found for one field, one row of the card) read alone, from a little left of it to
     * the card's right edge, as a line at the row's place; null when the crop is too thin or nothing was read.
     */
    CardTextParser.Line read(BufferedImage card, List<CardTextParser.Line> row) {
        return read(card, row, 1.0);
    }

    /**
     * The row read alone up to a little right of {@code right} (0..1 of the card's width): a place's row cropped to
     * the card's edge reads the edge and the border as letters after the place's last word.
     */
    CardTextParser.Line read(BufferedImage card, List<CardTextParser.Line> row, double right) {
        if (row.isEmpty()) {
            return null;
        }
        double top = row.stream().mapToDouble(CardTextParser.Line::top).min().orElseThrow();
        double bottom = row.stream().mapToDouble(CardTextParser.Line::bottom).max().orElseThrow();
        double left = row.stream().mapToDouble(CardTextParser.Line::left).min().orElseThrow();
        int y0 = Math.max(0, (int) (top * card.getHeight()) - PAD);
        int y1 = Math.min(card.getHeight(), (int) (bottom * card.getHeight()) + PAD);
        int x0 = Math.max(0, (int) (left * card.getWidth()) - 4 * PAD);
        int x1 = Math.min(card.getWidth(), (int) (right * card.getWidth()) + 4 * PAD);
        if (y1 - y0 < 8 || x1 - x0 < 8) {
            return null;
        }
        List<OcrWord> words = singleLine.lines(card.getSubimage(x0, y0, x1 - x0, y1 - y0));
        if (words.isEmpty()) {
            return null;
        }
        return new CardTextParser.Line(words.get(0).text(), words.get(0).confidence(), top, bottom, left, right);
    }
}
