package vn.motcua.kiosk.printer;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * One character drawn into a printer font cell (Font A: 12 × 24 dots), as ESC & wants it: column by
 * column from the left, three bytes per column from the top, most significant bit at the top.
 * Stacked Vietnamese marks (Ễ, Ấ) do not fit above a capital in 24 dots at the font's natural size, so
 * a glyph whose ink would leave the cell is squeezed vertically until it fits rather than clipped.
 */
record CellGlyph(int codePoint, byte[] columns) {

    static final int WIDTH = 12;
    static final int HEIGHT = 24;
    static final int BYTES_PER_COLUMN = HEIGHT / 8;
    /** The same geometry the renderer uses for resident characters, so both look alike on paper. */
    private static final float SIZE = HEIGHT * 0.78f;
    private static final int BASELINE = Math.round(HEIGHT * 0.8f);

    CellGlyph {
        if (columns.length != WIDTH * BYTES_PER_COLUMN) {
            throw new IllegalArgumentException("a cell glyph has " + WIDTH * BYTES_PER_COLUMN + " bytes, got "
                    + columns.length);
        }
        columns = columns.clone();
    }

    @Override
    public byte[] columns() {
        return columns.clone();
    }

    boolean dot(int x, int y) {
        return (columns[x * BYTES_PER_COLUMN + y / 8] & (0x80 >> (y % 8))) != 0;
    }

    static CellGlyph draw(int codePoint, Font cellFont) {
        String text = new String(Character.toChars(codePoint));
        Font sized = cellFont.deriveFont(SIZE);
        FontRenderContext frc = new FontRenderContext(null, false, false);
        GlyphVector vector = sized.createGlyphVector(frc, text);
        Rectangle2D ink = vector.getVisualBounds();
        double advance = Math.max(1, vector.getLogicalBounds().getWidth());
        double sx = Math.min(1.0, WIDTH * 0.92 / advance);
        double sy = 1.0;
        if (ink.getMinY() < -BASELINE) {
            sy = Math.min(sy, (BASELINE - 0.5) / -ink.getMinY());
        }
        if (ink.getMaxY() > HEIGHT - BASELINE) {
            sy = Math.min(sy, (HEIGHT - BASELINE - 0.5) / ink.getMaxY());
        }
        double left = (WIDTH - advance * sx) / 2;
        AffineTransform place = new AffineTransform();
        place.translate(left, BASELINE);
        place.scale(sx, sy);
        Shape outline = place.createTransformedShape(vector.getOutline());

        BufferedImage cell = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = cell.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(java.awt.Color.BLACK);
            g.fill(outline);
        } finally {
            g.dispose();
        }
        byte[] columns = new byte[WIDTH * BYTES_PER_COLUMN];
        for (int x = 0; x < WIDTH; x++) {
            for (int y = 0; y < HEIGHT; y++) {
                if ((cell.getRGB(x, y) & 0xFFFFFF) == 0) {
                    columns[x * BYTES_PER_COLUMN + y / 8] |= (byte) (0x80 >> (y % 8));
                }
            }
        }
        return new CellGlyph(codePoint, columns);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CellGlyph other && other.codePoint == codePoint && Arrays.equals(other.columns, columns);
    }

    @Override
    public int hashCode() {
        return 31 * codePoint + Arrays.hashCode(columns);
    }
}
