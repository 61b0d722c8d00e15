package vn.motcua.bench.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.motcua.kiosk.ocr.CardModel;
import vn.motcua.kiosk.ocr.CardPerson;
import vn.motcua.kiosk.ocr.CardSide;

/**
 * Generator C's backs of the 2021 chip CCCD and the 2024 Căn cước, in a layout of their own (not A's
 * positions): C's faces and backgrounds, the QR left or right of the text column, each label's wording,
 * case and punctuation varied, bilingual on one row or the English half under the Vietnamese one, places
 * beside or under their label and wrapped over one to three rows at a comma, three-level addresses on
 * cards issued before 1 July 2025 and two-level ones after, the ministry's title beside the dates or under
 * them, and the TD1 MRZ (check digits from {@link CardPerson#mrz()}) in one of Debian's monospaced faces.
 * Degraded as C's fronts are ({@link PhonePhoto}).
 */
final class ThirdMrzBacks {
    private static final String[] MRZ_FONTS = {"Liberation Mono", "FreeMono", "DejaVu Sans Mono"};

    private ThirdMrzBacks() {
    }

    static OtherCards.Card make(long seed, boolean degraded, CardModel model) {
        return make(seed, degraded, model, null);
    }

    /**
     * The same back, with {@code vary} (a random of the caller's own, so that the cards drawn without it stay
     * as they were) adding the 2024 back's spread of real cards (Circular 16/2024/TT-BCA): a place of birth
     * that is only a province on a third of them, the value under its label on half, label sizes 13–20,
     * row spacing from tight to loose and a narrower text column, so that places wrap over two or three rows.
     */
    static OtherCards.Card make(long seed, boolean degraded, CardModel model, Random vary) {
        if (model == CardModel.CCCD_2016) {
            throw new IllegalArgumentException("the 2016 back carries no field read");
        }
        Random r = new Random(seed * 1_000_033L + model.ordinal() * 29L + (degraded ? 7 : 0) + 515_151);
        CardPerson drawn = CardHolders.backPerson(r, model);
        Style s = new Style(r);
        CardPerson p = vary != null && vary.nextInt(3) == 0 ? provinceOnlyBirth(drawn) : drawn;
        if (vary != null) {
            s.labelSize = 13 + vary.nextInt(8);
            s.vary = vary;
        }
        BufferedImage img = ThirdCards.canvas(s.scale, s.background, r, g -> {
            if (model == CardModel.CAN_CUOC_2024) {
                back2024(g, p, s, r);
            } else {
                back2021(g, p, s, r);
            }
            g.setColor(Color.BLACK);
            g.setFont(new Font(s.mrzFont, Font.PLAIN, 36 + r.nextInt(5)));
            String[] mrz = p.mrz().split("\n");
            int mrzX = 45 + r.nextInt(40);
            int mrzY = 490 + r.nextInt(8);
            for (int i = 0; i < 3; i++) {
                g.drawString(mrz[i], mrzX, mrzY + 48 * i);
            }
        });
        BufferedImage out = degraded ? PhonePhoto.take(img, r) : img;
        String id = String.format("C-%s-%s-back-%d-%s", degraded ? "degraded" : "clean",
                model.name().toLowerCase(Locale.ROOT), seed, s.valueFont.replace(' ', '_'));
        return new OtherCards.Card(id, p.fields(model, CardSide.BACK), out);
    }

    /** How one back is drawn: every choice made once from the seed. */
    private static final class Style {
        final String labelFont;
        final String valueFont;
        final String mrzFont;
        int labelSize;
        Random vary; // null: the spread of C's own backs only
        final int valueSize;
        final boolean upperLabels;
        final boolean colon;
        final String slash;
        final boolean split;
        final boolean italicLabels;
        final boolean qrLeft;
        final int background;
        final Color ink;
        final double scale;

        Style(Random r) {
            valueFont = ThirdCards.pick(r, ThirdCards.FONTS);
            labelFont = r.nextBoolean() ? valueFont : ThirdCards.pick(r, ThirdCards.FONTS);
            mrzFont = ThirdCards.pick(r, MRZ_FONTS);
            labelSize = 15 + r.nextInt(5);
            valueSize = 20 + r.nextInt(6);
            upperLabels = r.nextInt(4) == 0;
            colon = r.nextInt(3) > 0;
            slash = new String[]{" / ", "/", " - ", " | "}[r.nextInt(4)];
            split = r.nextInt(3) == 0;
            italicLabels = r.nextInt(3) == 0;
            qrLeft = r.nextBoolean();
            background = r.nextInt(3);
            ink = new Color(10 + r.nextInt(40), 10 + r.nextInt(30), 20 + r.nextInt(50));
            scale = 0.85 + r.nextDouble() * 0.55;
        }
    }

