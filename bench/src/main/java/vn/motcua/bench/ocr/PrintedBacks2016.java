package vn.motcua.bench.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.CubicCurve2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.motcua.kiosk.ocr.CardPerson;

/**
 * Generator C's 2016 CCCD back drawn closer to the issued card (Circular 61/2015/TT-BCA and the published
 * photographs of it), for half of the harsher backs: the Times-like serif the card prints in, Vietnamese only,
 * "Đặc điểm nhân dạng" with its value top left, the two index-finger boxes with ridges right, the issue date
 * centred under it in the signing form ("Ngày 12 tháng 05 năm 2018") or as dd/mm/yyyy beside or under "Ngày,
 * tháng, năm", the issuer's title in bold capitals on two rows, and the red seal and the director's blue
 * signature lying over the title's left half and, on many cards, over part of the date, as on the cards where
 * the signature is printed after the text. Sizes, weights and the ink of the date vary as the printers' do.
 */
final class PrintedBacks2016 {
    private static final List<String> SERIFS = ThirdCards.vietnamese("Liberation Serif", "DejaVu Serif", "Noto Serif",
            "FreeSerif");
    private static final String[] MARKS = {"Nốt ruồi C:2cm trên trước đầu mày phải", "Sẹo chấm C:1cm dưới sau cánh mũi trái",
            "Nốt ruồi C:1,5cm dưới sau mép trái", "Sẹo chấm C:3cm trên trước đuôi mắt phải", "Nốt ruồi cách 2cm dưới cằm"};
    private static final String[] DIRECTORS = {"Trần Văn Vượng", "Lê Quang Hiển", "Phạm Đức Toàn", "Đỗ Minh Khôi"};
    private static final LocalDate RENAMED = LocalDate.of(2018, 10, 10);

    private PrintedBacks2016() {
    }

    /** The card of this seed, drawn with {@code vary} alone so that the bench's other cards are drawn as before. */
    static OtherCards.Card make(long seed, boolean degraded, Random vary) {
        // seed: the card's, for its name
        LocalDate issue = LocalDate.of(2016, 1, 4).plusDays(vary.nextInt(5 * 365 + 150));
        String font = ThirdCards.pick(vary, SERIFS);
        double scale = 0.85 + vary.nextDouble() * 0.5;
        BufferedImage img = ThirdCards.canvas(scale, vary.nextInt(3), vary, g -> draw(g, font, issue, vary));
        if (degraded) {
            img = PhonePhoto.take(img, vary);
        }
        String id = String.format("C-%s-cccd_2016-back-%d-printed-%s", degraded ? "degraded" : "clean", seed,
                font.replace(' ', '_'));
        return new OtherCards.Card(id, Map.of("issueDate", issue.toString()), img);
    }

