package vn.motcua.kiosk.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes fronts of chip ID cards (CCCD, 2021 layout) from made-up people, for measuring the OCR without
 * anyone's real card. Layout after the published specimen: header, photo on the left, bilingual labels,
 * name on its own line, residence over two lines. Everything is drawn from a seed, so a failing image can
 * be made again from its name.
 */
public final class SyntheticCards {
    static final String[] FONTS = {"DejaVu Sans", "DejaVu Serif", "DejaVu Sans Condensed", "DejaVu Serif Condensed",
            "DejaVu Sans Light"};

    private static final String[] SURNAMES = {"NGUYỄN", "TRẦN", "LÊ", "PHẠM", "HOÀNG", "HUỲNH", "PHAN", "VŨ", "VÕ",
            "ĐẶNG", "BÙI", "ĐỖ", "HỒ", "NGÔ", "DƯƠNG", "LÝ", "TRỊNH", "ĐINH", "LƯƠNG", "TẠ"};
    private static final String[] MIDDLE = {"VĂN", "THỊ", "HỮU", "ĐỨC", "MINH", "THANH", "NGỌC", "QUỐC", "XUÂN", "THU",
            "KHÁNH", "GIA", "BẢO", "HOÀI", "TUẤN"};
    private static final String[] GIVEN = {"AN", "BÌNH", "CƯỜNG", "DŨNG", "GIANG", "HÀ", "HẢI", "HẠNH", "HIẾU", "HOA",
            "HƯƠNG", "HUY", "KHOA", "LAN", "LINH", "LONG", "MAI", "NAM", "NGA", "NGHĨA", "NHUNG", "PHÚC", "PHƯƠNG",
            "QUANG", "QUỲNH", "SƠN", "TÂM", "THẢO", "THẮNG", "THỦY", "TIẾN", "TRANG", "TRUNG", "TÚ", "VIỆT", "YẾN",
            "ĐẠT", "ÁNH", "HUỆ", "LỰC"};
    /** province code, province name as written on cards, districts, communes. */
    private static final Object[][] PLACES = {
            {"001", "Hà Nội", new String[]{"Quận Ba Đình", "Quận Đống Đa", "Huyện Sóc Sơn", "Quận Hoàn Kiếm"},
                    new String[]{"Phường Kim Mã", "Phường Láng Hạ", "Xã Phù Linh", "Phường Hàng Bạc"}},
            {"079", "Hồ Chí Minh", new String[]{"Quận 1", "Quận Gò Vấp", "Huyện Củ Chi", "Quận Bình Thạnh"},
                    new String[]{"Phường Bến Nghé", "Phường 17", "Xã Tân Thạnh Đông", "Phường 25"}},
            {"027", "Bắc Ninh", new String[]{"Huyện Tiên Du", "Thị xã Từ Sơn", "Huyện Quế Võ", "Thành phố Bắc Ninh"},
                    new String[]{"Xã Phật Tích", "Phường Đồng Kỵ", "Xã Việt Hùng", "Phường Suối Hoa"}},
            {"038", "Thanh Hóa", new String[]{"Huyện Hoằng Hóa", "Huyện Nga Sơn", "Thành phố Sầm Sơn"},
                    new String[]{"Xã Hoằng Lộc", "Xã Nga Điền", "Phường Trường Sơn"}},
            {"048", "Đà Nẵng", new String[]{"Quận Hải Châu", "Quận Sơn Trà", "Huyện Hòa Vang"},
                    new String[]{"Phường Thạch Thang", "Phường An Hải Bắc", "Xã Hòa Phước"}},
            {"092", "Cần Thơ", new String[]{"Quận Ninh Kiều", "Huyện Phong Điền", "Quận Cái Răng"},
                    new String[]{"Phường Tân An", "Xã Nhơn Ái", "Phường Lê Bình"}},
            {"036", "Nam Định", new String[]{"Huyện Hải Hậu", "Huyện Giao Thủy", "Huyện Ý Yên"},
                    new String[]{"Xã Hải Quang", "Thị trấn Ngô Đồng", "Xã Yên Khánh"}},
            {"040", "Nghệ An", new String[]{"Huyện Nghi Lộc", "Thành phố Vinh", "Huyện Quỳnh Lưu"},
                    new String[]{"Xã Nghi Thạch", "Phường Hưng Dũng", "Xã Quỳnh Đôi"}},
    };
    private static final String[] STREETS = {"Thôn Đông", "Xóm 3", "Số 12 ngõ 45", "Tổ 7", "Số 208", "Ấp Mỹ Hòa",
            "Số 5 Kiệt 14", "Khu phố 2"};

    /** How hard a card is to read. */
    public enum Quality { CLEAN, DEGRADED }

    /** One made-up card: what is printed on it and the image. */
    public record Card(String id, Map<String, String> fields, BufferedImage image) {
    }

