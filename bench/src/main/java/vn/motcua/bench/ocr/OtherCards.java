package vn.motcua.bench.ocr;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import vn.motcua.kiosk.ocr.CardModel;
import vn.motcua.kiosk.ocr.CardPerson;
import vn.motcua.kiosk.ocr.CardSide;

/**
 * The second card generator, which the OCR was never tuned on: its own card size and proportions, text
 * column, row spacing, label wording (case, slashes, colons, value beside or below its label), fonts
 * (Liberation, Noto, FreeFont and DejaVu, whichever can draw Vietnamese), backgrounds (waves, dots,
 * radial tint), and photographed: tilt up to ±3°, a keystone (perspective) of up to 4 %, a glare spot,
 * blur, noise and JPEG compression.
 */
public final class OtherCards {
    private static final List<String> FONTS = vietnameseFonts("Liberation Sans", "Liberation Serif", "Noto Sans",
            "Noto Serif", "FreeSans", "FreeSerif", "DejaVu Sans", "DejaVu Serif");
    private static final List<String> MONO = vietnameseFonts("Liberation Mono", "FreeMono", "DejaVu Sans Mono");

    /** One card: what it prints and its picture. */
    public record Card(String id, java.util.Map<String, String> fields, BufferedImage image) {
    }

    private OtherCards() {
    }

    static List<String> fonts() {
        return FONTS;
    }

    private static List<String> vietnameseFonts(String... families) {
        List<String> out = new ArrayList<>();
        for (String f : families) {
            Font font = new Font(f, Font.PLAIN, 12);
            if (font.getFamily(Locale.ROOT).equalsIgnoreCase(f) && font.canDisplayUpTo("ỄỮẶỲĐƯƠ ễữặỳđươ") < 0) {
                out.add(f);
            }
        }
        return out.isEmpty() ? List.of("DejaVu Sans") : out;
    }

    public static Card make(long seed, boolean degraded, CardModel model, CardSide side) {
        Random r = new Random(seed ^ 0x5DEECE66DL ^ ((long) model.ordinal() << 40) ^ ((long) side.ordinal() << 48));
        CardPerson p = CardPerson.of(seed, model);
        String font = FONTS.get(r.nextInt(FONTS.size()));
        Style s = new Style(r, font, model);
        BufferedImage img = new Painter(s, p, model, side).paint();
        if (degraded) {
            img = photograph(img, r);
        }
        String id = String.format("%s-%s-%s-%d-%s", degraded ? "degraded" : "clean", model.name().toLowerCase(Locale.ROOT),
                side.name().toLowerCase(Locale.ROOT), seed, font.replace(' ', '_'));
        return new Card(id, p.fields(model, side), img);
    }

    /** The drawing choices of one card. */
    static final class Style {
        final Random r;
        final String font;
        final double scale;
        final int width = 860;
        final int height = 540;
        final int textX;
        final int labelSize;
        final int valueSize;
        final int rowGap;
        final boolean upperLabels;
        final boolean tightSlash;
        final boolean colon;
        final boolean valueBelow;
        final int background;

        Style(Random r, String font, CardModel model) {
            this.r = r;
            this.font = font;
            this.scale = 1.0 + r.nextDouble() * 0.5;
            this.textX = 235 + r.nextInt(50);
            this.labelSize = 14 + r.nextInt(3);
            this.valueSize = 19 + r.nextInt(4);
            this.rowGap = 33 + r.nextInt(6);
            this.upperLabels = r.nextInt(4) == 0;
            this.tightSlash = r.nextBoolean();
            this.colon = r.nextInt(3) > 0;
            this.valueBelow = r.nextBoolean();
            this.background = r.nextInt(3);
        }

        String label(String vi, String en) {
            String l = en == null ? vi : vi + (tightSlash ? "/" : " / ") + en;
            l = upperLabels ? l.toUpperCase(new Locale("vi")) : l;
            return colon ? l + ":" : l;
        }
    }

    /** Draws one face (the 2016 back through {@link BarcodeBack}, which writes with its fonts and rows). */
    static final class Painter {
        final Style s;
        final CardPerson p;
        private final CardModel model;
        private final CardSide side;
        Graphics2D g;
        int y;

        Painter(Style s, CardPerson p, CardModel model, CardSide side) {
            this.s = s;
            this.p = p;
            this.model = model;
            this.side = side;
        }

