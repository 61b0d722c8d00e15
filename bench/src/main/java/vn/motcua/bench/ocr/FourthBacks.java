package vn.motcua.bench.ocr;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import vn.motcua.kiosk.ocr.CardPerson;

/**
 * Generator D: the 2024 Căn cước back only, drawn a fourth way (neither A's positions nor C's choices) from the
 * public descriptions of the card (Circular 16/2024/TT-BCA as reported, docs/ocr.md's sources): the QR at the top
 * left, the chip under it on half the cards, "Nơi cư trú / Place of residence", "Nơi đăng ký khai sinh / Place of
 * birth registration", "Ngày, tháng, năm cấp / Date of issue", "Ngày, tháng, năm hết hạn / Date of expiry", the
 * issuer's line ("BỘ CÔNG AN" or "Nơi cấp: Bộ Công an"), and the TD1 MRZ set on a fixed pitch in a sans face (an
 * OCR-B-like drawing, not a monospaced font). Its own choices: Liberation Sans/Serif and Noto Sans/Serif (faces
 * A and C do not use), labels bilingual on one row or the English half under the Vietnamese one, each value beside
 * or under its label, places wrapped over up to three rows at a comma or, when a part is too long, at a space inside
 * it; addresses with a house number and street, "Tổ", "Tổ dân phố", "Thôn", "Ấp", "Khu phố", "Xóm", "Ngõ" parts, the
 * three-level units before 1 July 2025 (admin-units.tsv) and the two-level ones in force after (communes-2025.tsv);
 * a paper tint, fine guilloche waves and a faint emblem behind the text. Degraded: a kiosk camera's photo of the
 * card on a desk (perspective and rotation, uneven light from one side, a glare spot, defocus, noise, a low
 * resolution, JPEG).
 */
