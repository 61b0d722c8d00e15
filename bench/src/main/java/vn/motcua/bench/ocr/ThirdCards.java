package vn.motcua.bench.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.motcua.kiosk.idcard.CardValidity;
import vn.motcua.kiosk.ocr.CardModel;
import vn.motcua.kiosk.ocr.CardPerson;
import vn.motcua.kiosk.ocr.CardSide;

/**
 * Generator C, a second tuning set for the fronts beside A, drawn so that what is tuned on it is not A's
 * layout: its own people (family and given names outside A's lists, places drawn from the statistics
 * office's list of communes and districts), Noto Display, FreeSans and condensed DejaVu faces with labels
 * and values in different families, the text column anywhere between a quarter and a third of the card,
 * each label's wording, case, abbreviation and punctuation varied, bilingual labels on one line or split
 * over two, values beside or under their labels, sex and nationality on one row or two, backgrounds of
 * rings, cross-hatching or a watermark. Degraded: up to 4° tilt and a keystone, blur (box or motion), a
 * glare patch, uneven light, a colour cast, sensor noise, a low-resolution camera and JPEG at q 0.45–0.75.
 * Generator B (bench {@code OtherCards}) stays the one the reader is never tuned on.
 */
public final class ThirdCards {
    static final List<String> FONTS = vietnamese("Noto Sans Display", "Noto Serif Display", "FreeSans",
            "DejaVu Sans Condensed", "FreeSerif");
    private ThirdCards() {
    }

    /** A front of one of the three models, or the 2016 back ({@link ThirdBacks}; the chip cards' backs are {@link ThirdMrzBacks}). */
    public static OtherCards.Card make(long seed, boolean degraded, CardModel model, CardSide side) {
        if (side == CardSide.BACK && model == CardModel.CCCD_2016) {
            return ThirdBacks.make(seed, degraded);
        }
        if (side != CardSide.FRONT) {
            throw new IllegalArgumentException("generator C draws the chip cards' backs in HarsherBacks");
        }
        Random r = new Random(seed * 1_000_003L + model.ordinal() * 17L + (degraded ? 5 : 0) + 424_242);
        CardPerson p = CardHolders.person(r, model);
        Style s = new Style(r, model);
        BufferedImage img = draw(p, s, model, r);
        if (degraded) {
            img = PhonePhoto.take(img, r);
        }
        String id = String.format("C-%s-%s-front-%d-%s", degraded ? "degraded" : "clean",
                model.name().toLowerCase(Locale.ROOT), seed, s.valueFont.replace(' ', '_'));
        return new OtherCards.Card(id, p.fields(model, CardSide.FRONT), img);
    }

    /** How one card is drawn: every choice made once from the seed. */
    static final class Style {
        final String labelFont;
        final String valueFont;
        final int labelSize;
        final int valueSize;
        final int textX;
        final int gap;
        final boolean upperLabels;
        final boolean colon;
        final String slash;
        final boolean splitBilingual;
        final boolean italicLabels;
        final boolean sexApart;
        final int background;
        final Color ink;
        final Color labelInk;
        final double scale;

        Style(Random r, CardModel model) {
            valueFont = pick(r, FONTS);
            labelFont = r.nextBoolean() ? valueFont : pick(r, FONTS);
            labelSize = 15 + r.nextInt(6);
            valueSize = 21 + r.nextInt(7);
            textX = 240 + r.nextInt(80);
            gap = 6 + r.nextInt(10);
            upperLabels = r.nextInt(4) == 0;
            colon = r.nextInt(3) > 0;
            slash = new String[]{" / ", "/", " - ", " | "}[r.nextInt(4)];
            splitBilingual = model != CardModel.CCCD_2016 && r.nextInt(3) == 0;
            italicLabels = r.nextInt(3) == 0;
            sexApart = r.nextInt(3) == 0;
            background = r.nextInt(3);
            ink = new Color(10 + r.nextInt(40), 10 + r.nextInt(30), 20 + r.nextInt(50));
            labelInk = r.nextBoolean() ? ink : new Color(60 + r.nextInt(40), 60 + r.nextInt(30), 70 + r.nextInt(40));
            scale = 0.85 + r.nextDouble() * 0.55;
        }
    }