    private static void draw(Graphics2D g, String font, LocalDate issue, Random r) {
        Color ink = new Color(10 + r.nextInt(35), 10 + r.nextInt(30), 15 + r.nextInt(40));
        int size = 16 + r.nextInt(7);
        int boxW = 140 + r.nextInt(25);
        int boxH = 175 + r.nextInt(30);
        int boxX = 960 - 2 * boxW - 15 - r.nextInt(20);
        int boxY = 45 + r.nextInt(20);
        fingers(g, boxX, boxY, boxW, boxH, new Font(font, Font.PLAIN, size - 1), ink, r);

        int textX = 30 + r.nextInt(30);
        int textRight = boxX - 20;
        int y = 55 + r.nextInt(25);
        g.setColor(ink);
        g.setFont(new Font(font, Font.PLAIN, size));
        String label = "Đặc điểm nhân dạng: ";
        g.drawString(label, textX, y);
        int lw = g.getFontMetrics().stringWidth(label);
        String marks = MARKS[r.nextInt(MARKS.length)];
        if (textX + lw + g.getFontMetrics().stringWidth(marks) > textRight) {
            y += size + 8;
            g.drawString(marks, textX + 20, y);
        } else {
            g.drawString(marks, textX + lw, y);
        }
        int cx = (textX + textRight) / 2 + r.nextInt(30) - 15;

        // the issue date, in the card's face or its italic, at times bold, its ink from black to grey-blue
        int dateSize = size + r.nextInt(6);
        Font dateFont = new Font(font, (r.nextInt(3) == 0 ? Font.ITALIC : Font.PLAIN) | (r.nextInt(5) == 0 ? Font.BOLD : 0), dateSize);
        Color dateInk = r.nextInt(3) == 0 ? new Color(50 + r.nextInt(40), 55 + r.nextInt(40), 80 + r.nextInt(50)) : ink;
        y += 55 + r.nextInt(30);
        int dateTop = y - dateSize;
        int kind = r.nextInt(5);
        String labelText = "Ngày, tháng, năm"; // the 2016 card is Vietnamese only: no "Date, month, year"
        String[] dateRows = switch (kind) {
            case 0, 1 -> new String[]{String.format("Ngày %02d tháng %02d năm %d", issue.getDayOfMonth(), issue.getMonthValue(),
                    issue.getYear())};
            case 2 -> new String[]{String.format("Ngày %d tháng %d năm %d", issue.getDayOfMonth(), issue.getMonthValue(),
                    issue.getYear())};
            case 3 -> new String[]{labelText + ": " + CardPerson.printed(issue)};
            default -> new String[]{labelText, CardPerson.printed(issue)};
        };
        int dateBottom = y;
        int[] rowYs = new int[dateRows.length];
        for (int i = 0; i < dateRows.length; i++) {
            rowYs[i] = dateBottom;
            dateBottom += dateSize + 8;
        }
        dateBottom -= dateSize + 8;
        int titleY = dateBottom + 38 + r.nextInt(14);
        int titleSize = size - 1 + r.nextInt(3);
        String dept = issue.isBefore(RENAMED) ? "ĐKQL CƯ TRÚ VÀ DLQG VỀ DÂN CƯ" : "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI";
        int deptY = titleY + titleSize + 6;

        // the seal under the print's left half: its top rim over the title and, on many cards, the date's first digits
        int d = 150 + r.nextInt(50);
        int sealCx = cx - 60 + r.nextInt(50);
        int sealTop = r.nextBoolean() ? dateTop + r.nextInt(Math.max(1, dateBottom - dateTop)) : titleY - titleSize + r.nextInt(20);
        ThirdBacks.seal(g, sealCx, sealTop + d / 2, d, issue, r);

        for (int i = 0; i < dateRows.length; i++) {
            boolean isLabel = dateRows.length == 2 && i == 0;
            g.setFont(isLabel ? new Font(font, Font.ITALIC, size - 1) : dateFont);
            g.setColor(isLabel ? ink : dateInk);
            ThirdBacks.centre(g, dateRows[i], cx, rowYs[i]);
        }
        g.setColor(ink);
        g.setFont(new Font(font, Font.BOLD, titleSize));
        ThirdBacks.centre(g, "CỤC TRƯỞNG CỤC CẢNH SÁT", cx, titleY);
        ThirdBacks.centre(g, dept, cx, deptY);

        // the director's signature in blue over the title and at times up into the date row
        int sigTop = r.nextInt(3) == 0 ? dateTop + r.nextInt(Math.max(1, dateSize / 2)) : titleY - titleSize / 2;
        signature(g, cx - 50 + r.nextInt(40), sigTop, deptY + 70 + r.nextInt(30), r);
        g.setColor(ink);
        g.setFont(new Font(font, Font.BOLD, size + 1));
        ThirdBacks.centre(g, DIRECTORS[r.nextInt(DIRECTORS.length)], cx, deptY + 120 + r.nextInt(25));
    }

    /** A pen's stroke in blue ink: loops running down from {@code top} to {@code bottom} and one long tail across. */
    private static void signature(Graphics2D g, int x, int top, int bottom, Random r) {
        g.setColor(new Color(20 + r.nextInt(40), 40 + r.nextInt(50), 150 + r.nextInt(70), 170 + r.nextInt(80)));
        g.setStroke(new BasicStroke(1.6f + r.nextFloat() * 1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int loops = 2 + r.nextInt(3);
        double px = x;
        double py = bottom - 10;
        for (int i = 0; i < loops; i++) {
            double nx = px + 25 + r.nextInt(35);
            double ny = bottom - 15 - r.nextInt(25);
            g.draw(new CubicCurve2D.Double(px, py, px + 5 + r.nextInt(20), top + r.nextInt(15),
                    nx - r.nextInt(25), top + r.nextInt(20), nx, ny));
            px = nx;
            py = ny;
        }
        g.draw(new CubicCurve2D.Double(px, py, px + 30, bottom + 10, x - 40, bottom - 5 + r.nextInt(20),
                x + 130 + r.nextInt(60), py - 20 - r.nextInt(30)));
    }

    /** The two index-finger boxes, the caption above each, and a print's ridges in grey inside. */
    private static void fingers(Graphics2D g, int x, int y, int w, int h, Font caption, Color ink, Random r) {
        g.setColor(ink);
        g.setFont(caption);
        ThirdBacks.centre(g, "Ngón trỏ trái", x + w / 2, y);
        ThirdBacks.centre(g, "Ngón trỏ phải", x + w + 15 + w / 2, y);
        for (int k = 0; k < 2; k++) {
            int bx = x + k * (w + 15);
            int by = y + 12;
            g.setColor(new Color(120, 120, 120));
            g.setStroke(new BasicStroke(1.2f));
            g.drawRect(bx, by, w, h);
            g.setColor(new Color(90 + r.nextInt(40), 90 + r.nextInt(40), 95 + r.nextInt(40)));
            g.setStroke(new BasicStroke(1.8f));
            int fcx = bx + w / 2;
            int fcy = by + h / 2 + r.nextInt(10);
            for (int ring = 6; ring < Math.min(w, h) / 2 - 6; ring += 6) {
                g.drawArc(fcx - ring, fcy - ring * 13 / 10, 2 * ring, ring * 26 / 10, 200 + r.nextInt(30), 300);
            }
        }
    }
}