    private static void back2024(Graphics2D g, CardPerson p, Style s, Random r) {
        int x = s.qrLeft ? 235 + r.nextInt(30) : 40 + r.nextInt(30);
        qr(g, s.qrLeft ? 35 : 800, 30 + r.nextInt(20), r);
        int right = s.qrLeft ? 975 : 780;
        Writer wr = new Writer(g, s, x);
        int y = 60 + r.nextInt(30);
        y = wr.place(new String[]{"Nơi cư trú", pick(r, "Place of residence", "Place of Residence")},
                String.join(", ", p.residence()), y, below(r, s), narrower(right, s), r);
        y = wr.place(new String[]{pick(r, "Nơi đăng ký khai sinh", "Nơi đăng ký khai sinh", "Nơi ĐK khai sinh"),
                pick(r, "Place of birth", "Place of birth", "Place of birth registration")}, p.placeOfBirth(), y,
                below(r, s), narrower(right, s), r);
        int datesY = Math.max(y, 330);
        y = wr.line(new String[]{pick(r, "Ngày, tháng, năm cấp", "Ngày cấp"), pick(r, "Date of issue", "Date of Issue")},
                CardPerson.printed(p.issue()), datesY);
        y = wr.line(new String[]{pick(r, "Ngày, tháng, năm hết hạn", "Có giá trị đến"), pick(r, "Date of expiry", "Date of Expiry")},
                CardPerson.printed(p.expiry()), y);
        g.setColor(s.ink);
        g.setFont(new Font(s.valueFont, Font.BOLD, 15 + r.nextInt(3)));
        boolean beside = r.nextBoolean() && y < 470;
        int tx = beside ? 760 + r.nextInt(60) : x + 260 + r.nextInt(200);
        int ty = beside ? datesY - 5 : Math.min(y, 440);
        ThirdCards.centre(g, "BỘ CÔNG AN", tx, ty);
        g.setFont(new Font(s.labelFont, Font.PLAIN, 13 + r.nextInt(3)));
        ThirdCards.centre(g, "MINISTRY OF PUBLIC SECURITY", tx, ty + 18);
    }

    /** The value under its label: a third of C's own backs, half of the varied ones. */
    private static boolean below(Random r, Style s) {
        boolean below = r.nextInt(3) == 0;
        return s.vary == null ? below : s.vary.nextBoolean();
    }

    /** A text column up to 200 units narrower on the varied backs (a wider QR, a larger margin). */
    private static int narrower(int right, Style s) {
        return s.vary == null ? right : right - s.vary.nextInt(200);
    }

    /** The holder with the place of birth registration only a province (its last part), as many cards print it. */
    private static CardPerson provinceOnlyBirth(CardPerson p) {
        String[] parts = p.placeOfBirth().split(", ");
        return new CardPerson(p.number(), p.name(), p.birth(), p.female(), p.origin(), p.residence(),
                parts[parts.length - 1], p.issue(), p.expiry(), p.marks());
    }

    private static void back2021(Graphics2D g, CardPerson p, Style s, Random r) {
        g.setColor(new Color(205, 170, 90));
        g.fillRoundRect(45, 40 + r.nextInt(20), 110, 85, 14, 14); // the chip
        int fx = 610 + r.nextInt(40);
        g.setColor(new Color(228, 228, 228));
        g.fillRect(fx, 35, 150, 185);
        g.fillRect(fx + 165, 35, 150, 185);
        g.setColor(s.ink);
        g.setFont(new Font(s.labelFont, Font.ITALIC, 12 + r.nextInt(2)));
        g.drawString(pick(r, "Ngón trỏ trái / Left index finger", "Ngón trỏ trái"), fx, 238);
        g.drawString(pick(r, "Ngón trỏ phải / Right index finger", "Ngón trỏ phải"), fx + 165, 238);
        int x = 180 + r.nextInt(40);
        Writer wr = new Writer(g, s, x);
        int y = wr.place(new String[]{"Đặc điểm nhân dạng", pick(r, "Personal identification", "Personal identification")},
                p.marks(), 60 + r.nextInt(20), true, fx - 15, r);
        y = wr.line(new String[]{"Ngày, tháng, năm", pick(r, "Date, month, year", "Date, Month, Year")},
                CardPerson.printed(p.issue()), y + r.nextInt(15));
        g.setFont(new Font(s.valueFont, Font.BOLD, 14 + r.nextInt(3)));
        int cx = x + 170 + r.nextInt(60);
        ThirdCards.centre(g, "CỤC TRƯỞNG CỤC CẢNH SÁT", cx, y + 10);
        ThirdCards.centre(g, "QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI", cx, y + 30);
        if (r.nextBoolean()) {
            g.setFont(new Font(s.labelFont, Font.PLAIN, 11 + r.nextInt(2)));
            ThirdCards.centre(g, "DIRECTOR GENERAL OF THE POLICE DEPARTMENT", cx, y + 48);
            ThirdCards.centre(g, "FOR ADMINISTRATIVE MANAGEMENT OF SOCIAL ORDER", cx, y + 63);
        }
    }

