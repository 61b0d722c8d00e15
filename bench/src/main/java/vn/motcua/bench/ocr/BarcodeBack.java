package vn.motcua.bench.ocr;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import vn.motcua.kiosk.ocr.CardPerson;

/**
 * Generator B's back of the 2016 CCCD (the "barcode" card of Thông tư 61/2015/TT-BCA, issued 2016–2021), drawn
 * with B's fonts, background and rows from the card's published description, not from the reader nor the other
 * generators. What the description says, and so what is drawn:
 * <ul>
 * <li>top: a two-dimensional barcode band ("trên cùng là mã vạch hai chiều"); no chip, no QR code, no MRZ;</li>
 * <li>left: two fingerprint boxes, the upper one the left index finger, the lower one the right ("ô trên, vân tay
 * ngón trỏ trái; ô dưới, vân tay ngón trỏ phải");</li>
 * <li>right, top down: the identifying marks ("đặc điểm nhân dạng"), the issue date, the issuing officer's name,
 * title and signature, and the seal with the national emblem in red;</li>
 * <li>Vietnamese only (English came with the 2021 chip card);</li>
 * <li>the title: "CỤC TRƯỞNG CỤC CẢNH SÁT ĐKQL CƯ TRÚ VÀ DLQG VỀ DÂN CƯ", replaced on cards from 10 October 2018 by
 * "CỤC TRƯỞNG CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI" (Thông tư 33/2018/TT-BCA).</li>
 * </ul>
 * Sources: cand.com.vn, "Hợp nhất thông tư quy định về mẫu thẻ Căn cước công dân" (26/02/2019, the consolidated
 * text 01/VBHN-BCA); tienphong.vn, "Hình hài thẻ căn cước công dân được cấp từ ngày 1/1/2016"; congan.kontum.gov.vn,
 * "Quy định mới về mẫu thẻ căn cước công dân" (Thông tư 33/2018/TT-BCA); luatduonggia.edu.vn, "Ngày cấp và nơi cấp
 * CCCD xem ở đâu" (the date sits at the bottom right, beside the fingerprints, under the marks and the barcode).
 * How the date is worded was not found in any text, so both forms are drawn: "Ngày 10 tháng 05 năm 2016" (printed
 * numbers in a pre-printed sentence) and "Ngày, tháng, năm: 10/05/2016".
 */
final class BarcodeBack {
    /** The day the title changed (Thông tư 33/2018/TT-BCA). */
    static final LocalDate NEW_TITLE_FROM = LocalDate.of(2018, 10, 10);

    /** Made-up officers: the card prints the signer's name under the signature. */
    private static final String[] OFFICERS = {"Nguyễn Văn Hòa", "Trần Minh Đức", "Lê Quang Vinh", "Phạm Thanh Sơn",
        "Đỗ Hữu Tường"};
    /** Second marks, for the cards that print two rows of them. */
    private static final String[] SECOND_MARKS = {"Sẹo chấm C:0,5cm trên sau đuôi mắt phải", "Nốt ruồi C:1cm dưới trước cằm trái",
        "Sẹo C:2cm dưới sau cánh mũi phải"};

    private final OtherCards.Painter pt;
    private final Random r;

    BarcodeBack(OtherCards.Painter painter) {
        this.pt = painter;
        this.r = painter.s.r;
    }

    /** The title's rows on a card issued that day. */
    static List<String> title(LocalDate issue) {
        return issue.isBefore(NEW_TITLE_FROM) ? List.of("CỤC TRƯỞNG CỤC CẢNH SÁT", "ĐKQL CƯ TRÚ VÀ DLQG VỀ DÂN CƯ")
                : List.of("CỤC TRƯỞNG CỤC CẢNH SÁT QUẢN LÝ", "HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI");
    }

    void paint() {
        Graphics2D g = pt.g;
        OtherCards.Style s = pt.s;
        CardPerson p = pt.p;
        barcode(g, 36 + r.nextInt(30), 18 + r.nextInt(10), 560 + r.nextInt(200));
        int boxX = 34 + r.nextInt(22);
        int boxW = 126 + r.nextInt(20);
        int boxH = 140 + r.nextInt(16);
        int top = 104 + r.nextInt(16);
        int gap = 36 + r.nextInt(8);
        fingerprint(g, boxX, top, boxW, boxH, "Ngón trỏ trái");
        fingerprint(g, boxX, top + boxH + gap, boxW, boxH, "Ngón trỏ phải");

        int x = boxX + boxW + 34 + r.nextInt(30);
        g.setColor(new Color(30, 30, 60));
        pt.y = top + 22 + r.nextInt(70); // the block sits anywhere from under the barcode to the lower half
        String marksLabel = r.nextInt(3) == 0 ? "Đặc điểm nhân dạng" : "Đặc điểm nhận dạng";
        pt.field(x, s.label(marksLabel, null), p.marks(), s.valueBelow, 0);
        if (r.nextInt(3) == 0) {
            g.setFont(pt.font(Font.BOLD, s.valueSize));
            g.drawString(SECOND_MARKS[r.nextInt(SECOND_MARKS.length)], x, pt.y);
            pt.y += s.rowGap;
        }
        pt.y += r.nextInt(10);
        if (r.nextBoolean()) {
            sentenceDate(g, x, p.issue());
        } else {
            pt.field(x, s.label("Ngày, tháng, năm", null), CardPerson.printed(p.issue()), false, 0);
        }
        signatureBlock(g, x, p.issue());
    }

