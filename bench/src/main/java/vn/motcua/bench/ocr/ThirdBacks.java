package vn.motcua.bench.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import vn.motcua.kiosk.ocr.CardPerson;

/**
 * Generator C's 2016 CCCD back (Circular 61/2015), drawn its own way beside A's: Vietnamese only, the
 * identifying marks on one or two rows, the issue date written out ("Ngày 5 tháng 3 năm 2018", with or without
 * leading zeros) or as "Ngày, tháng, năm: 05/03/2018", the issuer's title on one or two rows (the department
 * was renamed on 10 October 2018, and the title with it), the red seal across the signature, the director's
 * name, the two index-finger boxes with their captions above or below, a barcode; no MRZ, QR or chip. The text
 * column's place, the faces, sizes, case and the background vary per card; degraded is {@link PhonePhoto}. The
 * seal is the size the cards print it (15-20 mm on the 86 mm card) with its rim text and star, placed under the
 * title so that it crosses the title and at times the date line; the date line's size, slant, weight and ink
 * vary, as the printers' output does.
 */
final class ThirdBacks {
    private static final String[] MARKS = {"Sẹo chấm C:0,5cm trên sau mép phải", "Nốt ruồi C:1cm dưới trước cằm trái",
            "Vết sẹo dài 2cm ở cổ tay trái", "Nốt ruồi C:3cm trên sau đuôi mắt phải", "Sẹo chấm C:2cm dưới trước mũi"};
    private static final String[] DIRECTORS = {"Trương Công Định", "Nguyễn Hữu Lộc", "Vương Đình Khiêm", "Hà Thế Vinh"};
    private static final LocalDate RENAMED = LocalDate.of(2018, 10, 10);

    private ThirdBacks() {
    }

    static OtherCards.Card make(long seed, boolean degraded) {
        Random r = new Random(seed * 2_000_029L + (degraded ? 11 : 0) + 616_161);
        LocalDate issue = LocalDate.of(2016, 1, 4).plusDays(r.nextInt(5 * 365 + 150));
        ThirdCards.Style s = new ThirdCards.Style(r, vn.motcua.kiosk.ocr.CardModel.CCCD_2016);
        BufferedImage img = ThirdCards.canvas(s, r, g -> draw(g, s, issue, r));
        if (degraded) {
            img = PhonePhoto.take(img, r);
        }
        String id = String.format("C-%s-cccd_2016-back-%d-%s", degraded ? "degraded" : "clean", seed,
                s.valueFont.replace(' ', '_'));
        return new OtherCards.Card(id, Map.of("issueDate", issue.toString()), img);
    }

