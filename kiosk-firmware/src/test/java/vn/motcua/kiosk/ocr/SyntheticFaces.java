package vn.motcua.kiosk.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Random;

/**
 * The tuning generator's other faces: the 2016 CCCD front, the 2024 Căn cước front, and the 2021 and 2024
 * backs with their MRZ, drawn at the positions of {@code layouts/*.json} in DejaVu faces (the 2021 front is
 * {@link SyntheticCards}). The bench's second generator draws the same people its own way.
 */
public final class SyntheticFaces {
    private SyntheticFaces() {
    }

    /** A third of A's cards lie on a light bed ({@link LightBed}); the others as they were drawn before it. */
    public static SyntheticCards.Card make(long seed, SyntheticCards.Quality quality, CardModel model, CardSide side) {
        return make(seed, quality, model, side, "DejaVu Sans Mono", LightBed.forCard(seed, model.ordinal() * 2 + side.ordinal()));
    }

    /** The same card with its MRZ in another monospaced face (the bench's harsher tuning set draws backs so). */
    public static SyntheticCards.Card make(long seed, SyntheticCards.Quality quality, CardModel model, CardSide side,
            String mrzFont) {
        return make(seed, quality, model, side, mrzFont, null);
    }

    private static SyntheticCards.Card make(long seed, SyntheticCards.Quality quality, CardModel model, CardSide side,
            String mrzFont, LightBed bed) {
        if (model == CardModel.CCCD_2021 && side == CardSide.FRONT) {
            return SyntheticCards.make(seed, quality, bed);
        }
        Random r = new Random(seed * 31 + model.ordinal() * 2 + side.ordinal());
        CardPerson p = CardPerson.of(seed, model, CardPerson.NewPlaces.LIST);
        String font = SyntheticCards.FONTS[r.nextInt(SyntheticCards.FONTS.length)];
        double scale = quality == SyntheticCards.Quality.CLEAN ? 0.9 + r.nextDouble() * 0.3 : 0.8 + r.nextDouble() * 0.25;
        int w = (int) Math.round(1000 * scale);
        int h = (int) Math.round(630 * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            SyntheticCards.background(g, scale);
            g.setColor(new Color(25, 25, 30));
            if (side == CardSide.FRONT) {
                front(g, p, model, font);
            } else {
                back(g, p, model, font, mrzFont, r);
            }
        } finally {
            g.dispose();
        }
        if (quality == SyntheticCards.Quality.DEGRADED) {
            img = SyntheticCards.degrade(img, r, bed);
        } else if (bed != null) {
            img = bed.lay(img);
        }
        String id = String.format("%s-%s-%s-%d-%s", quality.name().toLowerCase(Locale.ROOT), model.name().toLowerCase(Locale.ROOT),
                side.name().toLowerCase(Locale.ROOT), seed, font.replace(' ', '_'));
        return new SyntheticCards.Card(id, p.fields(model, side), img);
    }