    /** A QR's finder squares and modules (what the reader has to pass over, not read). */
    private static void qr(Graphics2D g, int x, int y, Random r) {
        g.setColor(Color.WHITE);
        g.fillRect(x, y, 170, 170);
        g.setColor(Color.BLACK);
        for (int[] f : new int[][]{{8, 8}, {120, 8}, {8, 120}}) {
            g.fillRect(x + f[0], y + f[1], 42, 42);
            g.setColor(Color.WHITE);
            g.fillRect(x + f[0] + 6, y + f[1] + 6, 30, 30);
            g.setColor(Color.BLACK);
            g.fillRect(x + f[0] + 12, y + f[1] + 12, 18, 18);
        }
        for (int i = 0; i < 90; i++) {
            g.fillRect(x + 56 + r.nextInt(14) * 7 - (i % 3 == 0 ? 48 : 0), y + 56 + r.nextInt(14) * 7 - (i % 4 == 0 ? 48 : 0), 7, 7);
        }
    }

    /** Draws labels and values in one back's style; returns the baseline of the next row. */
    private static final class Writer {
        private final Graphics2D g;
        private final Style s;
        private final Font label;
        private final Font small;
        private final Font value;
        private final int x;

        Writer(Graphics2D g, Style s, int x) {
            this.g = g;
            this.s = s;
            this.x = x;
            label = new Font(s.labelFont, s.italicLabels ? Font.ITALIC : Font.PLAIN, s.labelSize);
            small = new Font(s.labelFont, Font.ITALIC, Math.max(12, s.labelSize - 3));
            value = new Font(s.valueFont, Font.BOLD, s.valueSize);
        }

        /** The label (its English half beside or under it); returns its width, or -1 when the half went under. */
        private int label(String[] halves, int y) {
            String vn = s.upperLabels ? halves[0].toUpperCase(Locale.ROOT) : halves[0];
            String text = (s.split ? vn : vn + s.slash + halves[1]) + (s.colon ? ":" : "") + " ";
            g.setColor(s.ink);
            g.setFont(label);
            g.drawString(text, x, y);
            int width = g.getFontMetrics().stringWidth(text);
            if (s.split) {
                g.setFont(small);
                g.drawString(halves[1], x, y + small.getSize() + 2);
            }
            return width;
        }

        /** A one-row value beside its label (a date). */
        int line(String[] halves, String v, int y) {
            int lw = label(halves, y);
            g.setFont(value);
            g.drawString(v, x + lw, y);
            return y + (s.split ? small.getSize() + 2 : 0) + value.getSize() + 10;
        }

        /** A place: the first row beside the label or under it, then wrapped at commas before the right edge. */
        int place(String[] halves, String all, int y, boolean below, int right, Random r) {
            int lw = label(halves, y);
            g.setFont(value);
            int lineX = below ? x : x + lw;
            int lineY = below ? y + (s.split ? small.getSize() + 4 : 0) + value.getSize() + 6 : y;
            List<String> lines = ThirdCards.wrapAtCommas(g.getFontMetrics(), all, right - lineX, right - x, true);
            for (int i = 0; i < lines.size(); i++) {
                g.drawString(lines.get(i), i == 0 ? lineX : x, lineY);
                if (i < lines.size() - 1) {
                    lineY += value.getSize() + 6 + r.nextInt(4) + (s.vary == null ? 0 : s.vary.nextInt(14) - 4);
                }
            }
            return Math.max(lineY, y + (s.split ? small.getSize() + 2 : 0)) + value.getSize() + 12;
        }
    }

    private static String pick(Random r, String... from) {
        return from[r.nextInt(from.length)];
    }
}