    private SyntheticCards() {
    }

    /** The expected fields, in the ocr-id JSON's order and formats. */
    public static Card make(long seed, Quality quality) {
        return make(seed, quality, null);
    }

    /** The same card, laid on a light bed when {@code bed} is not null. */
    public static Card make(long seed, Quality quality, LightBed bed) {
        Random r = new Random(seed);
        boolean female = r.nextBoolean();
        LocalDate birth = LocalDate.of(1940 + r.nextInt(66), 1 + r.nextInt(12), 1 + r.nextInt(28));
        Object[] born = PLACES[r.nextInt(PLACES.length)];
        Object[] lives = PLACES[r.nextInt(PLACES.length)];
        int centuryDigit = (birth.getYear() / 100 - 19) * 2 + (female ? 1 : 0);
        String number = born[0] + String.valueOf(centuryDigit) + String.format("%02d", birth.getYear() % 100)
                + String.format("%06d", r.nextInt(1_000_000));
        String middle = female && r.nextInt(3) > 0 ? "THỊ" : pick(r, MIDDLE);
        String name = pick(r, SURNAMES) + " " + middle + (r.nextInt(4) == 0 ? " " + pick(r, MIDDLE) : "") + " "
                + pick(r, GIVEN);
        String origin = pick(r, (String[]) born[3]) + ", " + pick(r, (String[]) born[2]) + ", " + province(born);
        String street = pick(r, STREETS);
        String residenceLine1 = street + ", " + pick(r, (String[]) lives[3]);
        String residenceLine2 = pick(r, (String[]) lives[2]) + ", " + province(lives);

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("number", number);
        fields.put("name", name);
        fields.put("dateOfBirth", birth.toString());
        fields.put("sex", female ? "Nữ" : "Nam");
        fields.put("nationality", "Việt Nam");
        fields.put("placeOfOrigin", origin);
        fields.put("placeOfResidence", residenceLine1 + ", " + residenceLine2);

        String font = FONTS[r.nextInt(FONTS.length)];
        double scale = quality == Quality.CLEAN ? 0.9 + r.nextDouble() * 0.3 : 0.8 + r.nextDouble() * 0.25;
        BufferedImage image = draw(fields, residenceLine1, residenceLine2, font, scale, r);
        if (quality == Quality.DEGRADED) {
            image = degrade(image, r, bed);
        } else if (bed != null) {
            image = bed.lay(image);
        }
        String id = String.format("%s-%d-%s", quality.name().toLowerCase(java.util.Locale.ROOT), seed,
                font.replace(' ', '_'));
        return new Card(id, fields, image);
    }

