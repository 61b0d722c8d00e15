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
    /** How far apart two rows' left edges may be and still be one column's. */
    private static final double SAME_EDGE = 0.012;
    private final WordReader block;

    UnreadBands(String tessdata) {
        block = new WordReader(tessdata, "vie", 6);
    }

    List<TextRow> read(BufferedImage card, List<TextRow> rows) {
        return read(card, rows, false);
    }

    /**
     * As above; {@code fromTop}: also the band above the first row read, when taller than two rows (a face's first
     * field, label and value, dropped with the QR beside them).
     */
    List<TextRow> read(BufferedImage card, List<TextRow> rows, boolean fromTop) {
        List<TextRow> text = rows.stream().filter(r -> !r.words().isEmpty() && !r.text().contains("<<"))
                .sorted(Comparator.comparingDouble(TextRow::top)).toList();
        List<double[]> bands = new ArrayList<>(bands(text));
        if (fromTop) {
            double[] first = top(text);
            if (first != null) {
                bands.add(0, first);
            }
        }
        List<TextRow> out = new ArrayList<>();
        for (double[] band : bands) {
            List<TextRow> read = readBand(card, band);
            if (read != null) {
                out.addAll(read);
            }
        }
        return out;
    }

    /**
     * A band (left, top, bottom as parts of the card; to the card's right edge) read alone as one block of text, its
     * rows put back at their place on the card; null when the band is too thin or narrow to read.
     */
    private List<TextRow> readBand(BufferedImage card, double[] band) {
        int x0 = (int) (band[0] * card.getWidth());
        int y0 = (int) (band[1] * card.getHeight());
        int y1 = (int) Math.ceil(band[2] * card.getHeight());
        if (y1 - y0 < 12 || card.getWidth() - x0 < 40) {
            return null;
        }
        double w = (card.getWidth() - x0) / (double) card.getWidth();
        double h = (y1 - y0) / (double) card.getHeight();
        List<OcrWord> placed = block.words(card.getSubimage(x0, y0, card.getWidth() - x0, y1 - y0)).stream()
                .map(o -> new OcrWord(o.text(), o.confidence(), band[0] + o.left() * w, band[1] + o.top() * h,
                        band[0] + o.right() * w, band[1] + o.bottom() * h, o.line()))
                .toList();
        return TextRow.of(placed);
    }

    /**
     * The rows to read the card by when the page kept under two rows of text above the MRZ (its layout took the whole
     * text column for a picture: a light face over the guilloche, the QR beside it): the card above the MRZ read as one
     * block, or the column beside the QR, chip or photo read so ({@link #besideBlocks}) when that has more rows of text,
     * with the MRZ's rows as the page read them. Else the rows as they are.
     */
    List<TextRow> whenTextDropped(BufferedImage card, List<TextRow> rows) {
        if (textRows(rows) >= 2) {
            return rows;
        }
        List<TextRow> read = readBand(card, new double[]{0, 0, mrzTop(rows)});
        if (read == null) {
            return rows;
        }
        // the block's layout may take most of the column for a picture as the page did, the QR or photo beside it
        // drawing the line
        List<TextRow> beside = besideBlocks(card, rows);
        return textRows(beside) > textRows(read) ? beside : withMrz(read, rows);
    }

    /**
     * The text column right of the blocks of ink on the card's left above the MRZ (a QR, a chip, a photo) read as one
     * block, with the MRZ's rows as the page read them; empty when no such block stands there or nothing was read.
     * Tesseract's layout, block or page, can take the whole column beside a QR for part of a picture.
     */
    List<TextRow> besideBlocks(BufferedImage card, List<TextRow> rows) {
        double mrzTop = mrzTop(rows);
        double left = blocksEnd(card, mrzTop);
        List<TextRow> read = left > 0 ? readBand(card, new double[]{left, 0, mrzTop}) : null;
        return read == null ? List.of() : withMrz(read, rows);
    }

    private static double mrzTop(List<TextRow> rows) {
        return rows.stream().filter(r -> r.text().contains("<<")).mapToDouble(TextRow::top).min().orElse(1);
    }

    private static List<TextRow> withMrz(List<TextRow> read, List<TextRow> rows) {
        List<TextRow> out = new ArrayList<>(read);
        out.addAll(rows.stream().filter(r -> r.text().contains("<<")).toList());
        out.sort(Comparator.comparingDouble(TextRow::top).thenComparingDouble(TextRow::left));
        return out;
    }

    /** How many rows hold text (six letters or more; not the MRZ's). */
    private static long textRows(List<TextRow> rows) {
        return rows.stream().filter(r -> !r.text().contains("<<") && r.text().chars().filter(Character::isLetter).count() >= 6).count();
    }

    /** A column of the card's left half more inked than this over the band may be a QR's, a chip's or a photo's. */
    private static final double BLOCK_INK = 0.12;
    /** ...when a run of such columns is this wide (a part of the card's width): a block, not letters' stems lined up. */
    private static final double BLOCK_WIDTH = 0.02;

    /**
     * Where the text column starts right of the blocks of ink on the card's left above the MRZ (a QR, a chip, a photo),
     * as a part of the card's width: a little right of the last run of the left half's columns, once black and white,
     * each inked over an eighth of the band or more and together a fiftieth of the card wide. Text's columns are inked over
     * much less, and where rows' letters line up (the labels' capital N one under the other), only a stem's width.
     * 0 when there is no such run.
     */
    static double blocksEnd(BufferedImage card, double mrzTop) {
        int height = (int) (mrzTop * card.getHeight());
        if (height < 12) {
            return 0;
        }
        BufferedImage band = CardImage.otsu(CardImage.toGray(card.getSubimage(0, 0, card.getWidth(), height)));
        int minRun = (int) Math.ceil(BLOCK_WIDTH * card.getWidth());
        int run = 0;
        int end = -1;
        for (int x = 0; x < band.getWidth() / 2; x++) {
            int ink = 0;
            for (int y = 0; y < height; y++) {
                ink += (band.getRGB(x, y) & 0xff) < 128 ? 1 : 0;
            }
            run = ink > BLOCK_INK * height ? run + 1 : 0;
            if (run >= minRun) {
                end = x;
            }
        }
        return end < 0 ? 0 : (end + 1) / (double) card.getWidth() + 0.01;
    }

    /** The band from the card's top edge to the first row, in the column, when taller than two rows; else null. */
    static double[] top(List<TextRow> byTop) {
        if (byTop.size() < 2) {
            return null;
        }
        double[] column = column(byTop);
        return byTop.get(0).top() > ROWS * column[0] ? new double[]{column[1], 0, byTop.get(0).top()} : null;
    }

    /** The gaps between rows (left, top, bottom as parts of the card), from the column's left edge to the card's right. */
    static List<double[]> bands(List<TextRow> byTop) {
        if (byTop.size() < 2) {
            return List.of();
        }
        double[] column = column(byTop);
        List<double[]> out = new ArrayList<>();
        double reached = byTop.get(0).bottom();
        for (TextRow r : byTop.subList(1, byTop.size())) {
            if (r.top() - reached > ROWS * column[0]) {
                out.add(new double[]{column[1], reached, r.top()});
            }
            reached = Math.max(reached, r.bottom());
        }
        return out;
    }

    /**
     * A row's height (the median) and the text column's left edge, less a row's height: the leftmost edge two rows of
     * words start at, or where most rows start. Not the QR's or a photo's specks, which start rows of a letter or two
     * left of the column; not the median alone, which the rows the page read from inside a word ("năm cấp" for "Ngày,
     * tháng, năm cấp") pull right of the column.
     */
    private static double[] column(List<TextRow> byTop) {
        double[] heights = byTop.stream().mapToDouble(r -> r.bottom() - r.top()).sorted().toArray();
        double row = heights[heights.length / 2];
        double[] lefts = byTop.stream().mapToDouble(TextRow::left).sorted().toArray();
        double[] wordy = byTop.stream().filter(r -> r.text().chars().filter(Character::isLetter).count() >= 6)
                .mapToDouble(TextRow::left).sorted().toArray();
        double left = lefts[lefts.length / 2];
        for (int i = 0; i + 1 < wordy.length; i++) {
            if (wordy[i + 1] - wordy[i] <= SAME_EDGE) {
                left = Math.min(left, wordy[i]);
                break;
            }
        }
        return new double[]{row, Math.max(0, left - row)};
    }
}