    /** Label wordings per field and model: what the published forms print, and the variants seen in print. */
    private static String[] label(CardModel model, String field, Random r) {
        return switch (model) {
            case CCCD_2016 -> new String[]{switch (field) {
                case "number" -> pick(r, new String[]{"Số", "Số", "SỐ"});
                case "name" -> pick(r, new String[]{"Họ và tên", "Họ tên", "Họ và tên khai sinh"});
                case "dateOfBirth" -> pick(r, new String[]{"Ngày, tháng, năm sinh", "Ngày tháng năm sinh", "Sinh ngày"});
                case "sex" -> "Giới tính";
                case "nationality" -> "Quốc tịch";
                case "placeOfOrigin" -> pick(r, new String[]{"Quê quán", "Nguyên quán"});
                default -> pick(r, new String[]{"Nơi thường trú", "Nơi ĐKHK thường trú", "Nơi thường trú"});
            }, null};
            case CCCD_2021 -> switch (field) {
                case "number" -> new String[]{"Số", pick(r, new String[]{"No.", "No", "No."})};
                case "name" -> new String[]{pick(r, new String[]{"Họ và tên", "Họ, chữ đệm và tên"}),
                        pick(r, new String[]{"Full name", "Full Name", "Name"})};
                case "dateOfBirth" -> new String[]{pick(r, new String[]{"Ngày sinh", "Ngày, tháng, năm sinh"}),
                        pick(r, new String[]{"Date of birth", "Date of Birth", "DOB"})};
                case "sex" -> new String[]{"Giới tính", pick(r, new String[]{"Sex", "Sex", "Gender"})};
                case "nationality" -> new String[]{"Quốc tịch", "Nationality"};
                case "placeOfOrigin" -> new String[]{"Quê quán", pick(r, new String[]{"Place of origin", "Place of Origin"})};
                default -> new String[]{"Nơi thường trú", pick(r, new String[]{"Place of residence", "Place of Residence"})};
            };
            case CAN_CUOC_2024 -> switch (field) {
                case "number" -> new String[]{"Số định danh cá nhân", pick(r, new String[]{
                        "Personal identification number", "Personal Identification No.", "Personal ID number"})};
                case "name" -> new String[]{pick(r, new String[]{"Họ, chữ đệm và tên khai sinh", "Họ, chữ đệm và tên"}),
                        "Full name"};
                case "dateOfBirth" -> new String[]{pick(r, new String[]{"Ngày, tháng, năm sinh", "Ngày sinh"}),
                        "Date of birth"};
                case "sex" -> new String[]{"Giới tính", "Sex"};
                default -> new String[]{"Quốc tịch", "Nationality"};
            };
        };
    }

    private static BufferedImage draw(CardPerson p, Style s, CardModel model, Random r) {
        return canvas(s, r, g -> {
            pictures(g, s, model, r);
            header(g, s, model);
            double last = FitOnCard.lastBaseline(g, r, (scratch, copy) -> fields(scratch, p, s, model, copy, 0));
            fields(g, p, s, model, r, last);
        });
    }

    /** A card of this style's size on its background, antialiased, drawn on in 1000 × 630 units by {@code face}. */
    static BufferedImage canvas(Style s, Random r, java.util.function.Consumer<Graphics2D> face) {
        return canvas(s.scale, s.background, r, face);
    }

