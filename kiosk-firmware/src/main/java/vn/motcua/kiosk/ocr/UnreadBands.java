package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The bands of the text column the page read no row in. Tesseract's page layout drops rows it takes for part of a
 * picture (a date printed over the emblem's rim, small labels beside a QR), leaving a gap between the rows it kept
 * taller than two of them, where the card prints rows one under the other. Each such band above the MRZ is read once
 * more alone as one block of text, its rows put back at their place on the card.
 */
final class UnreadBands {
    /** A gap of more than this many rows' heights between two rows read is a band the page dropped. */
    private static final double ROWS = 2;
    private final WordReader block;

    UnreadBands(String tessdata) {
        block = new WordReader(tessdata, "vie", 6);
    }

    List<TextRow> read(BufferedImage card, List<TextRow> rows) {
        List<TextRow> text = rows.stream().filter(r -> !r.words().isEmpty() && !r.text().contains("<<"))
                .sorted(Comparator.comparingDouble(TextRow::top)).toList();
        List<TextRow> out = new ArrayList<>();
        for (double[] band : bands(text)) {
            int x0 = (int) (band[0] * card.getWidth());
            int y0 = (int) (band[1] * card.getHeight());
            int y1 = (int) Math.ceil(band[2] * card.getHeight());
            if (y1 - y0 < 12 || card.getWidth() - x0 < 40) {
                continue;
            }
            double w = (card.getWidth() - x0) / (double) card.getWidth();
            double h = (y1 - y0) / (double) card.getHeight();
            List<OcrWord> placed = block.words(card.getSubimage(x0, y0, card.getWidth() - x0, y1 - y0)).stream()
                    .map(o -> new OcrWord(o.text(), o.confidence(), band[0] + o.left() * w, band[1] + o.top() * h,
                            band[0] + o.right() * w, band[1] + o.bottom() * h, o.line()))
                    .toList();
            out.addAll(TextRow.of(placed));
        }
        return out;
    }

    /** The gaps between rows (left, top, bottom as parts of the card), from the column's left edge to the card's right. */
    static List<double[]> bands(List<TextRow> byTop) {
        if (byTop.size() < 2) {
            return List.of();
        }
        double[] heights = byTop.stream().mapToDouble(r -> r.bottom() - r.top()).sorted().toArray();
        double row = heights[heights.length / 2];
        double[] lefts = byTop.stream().mapToDouble(TextRow::left).sorted().toArray();
        // the column's edge: where most rows start (a QR's or a photo's specks left of it start rows too)
        double left = Math.max(0, lefts[lefts.length / 2] - row);
        List<double[]> out = new ArrayList<>();
        double reached = byTop.get(0).bottom();
        for (TextRow r : byTop.subList(1, byTop.size())) {
            if (r.top() - reached > ROWS * row) {
                out.add(new double[]{left, reached, r.top()});
            }
            reached = Math.max(reached, r.bottom());
        }
        return out;
    }
}
