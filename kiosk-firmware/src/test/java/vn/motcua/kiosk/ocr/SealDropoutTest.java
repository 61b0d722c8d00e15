package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The seal's red taken out before the grey conversion; black print over it and red print in rows kept. */
class SealDropoutTest {
    private static final Color PAPER = new Color(236, 234, 226);
    private static final Color SEAL = new Color(205, 45, 50);

    /** A back's date and title in black, the seal printed under them, its rim across both, as the 2016 card prints it. */
    private static BufferedImage back(boolean seal) {
        return back(seal, PAPER);
    }

    private static BufferedImage back(boolean seal, Color paper) {
        BufferedImage img = new BufferedImage(1000, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(paper);
        g.fillRect(0, 0, 1000, 630);
        if (seal) {
            g.setColor(SEAL);
            g.setStroke(new BasicStroke(4f));
            g.drawOval(180, 150, 180, 180);
            g.drawOval(215, 185, 110, 110);
            g.fillOval(250, 220, 40, 40);
        }
        twoRows(g, new Color(25, 25, 35), new Font(Font.SERIF, Font.PLAIN, 26), "Ngày 14 tháng 10 năm 2019", 150, 160,
                new Font(Font.SERIF, Font.BOLD, 20), "CỤC TRƯỞNG CỤC CẢNH SÁT", 160, 210);
        return img;
    }

    private static void twoRows(Graphics2D g, Color ink, Font first, String a, int ax, int ay, Font second, String b,
                                int bx, int by) {
        g.setColor(ink);
        g.setFont(first);
        g.drawString(a, ax, ay);
        g.setFont(second);
        g.drawString(b, bx, by);
        g.dispose();
    }

    private static int count(BufferedImage img, java.util.function.IntPredicate pixel) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                n += pixel.test(img.getRGB(x, y)) ? 1 : 0;
            }
        }
        return n;
    }

    private static boolean dark(int rgb) {
        return ((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100;
    }

    @Test
    void theSealGoesAndThePrintOverItStays() {
        BufferedImage withSeal = back(true);
        int red = count(withSeal, SealDropout::red);
        assertThat(red).isGreaterThan(1000);
        BufferedImage out = SealDropout.apply(withSeal);
        // left: only where a black letter's smoothed edge meets the red, dark enough to be print
        assertThat(count(out, SealDropout::red)).isLessThan(red / 20);
        // in grey the seal no longer darkens the card: no pixel of mid grey where only the rim was
        BufferedImage gray = CardImage.toGray(out);
        assertThat(gray.getRaster().getSample(272, 330, 0)).isGreaterThan(200);
        // the black print over the rim is all there
        int printAlone = count(back(false), SealDropoutTest::dark);
        assertThat(count(out, SealDropoutTest::dark)).isBetween(printAlone * 95 / 100, printAlone * 105 / 100);
    }

    @Test
    void underAWarmLightThePaperStaysPaper() {
        // a warm lamp makes the whole card a little red: that tint is the paper's, not the seal's, and the
        // seal's square must come out as light as the paper around it, not as the grey of the print in it
        BufferedImage out = CardImage.toGray(SealDropout.apply(back(true, new Color(242, 222, 204))));
        long sum = 0;
        for (int y = 150; y < 330; y++) {
            for (int x = 180; x < 360; x++) {
                sum += out.getRaster().getSample(x, y, 0);
            }
        }
        assertThat(sum / (180 * 180)).isGreaterThan(200);
    }

    @Test
    void redPrintInRowsStays() {
        // the 2021 and 2024 fronts print their title in red: wide rows, no seal; it tells the models apart
        BufferedImage img = new BufferedImage(1000, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(PAPER);
        g.fillRect(0, 0, 1000, 630);
        twoRows(g, new Color(180, 25, 30), new Font(Font.SANS_SERIF, Font.BOLD, 29), "CĂN CƯỚC CÔNG DÂN", 400, 150,
                new Font(Font.SANS_SERIF, Font.PLAIN, 16), "Citizen Identity Card", 470, 175);
        assertThat(SealDropout.apply(img)).isSameAs(img);
    }

    @Test
    void aGreyOrRedlessImageIsLeftAsItIs() {
        BufferedImage gray = new BufferedImage(400, 300, BufferedImage.TYPE_BYTE_GRAY);
        assertThat(SealDropout.apply(gray)).isSameAs(gray);
        BufferedImage print = back(false);
        assertThat(SealDropout.apply(print)).isSameAs(print);
    }
}