    /** The same for a face with a style of its own: its scale and background kind. */
    static BufferedImage canvas(double scale, int background, Random r, java.util.function.Consumer<Graphics2D> face) {
        int w = (int) Math.round(1000 * scale);
        int h = (int) Math.round(630 * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(scale, scale);
            background(g, background, r);
            face.accept(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    static void background(Graphics2D g, int kind, Random r) {
        Color a = new Color(236 + r.nextInt(14), 232 + r.nextInt(16), 222 + r.nextInt(20));
        Color b = new Color(226 + r.nextInt(20), 236 + r.nextInt(14), 240 + r.nextInt(12));
        g.setPaint(new GradientPaint(0, 630, a, 1000, 0, b));
        g.fillRect(0, 0, 1000, 630);
        g.setStroke(new BasicStroke(1.2f));
        g.setColor(new Color(214, 206, 222));
        if (kind == 0) { // guilloche rings around two centres
            for (int rad = 20; rad < 900; rad += 14) {
                g.drawOval(780 - rad, 420 - rad, 2 * rad, 2 * rad);
                g.drawOval(150 - rad / 2, 120 - rad / 2, rad, rad);
            }
        } else if (kind == 1) { // fine cross-hatching
            for (int i = -630; i < 1000; i += 11) {
                g.drawLine(i, 0, i + 630, 630);
                g.drawLine(i, 630, i + 630, 0);
            }
        } else { // a large faint watermark emblem: a star in a ring
            g.setColor(new Color(232, 214, 200));
            g.setStroke(new BasicStroke(9f));
            g.drawOval(430, 190, 360, 360);
            int[] xs = new int[10];
            int[] ys = new int[10];
            for (int i = 0; i < 10; i++) {
                double rad = i % 2 == 0 ? 150 : 60;
                double t = Math.PI / 2 + i * Math.PI / 5;
                xs[i] = (int) (610 + rad * Math.cos(t));
                ys[i] = (int) (370 - rad * Math.sin(t));
            }
            g.fillPolygon(xs, ys, 10);
        }
    }

    private static void pictures(Graphics2D g, Style s, CardModel model, Random r) {
        g.setColor(new Color(190 + r.nextInt(30), 30, 40));
        g.fillOval(55, 35, 100, 100);
        g.setColor(new Color(250, 215, 60));
        g.fillOval(88, 68, 34, 34);
        int photoRight = s.textX - 25;
        g.setColor(new Color(170 + r.nextInt(40), 175 + r.nextInt(30), 190));
        g.fillRect(35, 205, photoRight - 35, 240);
        g.setColor(new Color(100, 105, 120));
        g.fillOval(35 + (photoRight - 35) / 2 - 42, 235, 84, 100);
        g.fillRoundRect(50, 340, photoRight - 65, 105, 50, 50);
        if (model == CardModel.CCCD_2021) { // the QR in the top right corner
            g.setColor(Color.WHITE);
            g.fillRect(850, 30, 120, 120);
            g.setColor(Color.BLACK);
            for (int i = 0; i < 40; i++) {
                g.fillRect(858 + r.nextInt(13) * 8, 38 + r.nextInt(13) * 8, 8, 8);
            }
        }
        if (model == CardModel.CAN_CUOC_2024) { // the chip
            g.setColor(new Color(205, 170, 90));
            g.fillRoundRect(60, 470, 105, 80, 14, 14);
        }
    }

    private static void header(Graphics2D g, Style s, CardModel model) {
        boolean en = model != CardModel.CCCD_2016;
        int cx = (s.textX + 960) / 2;
        g.setColor(s.ink);
        g.setFont(new Font(s.valueFont, Font.BOLD, 21));
        centre(g, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cx, 48);
        int y = 48;
        if (en) {
            g.setFont(new Font(s.labelFont, Font.PLAIN, 15));
            centre(g, "SOCIALIST REPUBLIC OF VIET NAM", cx, y += 22);
        }
        g.setFont(new Font(s.valueFont, Font.BOLD, 19));
        centre(g, "Độc lập - Tự do - Hạnh phúc", cx, y += 26);
        if (en) {
            g.setFont(new Font(s.labelFont, Font.PLAIN, 14));
            centre(g, "Independence - Freedom - Happiness", cx, y += 20);
        }
        g.setColor(new Color(180, 25, 30));
        g.setFont(new Font(s.valueFont, Font.BOLD, 29));
        centre(g, model == CardModel.CAN_CUOC_2024 ? "CĂN CƯỚC" : "CĂN CƯỚC CÔNG DÂN", cx, y += 42);
        if (en) {
            g.setFont(new Font(s.labelFont, Font.PLAIN, 16));
            centre(g, model == CardModel.CAN_CUOC_2024 ? "IDENTITY CARD" : "Citizen Identity Card", cx, y + 22);
        }
    }

    /** Draws the fields, shrunk to fit when {@code last} (their last baseline as measured) is off the card; returns it. */
    private static int fields(Graphics2D g, CardPerson p, Style s, CardModel model, Random r, double last) {
        Font label = new Font(s.labelFont, s.italicLabels ? Font.ITALIC : Font.PLAIN, s.labelSize);
        Font small = new Font(s.labelFont, Font.ITALIC, Math.max(12, s.labelSize - 3));
        Font value = new Font(s.valueFont, Font.BOLD, s.valueSize);
        Font big = new Font(s.valueFont, Font.BOLD, s.valueSize + 3);
        int x = s.textX;
        int y = model == CardModel.CAN_CUOC_2024 ? 222 + r.nextInt(20) : 210 + r.nextInt(25);
        java.awt.geom.AffineTransform card = FitOnCard.shrink(g, FitOnCard.scale(y - s.valueSize, last), x, y - s.valueSize);
        Writer wr = new Writer(g, s, label, small, value, x);
        String dob = CardPerson.printed(p.birth());
        String sex = p.female() ? "Nữ" : "Nam";
        y = wr.field(label(model, "number", r), p.number(), big, y, r.nextInt(3) == 0 || model == CardModel.CAN_CUOC_2024);
        y = wr.field(label(model, "name", r), p.name(), big, y, model != CardModel.CCCD_2016 || r.nextInt(3) == 0);
        y = wr.field(label(model, "dateOfBirth", r), dob, value, y, r.nextInt(5) == 0);
        if (s.sexApart) {
            y = wr.field(label(model, "sex", r), sex, value, y, false);
            y = wr.field(label(model, "nationality", r), "Việt Nam", value, y, false);
        } else {
            int y0 = y;
            wr.field(label(model, "sex", r), sex, value, y0, false);
            y = wr.fieldAt(label(model, "nationality", r), "Việt Nam", value, x + 250 + r.nextInt(90), y0);
        }
        if (model == CardModel.CAN_CUOC_2024) {
            g.setTransform(card);
            return y - s.gap;
        }
        y = wr.place(label(model, "placeOfOrigin", r), List.of(p.origin()), y, r.nextInt(2) == 0);
        int end = wr.place(label(model, "placeOfResidence", r), p.residence(), y, r.nextInt(3) == 0) - s.valueSize - s.gap;
        g.setTransform(card);
        // the expiry in small print under the photo, as the cards print it
        g.setColor(s.labelInk);
        g.setFont(new Font(s.labelFont, Font.ITALIC, 13));
        int day = 1 + r.nextInt(28), month = 1 + r.nextInt(12), years = r.nextInt(30); // drawn as before: the rest is unchanged
        // the law's expiry (the birthday at 25, 40 or 60, none after 58) for an issue day in the model's years, as cards print it
        LocalDate issue = LocalDate.of(model == CardModel.CCCD_2016 ? 2016 + years % 5 : 2021 + years % 3, month, day);
        String expiry = CardValidity.expiry(p.birth(), issue.isBefore(p.birth().plusYears(14)) ? p.birth().plusYears(14) : issue)
                .map(CardPerson::printed).orElse("Không thời hạn");
        int ey = 468 + r.nextInt(30);
        g.drawString(model == CardModel.CCCD_2021 ? "Có giá trị đến / Date of expiry:" : "Có giá trị đến:", 38, ey);
        g.drawString(expiry, 38, ey + 17);
        return end;
    }

    /** Draws labels and values in one card's style; returns the baseline of the next row. */
    private static final class Writer {
        private final Graphics2D g;
        private final Style s;
        private final Font label;
        private final Font small;
        private final Font value;
        private final int x;

        Writer(Graphics2D g, Style s, Font label, Font small, Font value, int x) {
            this.g = g;
            this.s = s;
            this.label = label;
            this.small = small;
            this.value = value;
            this.x = x;
        }

        private String text(String[] halves, boolean split) {
            String vn = s.upperLabels ? halves[0].toUpperCase(Locale.ROOT) : halves[0];
            String text = halves[1] == null || split ? vn : vn + s.slash + halves[1];
            return text + (s.colon ? ":" : "") + " ";
        }

        /** Label halves, then the value beside it or on the next row. */
        int field(String[] halves, String v, Font valueFont, int y, boolean below) {
            return fieldAt(halves, v, valueFont, x, y, below);
        }

        int fieldAt(String[] halves, String v, Font valueFont, int at, int y) {
            return fieldAt(halves, v, valueFont, at, y, false);
        }

        private int fieldAt(String[] halves, String v, Font valueFont, int at, int y, boolean below) {
            boolean split = s.splitBilingual && halves[1] != null;
            String l = text(halves, split);
            g.setColor(s.labelInk);
            g.setFont(label);
            g.drawString(l, at, y);
            int lw = g.getFontMetrics().stringWidth(l);
            int next = y;
            if (split) { // the English half in small italics under the Vietnamese one
                g.setFont(small);
                g.drawString(halves[1], at, y + small.getSize() + 2);
            }
            g.setColor(s.ink);
            g.setFont(valueFont);
            if (below) {
                next = y + (split ? small.getSize() + 4 : 0) + valueFont.getSize() + 6;
                g.drawString(v, at + (s.gap > 12 ? 12 : 0), next);
            } else {
                g.drawString(v, at + lw, y);
                next = y + (split ? small.getSize() + 2 : 0);
            }
            return next + valueFont.getSize() + s.gap;
        }

        /** A place: its lines, the first beside the label (or under it), wrapped at commas before the edge. */
        int place(String[] halves, List<String> parts, int y, boolean below) {
            String all = String.join(", ", parts);
            boolean split = s.splitBilingual && halves[1] != null;
            String l = text(halves, split);
            g.setColor(s.labelInk);
            g.setFont(label);
            g.drawString(l, x, y);
            int lw = g.getFontMetrics().stringWidth(l);
            if (split) {
                g.setFont(small);
                g.drawString(halves[1], x, y + small.getSize() + 2);
            }
            g.setColor(s.ink);
            g.setFont(value);
            int lineX = below ? x : x + lw;
            int lineY = below ? y + (split ? small.getSize() + 4 : 0) + value.getSize() + 6 : y;
            List<String> lines = wrapAtCommas(g.getFontMetrics(), all, 975 - lineX, 975 - x, false);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), i == 0 ? lineX : x, lineY);
                if (i < lines.size() - 1) {
                    // a row beside a label split over two rows continues under the label's English half, not over it
                    lineY += value.getSize() + 8 + (i == 0 && split && !below ? small.getSize() : 0);
                }
            }
            return Math.max(lineY, y + (split ? small.getSize() + 2 : 0)) + value.getSize() + s.gap;
        }
    }

