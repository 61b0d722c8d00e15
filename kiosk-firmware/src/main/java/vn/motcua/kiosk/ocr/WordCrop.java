package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;

/** One word of the page cut out of the card for a second look at it alone ({@link NameVote}, {@link NumberVote}). */
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
}