    private static void draw(Graphics2D g, ThirdCards.Style s, LocalDate issue, Random r) {
        boolean fingersLeft = r.nextInt(4) == 0; // most cards: the fingers on the right, the text on the left
        int boxW = 135 + r.nextInt(25);
        int boxX = fingersLeft ? 30 + r.nextInt(20) : 960 - 2 * boxW - 15 - r.nextInt(20);
        int textX = fingersLeft ? boxX + 2 * boxW + 40 + r.nextInt(20) : 35 + r.nextInt(40);
        int textRight = fingersLeft ? 975 : boxX - 25;
        int boxY = 35 + r.nextInt(25);
        int boxH = 170 + r.nextInt(30);
        boolean captionsAbove = r.nextInt(3) == 0;
        int boxTop = captionsAbove ? boxY + 26 : boxY;
        g.setColor(new Color(238, 238, 236));
        g.fillRect(boxX, boxTop, boxW, boxH);
        g.fillRect(boxX + boxW + 15, boxTop, boxW, boxH);
        g.setColor(s.labelInk);
        g.setFont(new Font(s.labelFont, s.italicLabels ? Font.ITALIC : Font.PLAIN, s.labelSize - 1));
        int capY = captionsAbove ? boxY + 16 : boxTop + boxH + 22;
        String left = s.upperLabels ? "NGÓN TRỎ TRÁI" : "Ngón trỏ trái";
        String right = s.upperLabels ? "NGÓN TRỎ PHẢI" : "Ngón trỏ phải";
        centre(g, left, boxX + boxW / 2, capY);
        centre(g, right, boxX + boxW + 15 + boxW / 2, capY);
        g.setColor(Color.BLACK);
        int barY = boxTop + boxH + 45 + r.nextInt(30);
        for (int x = boxX + 10; x < boxX + 2 * boxW; x += 3 + r.nextInt(5)) {
            g.fillRect(x, barY, 1 + r.nextInt(3), 45 + r.nextInt(15));
        }

        Font label = new Font(s.labelFont, s.italicLabels ? Font.ITALIC : Font.PLAIN, s.labelSize + 1);
        Font marksFont = new Font(s.valueFont, Font.PLAIN, s.labelSize + 1);
        int y = 60 + r.nextInt(25);
        String l = (s.upperLabels ? "ĐẶC ĐIỂM NHẬN DẠNG" : "Đặc điểm nhận dạng") + (s.colon ? ": " : " ");
        g.setColor(s.labelInk);
        g.setFont(label);
        g.drawString(l, textX, y);
        int lw = g.getFontMetrics().stringWidth(l);
        g.setColor(s.ink);
        g.setFont(marksFont);
        String marks = MARKS[r.nextInt(MARKS.length)];
        if (textX + lw + g.getFontMetrics().stringWidth(marks) > textRight || r.nextInt(3) == 0) {
            String[] words = marks.split(" ");
            int cut = 2 + r.nextInt(words.length - 3);
            g.drawString(String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut)), textX + lw, y);
            y += marksFont.getSize() + 8;
            g.drawString(String.join(" ", java.util.Arrays.copyOfRange(words, cut, words.length)), textX, y);
        } else {
            g.drawString(marks, textX + lw, y);
        }
        int cx = (textX + textRight) / 2;
        y += 45 + r.nextInt(30);
        int dateY = y;
        // the date line in the print's own size, italic or upright, the printer's ink lighter or bolder
        int dateSize = s.labelSize + r.nextInt(7);
        Font dateFont = new Font(s.valueFont, (r.nextBoolean() ? Font.ITALIC : Font.PLAIN) | (r.nextInt(4) == 0 ? Font.BOLD : 0),
                dateSize);
        Color dateInk = r.nextInt(3) == 0 ? new Color(70 + r.nextInt(50), 70 + r.nextInt(40), 80 + r.nextInt(50)) : s.ink;
        y += 42 + r.nextInt(15) + dateSize - s.labelSize;
        int titleY = y;
        boolean oneRow = r.nextBoolean();
        String head = "CỤC TRƯỞNG CỤC CẢNH SÁT";
        String dept = issue.isBefore(RENAMED) ? "ĐKQL CƯ TRÚ VÀ DLQG VỀ DÂN CƯ" : "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI";
        Font titleFont = new Font(s.valueFont, Font.BOLD, s.labelSize);
        g.setFont(titleFont);
        oneRow &= g.getFontMetrics().stringWidth(head + " " + dept) < textRight - textX;
        int titleBottom = oneRow ? titleY : titleY + s.labelSize + 6;
        // the department's red round seal, printed under the title's left half and the signature as on the
        // cards: 15-20 mm across on the 86 mm card, its rim reaching up over the title and at times the date line
        int d = 150 + r.nextInt(55);
        int sealCx = cx - 70 + r.nextInt(60);
        int reach = 10 + r.nextInt(Math.max(1, titleBottom - dateY + 10));
        seal(g, sealCx, titleBottom - reach + d / 2, d, issue, r);
        g.setFont(dateFont);
        g.setColor(dateInk);
        centre(g, date(issue, s, r), cx, dateY);
        g.setFont(titleFont);
        g.setColor(s.ink);
        if (oneRow) {
            centre(g, head + " " + dept, cx, titleY);
        } else {
            centre(g, head, cx, titleY);
            centre(g, dept, cx, titleBottom);
        }
        y = titleBottom;
        g.setColor(new Color(30, 40, 130));
        g.setStroke(new BasicStroke(2f));
        int[] xs = new int[7];
        int[] ys = new int[7];
        for (int i = 0; i < 7; i++) {
            xs[i] = cx - 40 + i * 18;
            ys[i] = y + 55 + r.nextInt(45);
        }
        g.drawPolyline(xs, ys, 7);
        y += 150 + r.nextInt(20);
        g.setColor(s.ink);
        g.setFont(new Font(s.valueFont, Font.BOLD, s.labelSize + 2));
        centre(g, DIRECTORS[r.nextInt(DIRECTORS.length)], cx, y);
    }

    /**
     * The seal: two rims, the issuing body's name around them and the star in the middle, in red stamp ink
     * from pale to full; drawn before the black print, which stays black where it crosses it.
     */
    static void seal(Graphics2D g, int cx, int cy, int d, LocalDate issue, Random r) {
        g.setColor(new Color(190 + r.nextInt(40), 25 + r.nextInt(45), 30 + r.nextInt(45), 150 + r.nextInt(106)));
        g.setStroke(new BasicStroke(2.5f + r.nextInt(3)));
        g.drawOval(cx - d / 2, cy - d / 2, d, d);
        int inner = d * 62 / 100;
        g.drawOval(cx - inner / 2, cy - inner / 2, inner, inner);
        String ring = "BỘ CÔNG AN * CỤC CẢNH SÁT " + (issue.isBefore(RENAMED) ? "ĐKQL CƯ TRÚ VÀ DLQG VỀ DÂN CƯ"
                : "QUẢN LÝ HÀNH CHÍNH VỀ TTXH") + " * ";
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(9, d / 14)));
        double rad = (d + inner) / 4.0;
        java.awt.geom.AffineTransform was = g.getTransform();
        for (int i = 0; i < ring.length(); i++) {
            double a = 2 * Math.PI * i / ring.length() - Math.PI / 2;
            g.setTransform(was);
            g.translate(cx + rad * Math.cos(a), cy + rad * Math.sin(a));
            g.rotate(a + Math.PI / 2);
            g.drawString(String.valueOf(ring.charAt(i)), -g.getFontMetrics().charWidth(ring.charAt(i)) / 2, d / 28);
        }
        g.setTransform(was);
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double a = Math.PI * i / 5 - Math.PI / 2;
            double k = (i % 2 == 0 ? 0.26 : 0.1) * d;
            xs[i] = (int) (cx + k * Math.cos(a));
            ys[i] = (int) (cy + k * Math.sin(a));
        }
        g.fillPolygon(xs, ys, 10);
    }

    /** The issue date as the 2016 backs print it: written out, or after "Ngày, tháng, năm:". */
    private static String date(LocalDate d, ThirdCards.Style s, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> String.format("Ngày %02d tháng %02d năm %d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            case 1 -> String.format("Ngày %d tháng %d năm %d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
            default -> (s.upperLabels ? "NGÀY, THÁNG, NĂM" : "Ngày, tháng, năm") + (s.colon ? ": " : " ")
                    + CardPerson.printed(d);
        };
    }

    static void centre(Graphics2D g, String s, int cx, int y) {
        g.drawString(s, cx - g.getFontMetrics().stringWidth(s) / 2, y);
    }
}