        BufferedImage paint() {
            int w = (int) Math.round(s.width * s.scale);
            int h = (int) Math.round(s.height * s.scale);
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            g = img.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.scale(s.scale, s.scale);
                background();
                if (side == CardSide.FRONT) {
                    front();
                } else {
                    back();
                }
            } finally {
                g.dispose();
            }
            return img;
        }

        private void background() {
            Color base = switch (s.background) {
                case 0 -> new Color(238, 236, 214);
                case 1 -> new Color(222, 236, 244);
                default -> new Color(242, 232, 226);
            };
            g.setColor(base);
            g.fillRect(0, 0, s.width, s.height);
            g.setStroke(new BasicStroke(1.2f));
            g.setColor(new Color(base.getRed() - 28, base.getGreen() - 22, base.getBlue() - 18));
            if (s.background == 0) {
                for (int k = 0; k < s.height; k += 14) {
                    int prevX = 0;
                    int prevY = k;
                    for (int x = 8; x <= s.width; x += 8) {
                        int yy = k + (int) (5 * Math.sin((x + k * 3) / 37.0));
                        g.drawLine(prevX, prevY, x, yy);
                        prevX = x;
                        prevY = yy;
                    }
                }
            } else if (s.background == 1) {
                for (int i = 0; i < 2500; i++) {
                    g.fillOval(s.r.nextInt(s.width), s.r.nextInt(s.height), 2, 2);
                }
            } else {
                g.setPaint(new RadialGradientPaint(s.width * 0.6f, s.height * 0.5f, s.width * 0.5f,
                        new float[]{0f, 1f}, new Color[]{new Color(250, 214, 200), base}));
                g.fillRect(0, 0, s.width, s.height);
            }
            g.setColor(new Color(30, 30, 60));
        }

        Font font(int style, int size) {
            return new Font(s.font, style, size);
        }

        private void centred(String text, int style, int size, int cy) {
            g.setFont(font(style, size));
            int cx = (s.textX + s.width) / 2;
            g.drawString(text, cx - g.getFontMetrics().stringWidth(text) / 2, cy);
        }