    private static String province(Object[] place) {
        String n = (String) place[1];
        return n.equals("Hà Nội") || n.equals("Hồ Chí Minh") || n.equals("Đà Nẵng") || n.equals("Cần Thơ")
                ? "Thành phố " + n : "Tỉnh " + n;
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static BufferedImage draw(Map<String, String> f, String res1, String res2, String fontName, double scale,
                                      Random r) {
        int w = (int) Math.round(1000 * scale);
        int h = (int) Math.round(630 * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            background(g, scale);
            // emblem and photo: shapes where the real card has pictures, so the reader must ignore them
            g.setColor(new Color(200, 40, 40));
            g.fillOval(60, 30, 110, 110);
            g.setColor(new Color(240, 200, 60));
            g.fillOval(95, 65, 40, 40);
            g.setColor(new Color(150, 160, 175));
            g.fillRect(45, 210, 170, 225);
            g.setColor(new Color(110, 115, 125));
            g.fillOval(90, 240, 80, 95);
            g.fillRoundRect(70, 335, 120, 100, 40, 40);

            Color ink = new Color(25, 25, 30);
            g.setColor(ink);
            g.setFont(new Font(fontName, Font.BOLD, 23));
            centre(g, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 620, 50);
            g.setFont(new Font(fontName, Font.PLAIN, 17));
            centre(g, "SOCIALIST REPUBLIC OF VIET NAM", 620, 74);
            g.setFont(new Font(fontName, Font.BOLD, 21));
            centre(g, "Độc lập - Tự do - Hạnh phúc", 620, 100);
            g.setFont(new Font(fontName, Font.PLAIN, 16));
            centre(g, "Independence - Freedom - Happiness", 620, 122);
            g.setColor(new Color(170, 20, 20));
            g.setFont(new Font(fontName, Font.BOLD, 30));
            centre(g, "CĂN CƯỚC CÔNG DÂN", 620, 165);
            g.setFont(new Font(fontName, Font.PLAIN, 18));
            centre(g, "Citizen Identity Card", 620, 190);

            int x = 255;
            Font label = new Font(fontName, Font.PLAIN, 19);
            Font value = new Font(fontName, Font.BOLD, 24);
            g.setColor(ink);
            labelValue(g, label, value, x, 235, "Số / No.: ", f.get("number"), new Color(20, 20, 20));
            g.setFont(label);
            g.drawString("Họ và tên / Full name:", x, 275);
            g.setFont(new Font(fontName, Font.BOLD, 28));
            g.drawString(f.get("name"), x, 312);
            LocalDate dob = LocalDate.parse(f.get("dateOfBirth"));
            labelValue(g, label, value, x, 350, "Ngày sinh / Date of birth: ",
                    String.format("%02d/%02d/%04d", dob.getDayOfMonth(), dob.getMonthValue(), dob.getYear()), ink);
            labelValue(g, label, value, x, 388, "Giới tính / Sex: ", f.get("sex"), ink);
            labelValue(g, label, value, x + 330, 388, "Quốc tịch / Nationality: ", f.get("nationality"), ink);
            g.setFont(label);
            g.drawString("Quê quán / Place of origin:", x, 426);
            g.setFont(value);
            g.drawString(f.get("placeOfOrigin"), x, 460);
            labelValue(g, label, value, x, 498, "Nơi thường trú / Place of residence: ", res1, ink);
            g.setFont(value);
            g.drawString(res2, x, 532);
            g.setFont(new Font(fontName, Font.ITALIC, 14));
            g.drawString("Có giá trị đến: " + String.format("%02d/%02d/%04d", 1 + r.nextInt(28), 1 + r.nextInt(12),
                    2030 + r.nextInt(30)), 45, 470);
            g.drawString("Date of expiry", 45, 490);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** Antialiased text at the card's scale on its pale green-blue guilloche: a gradient with faint lines. */
    static void background(Graphics2D g, double scale) {
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.scale(scale, scale);
        g.setPaint(new GradientPaint(0, 0, new Color(232, 243, 238), 1000, 630, new Color(246, 240, 226)));
        g.fillRect(0, 0, 1000, 630);
        g.setColor(new Color(205, 225, 218));
        g.setStroke(new BasicStroke(1f));
        for (int i = -630; i < 1000; i += 18) {
            g.drawLine(i, 630, i + 630, 0);
        }
    }

    private static void labelValue(Graphics2D g, Font label, Font value, int x, int y, String l, String v, Color c) {
        g.setFont(label);
        g.drawString(l, x, y);
        int lw = g.getFontMetrics().stringWidth(l);
        g.setColor(c);
        g.setFont(value);
        g.drawString(v, x + lw, y);
    }

    private static void centre(Graphics2D g, String s, int cx, int y) {
        g.drawString(s, cx - g.getFontMetrics().stringWidth(s) / 2, y);
    }

    /** A phone-camera photo of the card: slight rotation, defocus, sensor noise, uneven light. */
    static BufferedImage degrade(BufferedImage src, Random r) {
        return degrade(src, r, null);
    }

    /** The same photo with the card on a light bed instead of the dark one when {@code bed} is not null. */
    static BufferedImage degrade(BufferedImage src, Random r, LightBed bed) {
        double angle = Math.toRadians((r.nextDouble() * 2 - 1) * 2.0);
        int w = src.getWidth();
        int h = src.getHeight();
        int pad = (int) (Math.max(w, h) * 0.06);
        BufferedImage rotated = new BufferedImage(w + 2 * pad, h + 2 * pad, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rotated.createGraphics();
        try {
            AffineTransform t = new AffineTransform();
            t.translate(pad, pad);
            t.rotate(angle, w / 2.0, h / 2.0);
            LightBed.photo(bed, new Color(90, 90, 95), g, rotated.getWidth(), rotated.getHeight(), src, t);
        } finally {
            g.dispose();
        }
        BufferedImage blurred = blur(rotated, 1);
        double sigma = 4 + r.nextDouble() * 6;
        double light = 0.8 + r.nextDouble() * 0.2;
        for (int y = 0; y < blurred.getHeight(); y++) {
            for (int x = 0; x < blurred.getWidth(); x++) {
                int rgb = blurred.getRGB(x, y);
                double shade = light + (1 - light) * x / blurred.getWidth();
                double n = r.nextGaussian() * sigma;
                int red = clamp(((rgb >> 16) & 0xFF) * shade + n);
                int green = clamp(((rgb >> 8) & 0xFF) * shade + n);
                int blue = clamp((rgb & 0xFF) * shade + n);
                blurred.setRGB(x, y, (red << 16) | (green << 8) | blue);
            }
        }
        return blurred;
    }

    private static BufferedImage blur(BufferedImage src, int radius) {
        int size = radius * 2 + 1;
        float[] k = new float[size * size];
        java.util.Arrays.fill(k, 1f / k.length);
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        return new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(src, out);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    /** Seeds used by the checked-in blackbox cards: distinct people, every font at least once. */
    public static List<Long> blackboxSeeds() {
        return List.of(11L, 12L, 15L, 17L, 26L, 33L);
    }
}