final class FourthBacks {
    /** D's faces; {@code -Docr.dFonts=FreeSans,FreeSerif} draws the same cards in others, to see what a face changes. */
    static final List<String> FONTS = ThirdCards.vietnamese(
            System.getProperty("ocr.dFonts", "Liberation Sans,Liberation Serif,Noto Sans,Noto Serif").split(","));
    /**
     * {@code -Docr.dNarrow=true}: the values end at 64-70 % of the card's width instead of its right edge, so places
     * wrap over more rows than the layout counts on (a column beside a photo, a larger face).
     */
    private static final boolean NARROW = Boolean.getBoolean("ocr.dNarrow");
    /**
     * {@code -Docr.dBesideEnglish=true}: a place beside a label whose English half is under it goes on in a column
     * of its own at the label's line pitch, its second row beside that English half, not under it.
     */
    private static final boolean BESIDE_ENGLISH = Boolean.getBoolean("ocr.dBesideEnglish");
    /** {@code -Docr.dSmallValues=true}: values drawn 5 px smaller (14-19 px on a 1000 px card), about the labels' size. */
    private static final boolean SMALL_VALUES = Boolean.getBoolean("ocr.dSmallValues");
    /** {@code -Docr.dTightRows=true}: a place's rows 1-2 px apart beyond the face's size, as a crowded card sets them. */
    private static final boolean TIGHT_ROWS = Boolean.getBoolean("ocr.dTightRows");
    /**
     * {@code -Docr.dLabelColours=true}: labels in a lighter ink than the values (a grey or a blue, the English half
     * lighter still), as cards print their captions, so a binarised page keeps less of them.
     */
    private static final boolean LABEL_COLOURS = Boolean.getBoolean("ocr.dLabelColours");
    /**
     * {@code -Docr.dValueColumn=true}: every value starts at one column beyond the widest label, a table's layout,
     * so a short label stands far from its value.
     */
    private static final boolean VALUE_COLUMN = Boolean.getBoolean("ocr.dValueColumn");
    /** {@code -Docr.dDarkPaper=true}: the guilloche waves drawn darker and the emblem stronger behind the text. */
    private static final boolean DARK_PAPER = Boolean.getBoolean("ocr.dDarkPaper");
    /**
     * {@code -Docr.dLabelWording=true}: each label worded as one of several ways other cards and forms word it
     * ("Nơi thường trú", "Nơi sinh / Place of birth", "Ngày cấp", "Có giá trị đến", "Expiry date").
     */
    private static final boolean LABEL_WORDING = Boolean.getBoolean("ocr.dLabelWording");
    /**
     * {@code -Docr.dOcrB=true}: the MRZ in OCR-B itself (Debian's fonts-ocr-b), the face ICAO 9303 prescribes and real
     * cards print, at its own advance on the 2.54 mm pitch, instead of a sans face set on that pitch.
     */
    private static final boolean OCR_B = Boolean.getBoolean("ocr.dOcrB");
    /** The QR as a card's: the holder's facts encoded (docs/ocr.md, stop 50), not random modules. */
    private static final boolean REAL_QR = Boolean.getBoolean("ocr.dRealQr");
    /** The OCR-B family's name, looked up once: fontconfig lists the fonts on every call. */
    private static final String OCR_B_FAMILY = OCR_B ? Style.ocrB() : null;
    /** The four labels' Vietnamese and English halves, in the card's order, as the 2024 card words them. */
    private static final String[][] LABELS = {
        {"Nơi cư trú", "Place of residence"},
        {"Nơi đăng ký khai sinh", "Place of birth registration"},
        {"Ngày, tháng, năm cấp", "Date of issue"},
        {"Ngày, tháng, năm hết hạn", "Date of expiry"},
    };
    /** Each label's other wordings, for {@code dLabelWording}. */
    private static final String[][][] OTHER_WORDINGS = {
        {{"Nơi thường trú", "Place of residence"}, {"Nơi cư trú", "Residence"}, {"Nơi thường trú", "Permanent residence"}},
        {{"Nơi đăng ký khai sinh", "Place of birth"}, {"Nơi sinh", "Place of birth"}, {"Nơi đăng ký khai sinh", "Birth registration"}},
        {{"Ngày cấp", "Date of issue"}, {"Ngày, tháng, năm cấp", "Issue date"}, {"Ngày cấp", "Issued on"}},
        {{"Có giá trị đến", "Date of expiry"}, {"Ngày hết hạn", "Expiry date"}, {"Có giá trị đến", "Valid until"}},
    };
    /** Sans faces set on the MRZ's fixed pitch, and one bold monospaced face. */
    private static final String[] MRZ_FONTS = {"Liberation Sans", "Noto Sans", "Liberation Mono"};

    private FourthBacks() {
    }

    static OtherCards.Card make(long seed, boolean degraded) {
        Random r = new Random(seed * 2_000_003L + (degraded ? 11 : 0) + 424_242);
        FourthBackHolders.Holder h = FourthBackHolders.holder(r);
        Style s = new Style(r);
        BufferedImage card = draw(h, s, r);
        BufferedImage out = degraded ? KioskCamera.take(card, r) : card;
        String id = String.format("D-%s-can_cuoc_2024-back-%d-%s", degraded ? "degraded" : "clean", seed,
                s.valueFont.replace(' ', '_'));
        return new OtherCards.Card(id, h.fields(), out);
    }


    /** Every choice of one card's drawing, made once from the seed. */
    private static final class Style {
        final String labelFont;
        final String valueFont;
        final String mrzFont;
        final int labelSize;
        final int valueSize;
        final int labelMode; // 0: "VN / EN:" on one row; 1: the English half under the Vietnamese one
        final boolean colon;
        final boolean boldValues;
        final boolean upperLabels;
        final boolean chip;
        final boolean issuerLabelled;
        final double scale;
        final Color paper;
        final Color ink;
        final Color wave;
        final Color labelInk;
        final Color englishInk;
        final String[][] labels;

