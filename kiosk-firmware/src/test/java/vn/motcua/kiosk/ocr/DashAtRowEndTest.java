package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The dash a place's row ends with, found in the card's ink right of the row's last word. */
class DashAtRowEndTest {
    private static final int W = 600;
    private static final int H = 100;
    /** The row: 40 to 64 px down, its last word ending at x = 200. */
    private static final double TOP = 40.0 / H;
    private static final double BOTTOM = 64.0 / H;
    private static final double RIGHT = 200.0 / W;

    /** A card's paper (225) with a word's last strokes ending at x = 200 and what {@code after} draws right of it. */
    private static BufferedImage row(java.util.function.Consumer<Graphics2D> after) {
        BufferedImage card = new BufferedImage(W, H, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = card.createGraphics();
        g.setColor(new Color(225, 225, 225));
        g.fillRect(0, 0, W, H);
        g.setColor(new Color(40, 40, 40));
        g.fillRect(150, 42, 4, 22); // the word's letters
        g.fillRect(196, 48, 4, 16);
        after.accept(g);
        g.dispose();
        return card;
    }

    @Test
    void aShortThinStrokeAtASmallLettersMiddleAloneAfterTheWordIsADash() {
        // a one-pixel dash drawn grey by a font's smoothing, a space after the word
        BufferedImage dash = row(g -> {
            g.setColor(new Color(185, 185, 185));
            g.fillRect(207, 55, 7, 2);
        });
        assertThat(DashAtRowEnd.endsWithDash(dash, TOP, BOTTOM, RIGHT)).isTrue();
    }

    @Test
    void nothingAfterTheWordAFullStopALetterOrADashWithMoreAfterItIsNone() {
        assertThat(DashAtRowEnd.endsWithDash(row(g -> { }), TOP, BOTTOM, RIGHT)).as("no ink").isFalse();
        assertThat(DashAtRowEnd.endsWithDash(row(g -> g.fillRect(204, 61, 3, 3)), TOP, BOTTOM, RIGHT)).as("a full stop").isFalse();
        assertThat(DashAtRowEnd.endsWithDash(row(g -> g.fillRect(207, 44, 9, 20)), TOP, BOTTOM, RIGHT)).as("a letter").isFalse();
        assertThat(DashAtRowEnd.endsWithDash(row(g -> {
            g.fillRect(207, 55, 7, 2);
            g.fillRect(222, 44, 4, 20); // a word the page lost after it
        }), TOP, BOTTOM, RIGHT)).as("more text after it").isFalse();
        assertThat(DashAtRowEnd.endsWithDash(row(g -> g.fillRect(207, 41, 7, 2)), TOP, BOTTOM, RIGHT)).as("a mark at the row's top").isFalse();
    }
}
