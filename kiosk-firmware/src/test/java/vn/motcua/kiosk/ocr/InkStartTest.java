package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Where a row's print starts, when the page read only its end. */
class InkStartTest {
    private final BufferedImage card = new BufferedImage(1200, 756, BufferedImage.TYPE_BYTE_GRAY);

    /** The prepared card's paper (225), to draw black print on. */
    private Graphics2D paper() {
        Graphics2D g = card.createGraphics();
        g.setColor(new Color(225, 225, 225));
        g.fillRect(0, 0, 1200, 756);
        g.setColor(Color.BLACK);
        return g;
    }

    @Test
    void theInkBeforeTheWordsReadIsFollowedUpToTheMarginBeforeTheQr() {
        Graphics2D g = paper();
        g.fillRect(30, 30, 220, 220); // the QR
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
        g.drawString("Xóm 2, Xã Nghiên Loan,", 280, 150);
        int nghien = 280 + g.getFontMetrics().stringWidth("Xóm 2, Xã ");
        g.dispose();
        double top = 125 / 756.0;
        double bottom = 158 / 756.0;
        assertThat(InkStart.of(card, top, bottom, nghien / 1200.0)).isCloseTo(280 / 1200.0, within(0.004));
        // a row with nothing before it starts where it was read
        assertThat(InkStart.of(card, 300 / 756.0, 330 / 756.0, 0.3)).isEqualTo(0.3, within(0.001));
    }

    @Test
    void theInkAfterTheWordsReadIsFollowedToTheRowsEnd() {
        // generator D's 8210: "Huyện Lập Thạch-Tỉnh Vĩnh Phú" read "Huyện Lập Thạch-Ti", the rest of the row lost
        Graphics2D g = paper();
        g.setFont(new Font(Font.SERIF, Font.BOLD, 18));
        g.drawString("Huyện Lập Thạch-Tỉnh Vĩnh Phú", 450, 180);
        int read = 450 + g.getFontMetrics().stringWidth("Huyện Lập Thạch-Ti");
        int end = 450 + g.getFontMetrics().stringWidth("Huyện Lập Thạch-Tỉnh Vĩnh Phú");
        g.drawString("BỘ CÔNG AN", end + 200, 180); // another piece of print, far past a space's width
        g.dispose();
        double top = 164 / 756.0;
        double bottom = 186 / 756.0;
        assertThat(InkStart.end(card, top, bottom, read / 1200.0)).isCloseTo(end / 1200.0, within(0.004));
        // a row with nothing after it ends where it was read
        assertThat(InkStart.end(card, 300 / 756.0, 330 / 756.0, 0.3)).isCloseTo(0.3, within(0.001));
    }
}