        Style(Random r) {
            valueFont = pick(r, FONTS);
            labelFont = r.nextInt(3) == 0 ? valueFont : pick(r, FONTS);
            String sans = pick(r, MRZ_FONTS); // drawn with OCR-B too, so that every other choice stays the card's
            mrzFont = OCR_B ? OCR_B_FAMILY : sans;
            labelSize = 14 + r.nextInt(6);
            valueSize = 19 + r.nextInt(7) - (SMALL_VALUES ? 5 : 0);
            labelMode = r.nextInt(2);
            colon = r.nextInt(4) > 0;
            boldValues = r.nextInt(3) > 0;
            upperLabels = r.nextInt(5) == 0;
            chip = r.nextBoolean();
            issuerLabelled = r.nextInt(3) == 0;
            scale = 0.75 + r.nextDouble() * 0.5;
            paper = new Color(238 + r.nextInt(14), 236 + r.nextInt(16), 226 + r.nextInt(22));
            ink = new Color(r.nextInt(40), r.nextInt(40), 20 + r.nextInt(60));
            wave = DARK_PAPER ? new Color(150 + r.nextInt(40), 165 + r.nextInt(35), 175 + r.nextInt(35))
                    : new Color(200 + r.nextInt(30), 210 + r.nextInt(25), 215 + r.nextInt(25));
            if (LABEL_COLOURS) {
                labelInk = r.nextBoolean() ? grey(90 + r.nextInt(50)) : new Color(30 + r.nextInt(40), 60 + r.nextInt(50), 120 + r.nextInt(60));
                englishInk = new Color(Math.min(255, labelInk.getRed() + 30), Math.min(255, labelInk.getGreen() + 30),
                        Math.min(255, labelInk.getBlue() + 30));
            } else {
                labelInk = ink;
                englishInk = ink;
            }
            labels = LABELS.clone();
            for (int i = 0; LABEL_WORDING && i < labels.length; i++) {
                int pick = r.nextInt(OTHER_WORDINGS[i].length + 1);
                labels[i] = pick == 0 ? LABELS[i] : OTHER_WORDINGS[i][pick - 1];
            }
        }

        /** The OCR-B family as fontconfig names it ("OCR B ", with a space), or a clear failure when it is not installed. */
        private static String ocrB() {
            return java.util.Arrays.stream(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                    .filter(n -> n.strip().equals("OCR B")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("-Docr.dOcrB needs the OCR-B face: apt-get install fonts-ocr-b"));
        }

        private static Color grey(int v) {
            return new Color(v, v, v);
        }
    }