    /**
     * A place cut at its commas to fit: the first row {@code firstWidth} wide, the others {@code width}. With
     * {@code mayStartBelow}, when no part fits beside the label the first row is left empty (the place starts
     * on the row under the label); without it that row runs past the edge.
     */
    static List<String> wrapAtCommas(java.awt.FontMetrics fm, String text, int firstWidth, int width, boolean mayStartBelow) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        int room = firstWidth;
        while (fm.stringWidth(rest) > room && rest.contains(", ")) {
            int cut = rest.lastIndexOf(", ");
            while (cut > 0 && fm.stringWidth(rest.substring(0, cut + 1)) > room) {
                cut = rest.lastIndexOf(", ", cut - 1);
            }
            if (cut <= 0 && mayStartBelow && lines.isEmpty() && room < width) {
                lines.add("");
                room = width;
                continue;
            }
            if (cut <= 0) {
                break;
            }
            lines.add(rest.substring(0, cut + 1));
            rest = rest.substring(cut + 2);
            room = width;
        }
        lines.add(rest);
        return lines;
    }

    static void centre(Graphics2D g, String s, int cx, int y) {
        g.drawString(s, cx - g.getFontMetrics().stringWidth(s) / 2, y);
    }

    static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    static List<String> vietnamese(String... families) {
        List<String> ok = new ArrayList<>();
        for (String f : families) {
            Font font = new Font(f, Font.PLAIN, 20);
            if (font.getFamily(Locale.ROOT).equals(f) && font.canDisplayUpTo("ĐƯỢC Ở HỮU ỳ ữ ậ") < 0) {
                ok.add(f);
            }
        }
        if (ok.isEmpty()) {
            throw new IllegalStateException("no font that draws Vietnamese among " + List.of(families));
        }
        return ok;
    }

}
