package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One word of the page cut out of the card for a second look at it alone ({@link NameVote}, {@link NumberVote},
 * {@link DateVote}).
 */
final class WordCrop {
    private static final int PAD = 5;
    /** Enlarged: a word alone at the page's size is small for Tesseract's single-word reading. */
    private static final double SCALE = 1.5;

    private WordCrop() {
    }

    /**
     * The word's box with a margin of a few pixels, or of {@code above} pixels above it when that is more,
     * enlarged; null when it is too small.
     */
    static BufferedImage of(BufferedImage card, OcrWord w, int above) {
        int x0 = Math.max(0, (int) (w.left() * card.getWidth()) - PAD);
        int y0 = Math.max(0, (int) (w.top() * card.getHeight()) - Math.max(PAD, above));
        int x1 = Math.min(card.getWidth(), (int) (w.right() * card.getWidth()) + PAD);
        int y1 = Math.min(card.getHeight(), (int) (w.bottom() * card.getHeight()) + PAD);
        if (x1 - x0 < 4 || y1 - y0 < 4) {
            return null;
        }
        return CardImage.resize(card.getSubimage(x0, y0, x1 - x0, y1 - y0), SCALE);
    }

    /** Whether the page's word is one of the line's: its centre within the line's height, itself within its width. */
    static boolean inLine(OcrWord w, CardTextParser.Line line) {
        double centre = (w.top() + w.bottom()) / 2;
        return centre > line.top() && centre < line.bottom() && w.left() >= line.left() - 0.002
                && w.right() <= line.right() + 0.002;
    }

    /** The word's box alone, enlarged, in grey and at Otsu's threshold: a vote's two looks; none when too small. */
    static List<BufferedImage> looks(BufferedImage card, OcrWord w) {
        BufferedImage grey = of(card, w, 0);
        return grey == null ? List.of() : List.of(grey, CardImage.otsu(grey));
    }

    /** The page's word of the lines with the most digits, more than {@code fewest}; null when none has that many. */
    static OcrWord mostDigits(List<CardTextParser.Line> lines, List<TextRow> rows, int fewest) {
        OcrWord best = null;
        int most = fewest;
        for (CardTextParser.Line line : lines) {
            for (TextRow row : rows) {
                for (OcrWord w : row.words()) {
                    int digits = w.text().replaceAll("[^0-9]", "").length();
                    if (inLine(w, line) && digits > most) {
                        best = w;
                        most = digits;
                    }
                }
            }
        }
        return best;
    }

    /**
     * A date whose slashes the page read as spaces ("12 01 1975"): the line's three words of two, two and four
     * digits side by side, as one word over the three (its confidence the least of theirs); null when none.
     */
    static OcrWord splitDate(List<CardTextParser.Line> lines, List<TextRow> rows) {
        for (CardTextParser.Line line : lines) {
            for (TextRow row : rows) {
                List<OcrWord> in = row.words().stream().filter(w -> inLine(w, line))
                        .sorted(java.util.Comparator.comparingDouble(OcrWord::left)).toList();
                for (int i = 0; i + 2 < in.size(); i++) {
                    OcrWord d = in.get(i);
                    OcrWord m = in.get(i + 1);
                    OcrWord y = in.get(i + 2);
                    if (d.text().matches("\\d{2}\\W?") && m.text().matches("\\d{2}\\W?") && y.text().matches("\\d{4}")) {
                        return new OcrWord(d.text() + "/" + m.text() + "/" + y.text(),
                                Math.min(d.confidence(), Math.min(m.confidence(), y.confidence())), d.left(),
                                Math.min(d.top(), Math.min(m.top(), y.top())), y.right(),
                                Math.max(d.bottom(), Math.max(m.bottom(), y.bottom())), d.line());
                    }
                }
            }
        }
        return null;
    }
}