    private static void front(Graphics2D g, CardPerson p, CardModel model, String font) {
        boolean en = model != CardModel.CCCD_2016;
        g.setColor(new Color(200, 40, 40));
        g.fillOval(60, 30, 110, 110);
        g.setColor(new Color(150, 160, 175));
        g.fillRect(45, 210, 170, 225);
        g.setColor(new Color(25, 25, 30));
        g.setFont(new Font(font, Font.BOLD, 23));
        centre(g, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 620, 50);
        if (en) {
            g.setFont(new Font(font, Font.PLAIN, 17));
            centre(g, "SOCIALIST REPUBLIC OF VIET NAM", 620, 74);
        }
        g.setFont(new Font(font, Font.BOLD, 21));
        centre(g, "Độc lập - Tự do - Hạnh phúc", 620, 100);
        g.setColor(new Color(170, 20, 20));
        g.setFont(new Font(font, Font.BOLD, 30));
        centre(g, model == CardModel.CAN_CUOC_2024 ? "CĂN CƯỚC" : "CĂN CƯỚC CÔNG DÂN", 620, 160);
        if (en) {
            g.setFont(new Font(font, Font.PLAIN, 18));
            centre(g, "IDENTITY CARD", 620, 185);
        }
        g.setColor(new Color(25, 25, 30));
        Font label = new Font(font, Font.PLAIN, 18);
        Font value = new Font(font, Font.BOLD, 24);
        int x = 255;
        String dob = CardPerson.printed(p.birth());
        if (model == CardModel.CCCD_2016) {
            row(g, label, new Font(font, Font.BOLD, 28), x, 225, "Số: ", p.number());
            row(g, label, new Font(font, Font.BOLD, 26), x, 275, "Họ và tên: ", p.name());
            row(g, label, value, x, 320, "Ngày, tháng, năm sinh: ", dob);
            row(g, label, value, x, 362, "Giới tính: ", p.female() ? "Nữ" : "Nam");
            row(g, label, value, x + 300, 362, "Quốc tịch: ", "Việt Nam");
            int y = wrapped(g, label, value, x, 404, "Quê quán: ", p.origin());
            row(g, label, value, x, Math.max(y, 450), "Nơi thường trú: ", p.residence().get(0));
            g.setFont(value);
            g.drawString(p.residence().get(1), x, Math.max(y, 450) + 38);
            g.setFont(new Font(font, Font.ITALIC, 14));
            g.drawString("Có giá trị đến: " + CardPerson.printed(p.expiry()), 45, 560);
        } else {
            g.setFont(label);
            g.drawString("Số định danh cá nhân / Personal identification number:", x, 235);
            g.setFont(new Font(font, Font.BOLD, 30));
            g.drawString(p.number(), x, 272);
            g.setFont(label);
            g.drawString("Họ, chữ đệm và tên khai sinh / Full name:", x, 315);
            g.setFont(new Font(font, Font.BOLD, 28));
            g.drawString(p.name(), x, 352);
            row(g, label, value, x, 395, "Ngày, tháng, năm sinh / Date of birth: ", dob);
            row(g, label, value, x, 435, "Giới tính / Sex: ", p.female() ? "Nữ" : "Nam");
            row(g, label, value, x + 330, 435, "Quốc tịch / Nationality: ", "Việt Nam");
        }
    }

    private static void back(Graphics2D g, CardPerson p, CardModel model, String font, String mrzFont, Random r) {
        if (model == CardModel.CCCD_2016) {
            back2016(g, p, font, r);
            return;
        }
        g.setColor(new Color(212, 175, 80));
        g.fillRoundRect(60, 40, 120, 95, 16, 16);
        g.setColor(new Color(25, 25, 30));
        Font label = new Font(font, Font.PLAIN, 18);
        Font value = new Font(font, Font.BOLD, 23);
        if (model == CardModel.CCCD_2021) {
            g.setColor(new Color(235, 235, 235));
            g.fillRect(640, 40, 150, 190);
            g.fillRect(810, 40, 150, 190);
            g.setColor(new Color(25, 25, 30));
            g.setFont(new Font(font, Font.PLAIN, 13));
            g.drawString("Ngón trỏ trái / Left index finger", 620, 250);
            g.drawString("Ngón trỏ phải / Right index finger", 790, 270);
            g.setFont(label);
            g.drawString("Đặc điểm nhân dạng / Personal identification:", 200, 70);
            g.setFont(new Font(font, Font.PLAIN, 17));
            g.drawString(p.marks(), 200, 95);
            row(g, label, value, 200, 135, "Ngày, tháng, năm / Date, month, year: ", CardPerson.printed(p.issue()));
            g.setFont(new Font(font, Font.BOLD, 15));
            g.drawString("CỤC TRƯỞNG CỤC CẢNH SÁT", 220, 185);
            g.drawString("QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", 180, 205);
        } else {
            g.setColor(Color.WHITE);
            g.fillRect(790, 25, 180, 180);
            g.setColor(new Color(25, 25, 30));
            for (int i = 0; i < 12; i++) {
                g.fillRect(800 + (i * 37) % 150, 35 + (i * 53) % 150, 14, 14);
            }
            row(g, label, value, 60, 190, "Nơi cư trú / Place of residence:", "");
            g.setFont(value);
            g.drawString(p.residence().get(0), 60, 225);
            g.drawString(p.residence().get(1), 60, 258);
            row(g, label, value, 60, 298, "Nơi đăng ký khai sinh / Place of birth:", "");
            g.setFont(value);
            g.drawString(p.placeOfBirth(), 60, 333);
            row(g, label, value, 60, 375, "Ngày, tháng, năm cấp / Date of issue: ", CardPerson.printed(p.issue()));
            row(g, label, value, 60, 410, "Ngày, tháng, năm hết hạn / Date of expiry: ", CardPerson.printed(p.expiry()));
            g.setFont(new Font(font, Font.BOLD, 15));
            g.drawString("BỘ CÔNG AN", 770, 300);
            g.drawString("MINISTRY OF PUBLIC SECURITY", 700, 320);
        }
        g.setFont(new Font(mrzFont, Font.PLAIN, 40));
        String[] mrz = p.mrz().split("\n");
        for (int i = 0; i < 3; i++) {
            g.drawString(mrz[i], 70, 480 + 52 * i);
        }
    }