    private static BufferedImage draw(FourthBackHolders.Holder h, Style s, Random r) {
        int w = (int) Math.round(1000 * s.scale);
        int ht = (int) Math.round(630 * s.scale);
        BufferedImage img = new BufferedImage(w, ht, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(s.scale, s.scale);
            paper(g, s, r);
            int qr = 150 + r.nextInt(35);
            int qx = 28 + r.nextInt(20);
            int qy = 28 + r.nextInt(20);
            qr(g, qx, qy, qr, r);
            if (REAL_QR) {
                HolderQr.draw(g, qx, qy, qr, HolderQr.payload(h.number(), h.name(), h.birth(), h.female(), h.residence(), h.issue()));
            }
            if (s.chip) {
                g.setColor(new Color(200 + r.nextInt(20), 165 + r.nextInt(20), 80));
                g.fillRoundRect(qx + 20, qy + qr + 25, 100, 78, 16, 16);
                g.setColor(new Color(150, 120, 60));
                g.drawLine(qx + 20, qy + qr + 64, qx + 120, qy + qr + 64);
                g.drawLine(qx + 70, qy + qr + 25, qx + 70, qy + qr + 103);
            }
            int x = qx + qr + 22 + r.nextInt(25);
            int right = 965 + r.nextInt(20);
            if (NARROW) {
                right = 640 + r.nextInt(60);
            }
            Fields f = new Fields(g, s, x, right, r);
            int y = 58 + r.nextInt(25);
            y = f.place(s.labels[0], h.residence(), y);
            y = f.place(s.labels[1], h.placeOfBirth(), y);
            y = Math.max(y, qy + qr + 10);
            y = f.date(s.labels[2], CardPerson.printed(h.issue()), y);
            y = f.date(s.labels[3], h.expiry() == null ? FourthBackHolders.NO_EXPIRY : CardPerson.printed(h.expiry()), y);
            issuer(g, s, x, right, y, r);
            mrzZone(g, s, FourthBackHolders.mrz(h), r);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** A paper tint, fine guilloche waves, a faint emblem (a star in a ring) behind the text. */
    private static void paper(Graphics2D g, Style s, Random r) {
        g.setColor(s.paper);
        g.fillRect(0, 0, 1000, 630);
        g.setColor(s.wave);
        g.setStroke(new BasicStroke(0.6f + r.nextFloat() * 0.5f));
        double period = 60 + r.nextInt(60);
        double amp = 6 + r.nextInt(10);
        int step = 7 + r.nextInt(6);
        for (int y0 = -20; y0 < 650; y0 += step) {
            Path2D.Double p = new Path2D.Double();
            for (int x = 0; x <= 1000; x += 4) {
                double y = y0 + amp * Math.sin(x / period * 2 * Math.PI + y0 / 37.0);
                if (x == 0) {
                    p.moveTo(x, y);
                } else {
                    p.lineTo(x, y);
                }
            }
            g.draw(p);
        }
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (DARK_PAPER ? 0.22f : 0.10f) + r.nextFloat() * 0.12f));
        g.setColor(new Color(200, 60, 50));
        int cx = 520 + r.nextInt(160);
        int cy = 260 + r.nextInt(80);
        int rad = 120 + r.nextInt(60);
        g.setStroke(new BasicStroke(6f));
        g.drawOval(cx - rad, cy - rad, 2 * rad, 2 * rad);
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double rr = i % 2 == 0 ? rad * 0.75 : rad * 0.3;
            double t = Math.PI / 2 + i * Math.PI / 5;
            xs[i] = (int) (cx + rr * Math.cos(t));
            ys[i] = (int) (cy - rr * Math.sin(t));
        }
        g.fillPolygon(xs, ys, 10);
        g.setComposite(AlphaComposite.SrcOver);
    }