        private void front() {
            g.setColor(new Color(186, 30, 36));
            g.fillOval(40, 24, 92, 92);
            g.setColor(new Color(120, 128, 140));
            int photoTop = 170 + s.r.nextInt(30);
            g.fillRoundRect(36, photoTop, 150, 200, 10, 10);
            g.setColor(new Color(30, 30, 60));
            boolean en = model != CardModel.CCCD_2016;
            centred("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Font.BOLD, 19, 40);
            if (en) {
                centred("SOCIALIST REPUBLIC OF VIET NAM", Font.PLAIN, 14, 60);
            }
            centred("Độc lập - Tự do - Hạnh phúc", Font.BOLD, 17, 83);
            g.setColor(new Color(160, 24, 30));
            centred(model == CardModel.CAN_CUOC_2024 ? "CĂN CƯỚC" : "CĂN CƯỚC CÔNG DÂN", Font.BOLD, 25, 120);
            if (en) {
                centred(model == CardModel.CAN_CUOC_2024 ? "IDENTITY CARD" : "Citizen Identity Card", Font.PLAIN, 15, 140);
            }
            g.setColor(new Color(30, 30, 60));
            y = 175 + s.r.nextInt(10);
            String dob = CardPerson.printed(p.birth());
            switch (model) {
                case CCCD_2016 -> {
                    field(s.label("Số", null), p.number(), false, 4);
                    field(s.label("Họ và tên", null), p.name(), s.valueBelow, 2);
                    field(s.label("Ngày, tháng, năm sinh", null), dob, false, 0);
                    pair(s.label("Giới tính", null), p.female() ? "Nữ" : "Nam", s.label("Quốc tịch", null), "Việt Nam");
                    field(s.label("Quê quán", null), p.origin(), s.valueBelow, 0);
                    field(s.label("Nơi thường trú", null), String.join(", ", p.residence()), false, 0);
                }
                case CCCD_2021 -> {
                    field(s.label("Số", "No."), p.number(), false, 4);
                    field(s.label("Họ và tên", "Full name"), p.name(), true, 2);
                    field(s.label("Ngày sinh", "Date of birth"), dob, false, 0);
                    pair(s.label("Giới tính", "Sex"), p.female() ? "Nữ" : "Nam", s.label("Quốc tịch", "Nationality"),
                            "Việt Nam");
                    field(s.label("Quê quán", "Place of origin"), p.origin(), s.valueBelow, 0);
                    field(s.label("Nơi thường trú", "Place of residence"), String.join(", ", p.residence()), false, 0);
                }
                default -> {
                    field(s.label("Số định danh cá nhân", "Personal identification number"), p.number(), true, 4);
                    field(s.label("Họ, chữ đệm và tên khai sinh", "Full name"), p.name(), true, 2);
                    field(s.label("Ngày, tháng, năm sinh", "Date of birth"), dob, s.valueBelow, 0);
                    if (s.r.nextBoolean()) {
                        pair(s.label("Giới tính", "Sex"), p.female() ? "Nữ" : "Nam", s.label("Quốc tịch", "Nationality"),
                                "Việt Nam");
                    } else {
                        field(s.label("Giới tính", "Sex"), p.female() ? "Nữ" : "Nam", false, 0);
                        field(s.label("Quốc tịch", "Nationality"), "Việt Nam", false, 0);
                    }
                }
            }
            if (model != CardModel.CAN_CUOC_2024) {
                g.setFont(font(Font.ITALIC, 12));
                g.drawString((en ? "Có giá trị đến / Date of expiry: " : "Có giá trị đến: ")
                        + CardPerson.printed(p.expiry()), 30, photoTop + 225);
            }
        }

        private void back() {
            if (model == CardModel.CCCD_2016) { // no chip, no MRZ: a barcode, fingerprints, marks and the issue date
                new BarcodeBack(this).paint();
                return;
            }
            g.setColor(new Color(205, 170, 90));
            g.fillRoundRect(36 + s.r.nextInt(20), 28, 100, 80, 12, 12);
            g.setColor(new Color(30, 30, 60));
            int x = s.textX - 150;
            if (model == CardModel.CCCD_2021) {
                g.setColor(new Color(228, 228, 228));
                g.fillRect(560, 30, 130, 160);
                g.fillRect(705, 30, 130, 160);
                g.setColor(new Color(30, 30, 60));
                g.setFont(font(Font.PLAIN, 11));
                g.drawString("Ngón trỏ trái / Left index finger", 555, 205);
                g.drawString("Ngón trỏ phải / Right index finger", 700, 222);
                y = 60;
                field(x, s.label("Đặc điểm nhân dạng", "Personal identification"), p.marks(), true, 0);
                field(x, s.label("Ngày, tháng, năm", "Date, month, year"), CardPerson.printed(p.issue()), false, 0);
                g.setFont(font(Font.BOLD, 13));
                g.drawString("CỤC TRƯỞNG CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH", x, y + 10);
                g.drawString("VỀ TRẬT TỰ XÃ HỘI", x + 90, y + 28);
            } else {
                g.setColor(Color.WHITE);
                g.fillRect(690, 20, 150, 150);
                g.setColor(new Color(20, 20, 20));
                for (int i = 0; i < 40; i++) {
                    g.fillRect(696 + s.r.nextInt(13) * 11, 26 + s.r.nextInt(13) * 11, 11, 11);
                }
                y = 195 + s.r.nextInt(12);
                x = 40 + s.r.nextInt(20);
                field(x, s.label("Nơi cư trú", "Place of residence"), String.join(", ", p.residence()), s.valueBelow, 0);
                field(x, s.label("Nơi đăng ký khai sinh", "Place of birth"), p.placeOfBirth(), s.valueBelow, 0);
                field(x, s.label("Ngày, tháng, năm cấp", "Date of issue"), CardPerson.printed(p.issue()), false, 0);
                field(x, s.label("Ngày, tháng, năm hết hạn", "Date of expiry"), CardPerson.printed(p.expiry()), false, 0);
                g.setFont(font(Font.BOLD, 13));
                g.drawString("BỘ CÔNG AN", 660, 250);
                g.drawString("MINISTRY OF PUBLIC SECURITY", 610, 266);
            }
            g.setFont(new Font(MONO.get(s.r.nextInt(MONO.size())), Font.PLAIN, 33));
            String[] mrz = p.mrz().split("\n");
            int top = 405;
            for (int i = 0; i < 3; i++) {
                g.drawString(mrz[i], 50, top + 44 * i);
            }
        }

        private void field(String label, String value, boolean below, int bigger) {
            field(s.textX, label, value, below, bigger);
        }

        /** A label and its value, beside it or on the rows below, wrapped after a comma at the card's edge. */
        void field(int x, String label, String value, boolean below, int bigger) {
            g.setFont(font(Font.PLAIN, s.labelSize));
            g.drawString(label, x, y);
            int vx = below ? x : x + g.getFontMetrics().stringWidth(label + " ");
            if (below) {
                y += s.rowGap - 6;
            }
            Font vf = font(Font.BOLD, s.valueSize + bigger);
            g.setFont(vf);
            List<String> rows = wrap(value, s.width - 20 - vx, s.width - 20 - x);
            for (int i = 0; i < rows.size(); i++) {
                g.drawString(rows.get(i), i == 0 ? vx : x, y);
                y += s.rowGap;
            }
        }

        private List<String> wrap(String value, int firstWidth, int width) {
            List<String> rows = new ArrayList<>();
            List<String> parts = new ArrayList<>(Arrays.asList(value.split("(?<=,) ")));
            StringBuilder row = new StringBuilder();
            for (String part : parts) {
                String candidate = row.isEmpty() ? part : row + " " + part;
                int limit = rows.isEmpty() ? firstWidth : width;
                if (!row.isEmpty() && g.getFontMetrics().stringWidth(candidate) > limit) {
                    rows.add(row.toString());
                    row = new StringBuilder(part);
                } else {
                    row = new StringBuilder(candidate);
                }
            }
            rows.add(row.toString());
            return rows;
        }

        private void pair(String l1, String v1, String l2, String v2) {
            g.setFont(font(Font.PLAIN, s.labelSize));
            int x = s.textX;
            g.drawString(l1, x, y);
            x += g.getFontMetrics().stringWidth(l1 + " ");
            g.setFont(font(Font.BOLD, s.valueSize));
            g.drawString(v1, x, y);
            x += g.getFontMetrics().stringWidth(v1) + 60;
            g.setFont(font(Font.PLAIN, s.labelSize));
            g.drawString(l2, x, y);
            x += g.getFontMetrics().stringWidth(l2 + " ");
            g.setFont(font(Font.BOLD, s.valueSize));
            g.drawString(v2, x, y);
            y += s.rowGap;
        }
    }