    /**
     * The 2016 CCCD's back (Circular 61/2015): Vietnamese only; the identifying marks, the issue date (printed
     * either way the cards show it), the issuer's title (the department's name changed on 10 October 2018),
     * the signature over the red seal, the director's name; the two index-finger boxes; a barcode; no MRZ.
     */
    private static void back2016(Graphics2D g, CardPerson p, String font, Random r) {
        g.setColor(new Color(235, 235, 235));
        g.fillRect(640, 40, 150, 190);
        g.fillRect(810, 40, 150, 190);
        g.setColor(new Color(25, 25, 30));
        for (int x = 660; x < 940; x += 3 + r.nextInt(5)) { // the barcode under the fingerprints
            g.fillRect(x, 300, 1 + r.nextInt(3), 60);
        }
        g.setFont(new Font(font, Font.PLAIN, 15));
        g.drawString("Ngón trỏ trái", 670, 255);
        g.drawString("Ngón trỏ phải", 840, 255);
        Font label = new Font(font, Font.PLAIN, 18);
        Font value = new Font(font, Font.BOLD, 22);
        String[] marks = p.marks().split(" ");
        int split = r.nextBoolean() ? marks.length : 2 + r.nextInt(marks.length - 2);
        row(g, label, new Font(font, Font.PLAIN, 17), 60, 75, "Đặc điểm nhận dạng: ",
                String.join(" ", java.util.Arrays.copyOfRange(marks, 0, split)));
        g.drawString(String.join(" ", java.util.Arrays.copyOfRange(marks, split, marks.length)), 60, 103);
        java.time.LocalDate d = p.issue();
        if (r.nextBoolean()) {
            row(g, label, value, 120, 165, "Ngày, tháng, năm: ", CardPerson.printed(d));
        } else {
            g.setFont(new Font(font, Font.ITALIC, 20));
            g.drawString(String.format("Ngày %02d tháng %02d năm %d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()),
                    150, 165);
        }
        g.setFont(new Font(font, Font.BOLD, 16));
        centre(g, "CỤC TRƯỞNG CỤC CẢNH SÁT", 330, 210);
        centre(g, d.isBefore(java.time.LocalDate.of(2018, 10, 10)) ? "ĐKQL CƯ TRÚ VÀ DLQG VỀ DÂN CƯ"
                : "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", 330, 232);
        g.setColor(new Color(200, 40, 40));
        g.setStroke(new java.awt.BasicStroke(3f));
        g.drawOval(200, 240, 110, 110);
        g.setColor(new Color(30, 40, 120));
        g.drawPolyline(new int[]{280, 310, 340, 370, 400}, new int[]{320, 270, 330, 280, 310}, 5);
        g.setColor(new Color(25, 25, 30));
        g.setFont(new Font(font, Font.BOLD, 19));
        centre(g, new String[]{"Lê Minh Hải", "Phạm Quốc Thịnh", "Đỗ Văn Khang"}[r.nextInt(3)], 330, 390);
    }

    private static void row(Graphics2D g, Font label, Font value, int x, int y, String l, String v) {
        g.setFont(label);
        g.drawString(l, x, y);
        int lw = g.getFontMetrics().stringWidth(l);
        g.setFont(value);
        g.drawString(v, x + lw, y);
    }

    /** A value too long for the row goes on at the next row's start, cut after a comma, as the card does. */
    private static int wrapped(Graphics2D g, Font label, Font value, int x, int y, String l, String v) {
        g.setFont(label);
        int lw = g.getFontMetrics().stringWidth(l);
        g.setFont(value);
        if (x + lw + g.getFontMetrics().stringWidth(v) < 980 || !v.contains(", ")) {
            row(g, label, value, x, y, l, v);
            return y + 46;
        }
        int cut = v.lastIndexOf(", ");
        while (cut > 0 && x + lw + g.getFontMetrics().stringWidth(v.substring(0, cut + 1)) >= 980) {
            cut = v.lastIndexOf(", ", cut - 1);
        }
        row(g, label, value, x, y, l, v.substring(0, Math.max(cut, 0) + 1));
        g.setFont(value);
        g.drawString(v.substring(Math.max(cut, 0) + 1).strip(), x, y + 36);
        return y + 82;
    }

    private static void centre(Graphics2D g, String s, int cx, int y) {
        g.drawString(s, cx - g.getFontMetrics().stringWidth(s) / 2, y);
    }
}