    private static void qr(Graphics2D g, int x, int y, int size, Random r) {
        g.setColor(Color.WHITE);
        g.fillRect(x - 6, y - 6, size + 12, size + 12);
        int n = 33;
        double m = size / (double) n;
        g.setColor(Color.BLACK);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean finder = (i < 7 || i >= n - 7) && j < 7 || i < 7 && j >= n - 7;
                boolean on;
                if (finder) {
                    int a = i < 7 ? i : i - (n - 7);
                    int b = j < 7 ? j : j - (n - 7);
                    on = a == 0 || a == 6 || b == 0 || b == 6 || a >= 2 && a <= 4 && b >= 2 && b <= 4;
                } else {
                    on = r.nextInt(2) == 0 && !((i == 7 || i == n - 8) && j < 8 || (j == 7 || j == n - 8) && i < 8);
                }
                if (on) {
                    g.fillRect((int) Math.round(x + j * m), (int) Math.round(y + i * m), (int) Math.ceil(m), (int) Math.ceil(m));
                }
            }
        }
    }

    /** Draws D's labels and values; each returns the baseline of the next row. */
    private static final class Fields {
        private final Graphics2D g;
        private final Style s;
        private final int x;
        private final int right;
        private final Random r;
        private final Font label;
        private final Font english;
        private final Font value;
        /** Where every value starts with {@code dValueColumn}; 0 otherwise. */
        private final int column;

        Fields(Graphics2D g, Style s, int x, int right, Random r) {
            this.g = g;
            this.s = s;
            this.x = x;
            this.right = right;
            this.r = r;
            label = new Font(s.labelFont, Font.PLAIN, s.labelSize);
            english = new Font(s.labelFont, Font.ITALIC, s.labelSize - 2);
            value = new Font(s.valueFont, s.boldValues ? Font.BOLD : Font.PLAIN, s.valueSize);
            column = VALUE_COLUMN ? x + widestLabel() + 8 + r.nextInt(30) : 0;
        }

        private int widestLabel() {
            int widest = 0;
            for (String[] halves : s.labels) {
                String first = firstRow(halves).strip();
                int w = s.labelMode == 0 ? g.getFontMetrics(label).stringWidth(first)
                        : Math.max(g.getFontMetrics(label).stringWidth(first), g.getFontMetrics(english).stringWidth(halves[1]));
                widest = Math.max(widest, w);
            }
            return widest;
        }

        /**
         * The label at (x, y); returns {width of the row that ends where a value beside it starts, rows' height,
         * width of the English half under it (0 on one row)}.
         */
        /** The label's first row as printed: both halves on one row, or the Vietnamese one over the English. */
        private String firstRow(String[] halves) {
            String vn = s.upperLabels ? halves[0].toUpperCase(Locale.ROOT) : halves[0];
            return (s.labelMode == 0 ? vn + " / " + halves[1] : vn) + (s.colon ? ":" : "") + " ";
        }

        private int[] label(String[] halves, int y) {
            String text = firstRow(halves);
            g.setColor(s.labelInk);
            g.setFont(label);
            if (s.labelMode == 0) {
                g.drawString(text, x, y);
                int width = g.getFontMetrics().stringWidth(text);
                g.setColor(s.ink);
                return new int[]{column > 0 ? column - x : width, 0, 0};
            }
            g.drawString(text, x, y);
            int width = column > 0 ? column - x : g.getFontMetrics().stringWidth(text);
            g.setFont(english);
            g.setColor(s.englishInk);
            g.drawString(halves[1], x, y + english.getSize() + 3);
            g.setColor(s.ink);
            return new int[]{width, english.getSize() + 3, g.getFontMetrics().stringWidth(halves[1])};
        }

        int place(String[] halves, String all, int y) {
            int[] lab = label(halves, y);
            boolean under = r.nextInt(3) == 0 && column == 0;
            g.setFont(value);
            FontMetrics fm = g.getFontMetrics();
            int spread = r.nextInt(6);
            int gap = s.valueSize + (TIGHT_ROWS ? 1 + spread / 3 : 4 + spread);
            int firstX = under ? x : x + lab[0];
            boolean besideEnglish = BESIDE_ENGLISH && !under && lab[1] > 0;
            boolean column = besideEnglish || this.column > 0;
            if (column) {
                firstX = x + Math.max(lab[0], lab[2] + 10);
            }
            int firstY = under ? y + lab[1] + gap : y;
            int indent = r.nextBoolean() ? 0 : Math.min(lab[0], 120); // rows after the first under the value or the label
            if (column) {
                indent = firstX - x;
            }
            List<String> rows = wrap(all, fm::stringWidth, right - firstX, right - x - indent, r.nextInt(4) == 0);
            int row = firstY;
            for (int i = 0; i < rows.size(); i++) {
                g.drawString(rows.get(i), i == 0 ? firstX : x + indent, row);
                if (i < rows.size() - 1) {
                    // beside a label whose English half is under it, the place goes on under that half, or in
                    // its own column beside it
                    row = besideEnglish ? row + Math.max(lab[1], s.valueSize + 2) : i == 0 && !under ? Math.max(row + gap, y + lab[1] + gap) : row + gap;
                }
            }
            return Math.max(row, y + lab[1]) + s.valueSize + 12 + r.nextInt(10);
        }

        int date(String[] halves, String v, int y) {
            int[] lab = label(halves, y);
            g.setFont(value);
            boolean under = r.nextInt(4) == 0 && column == 0;
            g.drawString(v, under ? x : x + lab[0], under ? y + lab[1] + s.valueSize + 4 : y);
            return y + lab[1] + (under ? s.valueSize + 4 : 0) + s.valueSize + 10 + r.nextInt(8);
        }
    }

    /**
     * A place cut into rows that fit: at a comma (the comma stays at the row's end), or, with {@code atSpaces},
     * at the last space that fits when no comma does (a long part runs on to the next row), as printers do.
     * The rows joined by spaces give the place back.
     */
    static List<String> wrap(String text, java.util.function.ToIntFunction<String> width, int first, int rest, boolean atSpaces) {
        List<String> rows = new ArrayList<>();
        String left = text;
        int room = first;
        while (width.applyAsInt(left) > room) {
            int cut = -1;
            for (int i = left.indexOf(", "); i > 0; i = left.indexOf(", ", i + 1)) {
                if (width.applyAsInt(left.substring(0, i + 1)) <= room) {
                    cut = i + 1;
                }
            }
            if (cut < 0 && rows.isEmpty() && room < rest) { // no part fits beside the label: the place starts under it
                rows.add("");
                room = rest;
                continue;
            }
            if (cut < 0 || atSpaces) {
                for (int i = left.indexOf(' '); i > 0; i = left.indexOf(' ', i + 1)) {
                    if (width.applyAsInt(left.substring(0, i)) <= room && (atSpaces || cut < 0)) {
                        cut = Math.max(cut, i);
                    }
                }
            }
            if (cut <= 0) {
                break;
            }
            rows.add(left.substring(0, cut).strip());
            left = left.substring(cut).strip();
            room = rest;
        }
        rows.add(left);
        return rows;
    }

    private static void issuer(Graphics2D g, Style s, int x, int right, int y, Random r) {
        g.setColor(s.ink);
        if (s.issuerLabelled) {
            g.setFont(new Font(s.labelFont, Font.PLAIN, s.labelSize));
            String text = "Nơi cấp / Place of issue: ";
            g.drawString(text, x, y);
            int w = g.getFontMetrics().stringWidth(text);
            g.setFont(new Font(s.valueFont, s.boldValues ? Font.BOLD : Font.PLAIN, s.valueSize));
            g.drawString("Bộ Công an", x + w, y);
            return;
        }
        int cx = Math.min(x + 200 + r.nextInt(250), right - 160);
        int ty = Math.min(y + 4, 440);
        g.setFont(new Font(s.valueFont, Font.BOLD, 16 + r.nextInt(4)));
        ThirdCards.centre(g, "BỘ CÔNG AN", cx, ty);
        if (r.nextBoolean()) {
            g.setFont(new Font(s.labelFont, Font.PLAIN, 12 + r.nextInt(3)));
            ThirdCards.centre(g, "MINISTRY OF PUBLIC SECURITY", cx, ty + 17);
        }
    }

    /** The three MRZ rows, each character centred in its cell of a fixed pitch (as OCR-B is set). */
    private static void mrzZone(Graphics2D g, Style s, String mrz, Random r) {
        double pitch = 29 + r.nextDouble() * 2.5;
        int x0 = (int) ((1000 - 30 * pitch) / 2) + r.nextInt(21) - 10;
        int lineGap = 40 + r.nextInt(8);
        int y0 = 630 - 28 - 2 * lineGap - r.nextInt(10);
        Font f = new Font(s.mrzFont, s.mrzFont.endsWith("Mono") ? Font.BOLD : Font.PLAIN, (int) Math.round(pitch * 1.3));
        if (OCR_B) {
            // OCR-B is monospaced: the size whose advance is the pitch, as the face is meant to be set
            f = f.deriveFont((float) (pitch / g.getFontMetrics(f.deriveFont(100f)).charWidth('0') * 100));
        }
        g.setFont(f);
        g.setColor(new Color(15, 15, 20));
        FontMetrics fm = g.getFontMetrics();
        String[] lines = mrz.split("\n");
        for (int l = 0; l < 3; l++) {
            for (int i = 0; i < lines[l].length(); i++) {
                String c = lines[l].substring(i, i + 1);
                g.drawString(c, (float) (x0 + i * pitch + (pitch - fm.stringWidth(c)) / 2), y0 + l * lineGap);
            }
        }
    }

    private static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