    /** A phone photo: tilt, keystone, a glare spot, blur, noise, JPEG. */
    static BufferedImage photograph(BufferedImage src, Random r) {
        int w = src.getWidth();
        int h = src.getHeight();
        double k = r.nextDouble() * 0.04;
        BufferedImage keystone = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int yy = 0; yy < h; yy++) {
            double f = 1 - k * yy / h;
            for (int xx = 0; xx < w; xx++) {
                int sx = (int) Math.round(w / 2.0 + (xx - w / 2.0) / f);
                keystone.setRGB(xx, yy, sx >= 0 && sx < w ? src.getRGB(sx, yy) : 0x3C3C44);
            }
        }
        int pad = (int) (Math.max(w, h) * 0.07);
        BufferedImage out = new BufferedImage(w + 2 * pad, h + 2 * pad, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(new Color(60, 60, 68));
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform t = new AffineTransform();
            t.translate(pad, pad);
            t.rotate(Math.toRadians((r.nextDouble() * 2 - 1) * 3), w / 2.0, h / 2.0);
            g.drawImage(keystone, t, null);
            float gx = pad + (float) (r.nextDouble() * w);
            float gy = pad + (float) (r.nextDouble() * h);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.35f + (float) r.nextDouble() * 0.2f));
            g.setPaint(new RadialGradientPaint(gx, gy, w * 0.18f, new float[]{0f, 1f},
                    new Color[]{new Color(255, 255, 255, 255), new Color(255, 255, 255, 0)}));
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
        } finally {
            g.dispose();
        }
        float[] kernel = new float[9];
        Arrays.fill(kernel, 1f / 9);
        BufferedImage blurred = new ConvolveOp(new Kernel(3, 3, kernel), ConvolveOp.EDGE_NO_OP, null).filter(out,
                new BufferedImage(out.getWidth(), out.getHeight(), BufferedImage.TYPE_INT_RGB));
        double sigma = 3 + r.nextDouble() * 5;
        for (int yy = 0; yy < blurred.getHeight(); yy++) {
            for (int xx = 0; xx < blurred.getWidth(); xx++) {
                int rgb = blurred.getRGB(xx, yy);
                int n = (int) Math.round(r.nextGaussian() * sigma);
                blurred.setRGB(xx, yy, (clamp(((rgb >> 16) & 0xFF) + n) << 16) | (clamp(((rgb >> 8) & 0xFF) + n) << 8)
                        | clamp((rgb & 0xFF) + n));
            }
        }
        return jpeg(blurred, 0.7f);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** The image as a JPEG at that quality would decode (generator C compresses its photos the same way). */
    static BufferedImage jpeg(BufferedImage img, float quality) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (var out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(img, null, null), param);
            }
            writer.dispose();
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