    /** A stacked two-dimensional barcode: rows of bars between start and stop columns. */
    private void barcode(Graphics2D g, int x0, int y0, int width) {
        int rows = 4 + r.nextInt(3);
        int rowH = 9 + r.nextInt(4);
        g.setColor(new Color(15, 15, 20));
        for (int row = 0; row < rows; row++) {
            int yy = y0 + row * rowH;
            g.fillRect(x0, yy, 8, rowH);
            g.fillRect(x0 + width - 8, yy, 8, rowH);
            for (int xx = x0 + 14; xx < x0 + width - 16; ) {
                int bar = 1 + r.nextInt(4);
                if (r.nextBoolean()) {
                    g.fillRect(xx, yy, bar * 2, rowH);
                }
                xx += bar * 2;
            }
        }
    }

    /** A grey box with ridge arcs, its label underneath. */
    private void fingerprint(Graphics2D g, int x, int y, int w, int h, String label) {
        g.setColor(new Color(226, 226, 222));
        g.fillRoundRect(x, y, w, h, 8, 8);
        g.setColor(new Color(150, 150, 150));
        g.drawRoundRect(x, y, w, h, 8, 8);
        g.setColor(new Color(95, 95, 100));
        g.setStroke(new BasicStroke(1.4f));
        int cx = x + w / 2 + r.nextInt(11) - 5;
        int cy = y + h / 2 + r.nextInt(11) - 5;
        for (int k = 1; k <= 11; k++) {
            int rx = 5 * k;
            int ry = 7 * k;
            if (rx * 2 < w - 6 && ry * 2 < h - 6) {
                g.drawArc(cx - rx, cy - ry, rx * 2, ry * 2, 10 + r.nextInt(30), 300 + r.nextInt(20));
            }
        }
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(30, 30, 60));
        g.setFont(pt.font(Font.PLAIN, pt.s.labelSize - 2));
        int lw = g.getFontMetrics().stringWidth(label);
        g.drawString(label, x + (w - lw) / 2, y + h + 16);
    }

    /** "Ngày 10 tháng 05 năm 2016": the words pre-printed, the numbers printed with the card's data. */
    private void sentenceDate(Graphics2D g, int x, LocalDate d) {
        String[] words = {"Ngày ", " tháng ", " năm "};
        String[] numbers = {String.format("%02d", d.getDayOfMonth()), String.format("%02d", d.getMonthValue()),
            String.valueOf(d.getYear())};
        Font word = pt.font(Font.PLAIN, pt.s.labelSize);
        Font number = pt.font(Font.BOLD, pt.s.valueSize);
        int xx = x;
        for (int i = 0; i < 3; i++) {
            g.setFont(word);
            g.drawString(words[i], xx, pt.y);
            xx += g.getFontMetrics().stringWidth(words[i]);
            g.setFont(number);
            g.drawString(numbers[i], xx, pt.y);
            xx += g.getFontMetrics().stringWidth(numbers[i]);
        }
        pt.y += pt.s.rowGap;
    }

    /** The officer's title, the red seal over the signature's left side, the signature and the officer's name. */
    private void signatureBlock(Graphics2D g, int x, LocalDate issue) {
        int right = pt.s.width - 24;
        int size = 13 + r.nextInt(2);
        g.setFont(pt.font(Font.BOLD, size));
        int ty = pt.y + 4;
        for (String row : title(issue)) {
            int w = g.getFontMetrics().stringWidth(row);
            g.drawString(row, x + Math.max(0, (right - x - w) / 2), ty);
            ty += size + 5;
        }
        int mid = (x + right) / 2;
        int sigY = ty + 28;
        Composite plain = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
        g.setColor(new Color(205, 35, 40));
        g.setStroke(new BasicStroke(2.2f));
        int seal = 78 + r.nextInt(14);
        int sx = mid - 60 - r.nextInt(40); // the seal overlaps the signature's start, as stamps do
        g.drawOval(sx - seal / 2, sigY - seal / 2, seal, seal);
        g.drawOval(sx - seal / 2 + 9, sigY - seal / 2 + 9, seal - 18, seal - 18);
        g.fillPolygon(star(sx, sigY, seal / 5));
        g.setComposite(plain);
        g.setColor(new Color(25, 35, 110));
        g.setStroke(new BasicStroke(1.6f));
        Path2D.Double sig = new Path2D.Double();
        double px = mid - 50;
        sig.moveTo(px, sigY + 6);
        for (int i = 0; i < 6; i++) {
            sig.quadTo(px + 10, sigY - 16 + r.nextInt(10), px + 18, sigY + r.nextInt(12));
            px += 18;
        }
        g.draw(sig);
        g.setStroke(new BasicStroke(1f));
        g.setColor(new Color(30, 30, 60));
        g.setFont(pt.font(Font.BOLD, size + 2));
        String name = OFFICERS[r.nextInt(OFFICERS.length)];
        g.drawString(name, mid - g.getFontMetrics().stringWidth(name) / 2, sigY + 46);
    }

    private static java.awt.Polygon star(int cx, int cy, int radius) {
        java.awt.Polygon star = new java.awt.Polygon();
        for (int i = 0; i < 10; i++) {
            double a = Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? radius : radius * 0.4;
            star.addPoint((int) Math.round(cx + rr * Math.cos(a)), (int) Math.round(cy - rr * Math.sin(a)));
        }
        return star;
    }
}
