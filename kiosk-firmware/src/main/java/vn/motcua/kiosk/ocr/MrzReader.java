package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.kiosk.idcard.MrzParser;
import vn.motcua.kiosk.idcard.MrzResult;

/**
 * Reads the TD1 machine-readable zone on the back of a 2021 or 2024 card: the MRZ rows found in the
 * page reading (or the layout's band) read again with Tesseract's English model limited to the MRZ
 * alphabet, then put into the Vietnamese TD1 shape (which positions are digits, letters or fillers) before
 * {@link MrzParser} checks every check digit. Only a reading whose check digits hold is trusted.
 */
final class MrzReader {
    private static final double ZONE_SCALE = 0.6;
    /** A lone letter after three fillers: the name has ended (words part by one filler, the names by two). */
    private static final java.util.regex.Pattern SPECK_AFTER_THE_NAME = java.util.regex.Pattern.compile("(?<=<<<)[A-Z](?=<|$)");
    private static final java.util.regex.Pattern FILLER_READ_AS_K = java.util.regex.Pattern.compile("(?<=[A-Z])K+(?=<|$|[A-Z])");
    /**
     * Fillers read as a run of K's ("VNM<KKK<KKKKKK"): no name and no code doubles a K. The run's last K before
     * H, I, E or Y may open the next name, a filler read as K before it ("XUAN<KKIM").
     */
    private static final java.util.regex.Pattern FILLERS_READ_AS_KS = java.util.regex.Pattern.compile("K+(?=K[HIEY])|K{2,}(?![HIEY])");
    /** A K opening a word after a filler, and the rest of that word. */
    private static final java.util.regex.Pattern K_OPENING_A_WORD = java.util.regex.Pattern.compile("(?<=<)K([A-Z]*)");
    /** A word of one consonant closing the name, only fillers after it: a speck, no Vietnamese given name. */
    private static final java.util.regex.Pattern LONE_CONSONANT_LAST = java.util.regex.Pattern.compile("(?<=[A-Z]<{1,2})[BCDFGJKLMNPQRSTVXZ](?=<+$)");
    private static final java.util.regex.Pattern DOUBLED_FILLER = java.util.regex.Pattern.compile("(?<=[A-Z])<<(?=[A-Z])");
    /** A word of one consonant: no Vietnamese syllable is one, and H (the Ê Đê "H'") is the one a name has alone. */
    private static final java.util.regex.Pattern LONE_CONSONANT = java.util.regex.Pattern.compile("(?<=^|<)[BCDFGJKLMNPQRSTVXZ]<(?=[A-Z])");
    private static final java.util.regex.Pattern DOUBLED_LETTER = java.util.regex.Pattern.compile("([A-NP-TV-Z])\\1");
    /** An O doubled where no syllable has "OO": only before NG or C, after a consonant ("VOONG"), does one. */
    private static final java.util.regex.Pattern DOUBLED_O = java.util.regex.Pattern.compile("(?<=U)O(?=O)|O(?=O(?!NG|C))");
    /**
     * Line 2 of a card that never expires: after the birth date, its check digit and the sex, the expiry's six fillers
     * and a check digit '<' or '0' (read 'O', 'D'), then the nationality. Tesseract counts a run of fillers loosely.
     */
    private static final java.util.regex.Pattern NEVER_EXPIRES = java.util.regex.Pattern.compile("^(.{8})(<{3,10})([0OD]?)([A-Z]{3}.*)$");
    /** Every Vietnamese card's line 1 opens with IDVNM; "TDVNM", "1DVNM" are that. */
    private static final java.util.regex.Pattern LINE_ONE_OPENING = java.util.regex.Pattern.compile("^.{0,2}[DO0]?V[NM][MN]");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";
    private final WordReader reader;
    private final MrzParser parser;

    MrzReader(String tessdata, MrzParser parser) {
        reader = new WordReader(tessdata, "eng", 6);
        reader.setVariable("tessedit_char_whitelist", ALPHABET);
        reader.setVariable("load_system_dawg", "0");
        reader.setVariable("load_freq_dawg", "0");
        this.parser = parser;
    }

    /**
     * One way of looking at the MRZ strip: its scale, and whether it is thresholded to black and white first
     * (a blurred, unevenly lit strip reads better one way or the other, and which is not known beforehand).
     */
    private record Look(double scale, boolean binary) {
    }

    /** In order of cost; the later ones run only while the readings so far do not hold together. */
    private static final List<Look> LOOKS = List.of(new Look(ZONE_SCALE, false), new Look(ZONE_SCALE, true),
            new Look(0.8, false), new Look(0.8, true));

    /**
     * The three MRZ lines as read, shaped and mended, or null when no three lines were found: the strip is
     * read again in other ways (the page pass's own reading of it counted as one more) until the readings,
     * combined field by field, have every check digit and the composite check holding ({@link MrzReadings}).
     * What never holds is returned as the first reading has it, failing its checks. {@code printed}: the dates the
     * page read above the MRZ, for an expiry no reading has holding.
     */
    String read(BufferedImage card, List<TextRow> rows, CardLayout.Band band, MrzReadings.PrintedDates printed) {
        List<String> readings = new ArrayList<>();
        String fromPage = lines(rows.stream().map(TextRow::text).toList());
        BufferedImage zone = zone(card, rows, band);
        String holding = null;
        for (Look look : LOOKS) {
            String read = read(zone, look);
            if (read != null) {
                readings.add(read);
            }
            List<String> all = new ArrayList<>(readings);
            if (fromPage != null) {
                all.add(fromPage);
            }
            if (readings.isEmpty()) {
                continue;
            }
            String combined = MrzReadings.combine(all, printed);
            if (MrzReadings.holds(combined)) {
                holding = combined;
                // the name line has no check digit: it is trusted when two readings have it alike
                String name = combined.substring(combined.lastIndexOf('\n') + 1);
                if (all.stream().filter(r -> r != null && r.endsWith("\n" + name)).count() >= 2) {
                    return combined;
                }
            }
        }
        return holding != null ? holding : readings.isEmpty() ? fromPage : readings.get(0);
    }

    /** Each look's reading of the strip, shaped and mended (for the tests and for looking into a misread). */
    List<String> readings(BufferedImage card, List<TextRow> rows, CardLayout.Band band) {
        BufferedImage zone = zone(card, rows, band);
        List<String> out = new ArrayList<>();
        for (Look look : LOOKS) {
            out.add(read(zone, look));
        }
        out.add(lines(rows.stream().map(TextRow::text).toList()));
        return out;
    }

    /**
     * The strip from above the first MRZ row found in the page reading (or the layout's band) down to the
     * card's edge, straightened on its own: a card bent or photographed at a slant leaves the bottom rows
     * tilted after the whole card was straightened, and three long rows tilted by 1° run into each other.
     * When the page reading did not find all three rows (a first line without its fillers), the strip starts
     * a row higher, so a lost first line is not cut in half.
     */
    private static BufferedImage zone(BufferedImage card, List<TextRow> rows, CardLayout.Band band) {
        List<TextRow> mrzRows = rows.stream().filter(r -> r.text().contains("<<") || ModelDetector.compact(r.text())
                .startsWith("idvnm")).toList();
        double top = mrzRows.stream().mapToDouble(TextRow::top).min().orElse(band.from());
        double pitch = mrzRows.stream().mapToDouble(r -> r.bottom() - r.top()).max().orElse(0.05) * 1.6;
        double margin = mrzRows.size() >= 3 ? 0.03 : pitch;
        int y0 = Math.max(0, (int) ((Math.min(top, band.to() - 0.1) - margin) * card.getHeight()));
        BufferedImage strip = card.getSubimage(0, y0, card.getWidth(), card.getHeight() - y0);
        double angle = CardImage.skew(strip);
        if (Math.abs(angle) < Math.toRadians(0.05)) {
            return strip;
        }
        // the cut is level and the rows are not: a first row rising across the card runs above the cut at one end, and
        // turning the strip would leave that end's top outside it, so the strip is cut again higher by what the tilt lifts
        int lift = (int) Math.ceil(card.getWidth() * Math.abs(Math.tan(angle)));
        int y1 = Math.max(0, y0 - lift);
        if (y1 < y0) {
            strip = card.getSubimage(0, y1, card.getWidth(), card.getHeight() - y1);
        }
        return CardImage.rotate(strip, angle, new java.awt.Color(225, 225, 225));
    }

    private String read(BufferedImage zone, Look look) {
        // MRZ characters are the card's largest print: at 0.6 they are still ~20 px high, and the pass costs less
        BufferedImage image = CardImage.resize(zone, look.scale());
        if (look.binary()) {
            image = CardImage.otsu(image);
        }
        Map<Integer, StringBuilder> lines = new LinkedHashMap<>();
        for (OcrWord w : reader.words(image)) {
            lines.computeIfAbsent(w.line(), k -> new StringBuilder()).append(w.text().replaceAll("\\s", ""));
        }
        return lines(lines.values().stream().map(StringBuilder::toString).toList());
    }

    /**
     * The last three lines with fillers, shaped and mended; null when there are not three. A short name
     * line whose run of fillers Tesseract cut short ("VU<<VAN<HUY<<<<") still counts: the shape pads it, and so
     * does a first line whose two fillers were lost, known by its opening.
     */
    static String lines(List<String> texts) {
        List<String> candidates = texts.stream()
                .map(t -> t.toUpperCase(java.util.Locale.ROOT).replace("«", "<<").replaceAll("[^A-Z0-9<]", ""))
                .map(t -> FILLERS_READ_AS_KS.matcher(t).replaceAll(k -> "<".repeat(k.group().length())))
                .filter(t -> t.length() >= 8 && t.contains("<<") || t.length() >= 20 && LINE_ONE_OPENING.matcher(t).find())
                .toList();
        if (candidates.size() < 3) {
            return null;
        }
        // the MRZ is the last three long lines; anything above (a stray label) is dropped
        candidates = candidates.subList(candidates.size() - 3, candidates.size());
        return shaped(candidates.get(0), candidates.get(1), candidates.get(2));
    }

    /**
     * Three lines as read, each shaped, line 2's miscount undone with line 1's help ({@link MrzMiscount}), then
     * mended by the check digits ({@link MrzRepair}).
     */
    static String shaped(String one, String two, String three) {
        String first = shape(one, 1);
        return MrzRepair.repair(first + "\n" + shape(MrzMiscount.lineTwo(two, first), 2) + "\n" + shape(three, 3));
    }

    MrzResult parse(String mrz) {
        return parser.parse(mrz);
    }

    /**
     * One line put into the Vietnamese TD1 shape: 30 characters; where the layout has digits, letters
     * OCR mistakes for digits become digits; where it has letters (line 3, the codes), digits become letters.
     */
    static String shape(String raw, int line) {
        String s = fixed(raw, line);
        StringBuilder out = new StringBuilder(30);
        for (int i = 0; i < 30; i++) {
            char c = s.charAt(i);
            out.append(switch (kind(line, i)) {
                case 'd' -> digit(c);
                case 'a' -> letter(c);
                default -> c;
            });
        }
        // after digits became letters: "GI1ANG" is "GIIANG" only now
        return line == 3 ? nameWords(out.toString()) : out.toString();
    }

    /**
     * The line at 30 characters where the Vietnamese TD1 fixes what stands where: line 1 ends in "<<" after
     * the 28 characters of code, numbers and check digits; line 2 has 18 characters of dates, sex and
     * nationality, 11 fillers and the composite check digit. A filler lost or doubled by the OCR so no
     * longer shifts the check digit out of its place.
     */
    private static String fixed(String raw, int line) {
        if (line == 1) {
            String data = MrzMiscount.lineOne(raw.replaceFirst("<+$", "").replaceFirst(LINE_ONE_OPENING.pattern(), "IDVNM"));
            data = data.length() >= 28 ? data.substring(0, 28) : data + "<".repeat(28 - data.length());
            return data + "<<";
        }
        java.util.regex.Matcher none = line == 2 ? NEVER_EXPIRES.matcher(raw) : null;
        if (none != null && none.matches()) {
            raw = none.group(1) + MrzParser.NO_EXPIRY + (none.group(3).isEmpty() ? "<" : "0") + none.group(4);
        }
        if (line == 2 && raw.length() >= 19) {
            String tail = raw.substring(18).replace("<", "");
            return raw.substring(0, 18) + "<".repeat(11) + (tail.isEmpty() ? "<" : tail.substring(tail.length() - 1));
        }
        if (line == 3) {
            // letters first, so that a word read with a digit ("BA0") is a word to the rules below
            raw = raw.chars().mapToObj(c -> String.valueOf(letter((char) c))).collect(java.util.stream.Collectors.joining());
            raw = fillersReadWithK(fillersReadAsK(raw));
            // specks after the name, one by one: "<<<K<K<B" is three of them
            for (String was = ""; !was.equals(raw); ) {
                was = raw;
                raw = SPECK_AFTER_THE_NAME.matcher(raw).replaceAll("<");
            }
            raw = LONE_CONSONANT_LAST.matcher(afterThePadding(raw)).replaceAll("<");
        }
        return raw.length() > 30 ? raw.substring(0, 30) : raw + "<".repeat(30 - raw.length());
    }

    /**
     * A K no Vietnamese name has there. No syllable ends in K and K opens one only before H, I, E or Y: a K closing
     * a word, or after a whole syllable ("DUCKVY": DUC has its vowel), is a filler '<' misread; a K after a
     * syllable's first consonants only ("XKUAN") is a speck read as a letter, and goes.
     */
    private static String fillersReadAsK(String line) {
        java.util.regex.Matcher k = FILLER_READ_AS_K.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        while (k.find()) {
            int wordStart = line.lastIndexOf('<', k.start()) + 1;
            boolean closing = k.end() == line.length() || line.charAt(k.end()) == '<';
            boolean afterSyllable = line.substring(wordStart, k.start()).matches(".*[AEIOUY].*");
            String next = line.substring(k.end()).replaceFirst("<.*", "");
            if (!next.isEmpty() && "EHIY".indexOf(next.charAt(0)) >= 0) {
                // the K may open the next word, its filler lost ("MINHKHANH"): a filler only where it opens no syllable
                // that the word after it is alone ("MINHKYEN")
                boolean filler = afterSyllable && opensNoSyllableBefore(next);
                k.appendReplacement(out, filler ? "<".repeat(k.group().length()) : k.group());
                continue;
            }
            k.appendReplacement(out, closing || afterSyllable ? "<".repeat(k.group().length()) : "");
        }
        return k.appendTail(out).toString();
    }

    /**
     * OCR-B's filler read as "<K" ("THANH<KLINH", "MINH<KYEN", "VU<K<QUOC"): a K opening a word that is no
     * Vietnamese syllable with it and is one without it (K opens one only before H, I, E, Y, and never before "yê"), or a
     * K alone between a word and a filler. KHANH and HANH are both names: the K stays. So does a minority name's cluster
     * (KSOR, KBUOR, KPA): what follows its K is no Kinh syllable, and P alone opens none.
     */
    private static String fillersReadWithK(String line) {
        java.util.regex.Matcher k = K_OPENING_A_WORD.matcher(line);
        StringBuilder out = new StringBuilder(line.length());
        while (k.find()) {
            String rest = k.group(1);
            // "<K<" after a word is its "<<" ("VU<K<QUOC"); after two fillers the K is a speck LONE_CONSONANT drops
            boolean filler = rest.isEmpty() ? k.start() >= 2 && Character.isLetter(line.charAt(k.start() - 2))
                    : !rest.matches("P[^H].*|P") && opensNoSyllableBefore(rest);
            k.appendReplacement(out, filler ? rest : "K" + rest);
        }
        return k.appendTail(out).toString();
    }

    /** Whether a K before these letters is no part of the name: they are a syllable alone and none with the K. */
    private static boolean opensNoSyllableBefore(String letters) {
        return VietnameseSyllable.spellsOneUnmarked(letters) && !VietnameseSyllable.spellsOneUnmarked("K" + letters);
    }

    /**
     * The name line with what stands after the given names' padding as fillers: the names end at the first four
     * fillers after the surname's two, and no name resumes after them ("TAM<<<<<KE<KE": the
     * guilloche read as letters).
     */
    private static String afterThePadding(String line) {
        int surname = line.indexOf("<<");
        int padding = surname < 0 ? -1 : line.indexOf("<<<<", surname + 2);
        return padding < 0 ? line : line.substring(0, padding) + line.substring(padding).replaceAll("[^<]", "<");
    }

    /**
     * The name line's words as ICAO 9303 writes them: the surname, "<<", the given names one "<" apart, so a
     * later "<<" between two words is a filler doubled by the OCR ("XUAN<<LINH"); and a letter doubled where no
     * Vietnamese name doubles one ("GIIANG", "HOO": only "UU", as in HỮU, and "OO" before NG or C occur) is a letter read
     * twice; a given name of one consonant ("VO<<K<KIM") is a speck read as a letter. Each dropped filler or letter is
     * given back at the line's end, where the fillers are.
     */
    static String nameWords(String line) {
        int first = line.indexOf("<<");
        if (first < 0) {
            return line;
        }
        String surname = line.substring(0, first + 2);
        String given = LONE_CONSONANT.matcher(DOUBLED_FILLER.matcher(line.substring(first + 2)).replaceAll("<")).replaceAll("");
        String tidy = DOUBLED_O.matcher(DOUBLED_LETTER.matcher(surname + given).replaceAll("$1")).replaceAll("");
        return tidy + "<".repeat(line.length() - tidy.length());
    }

    /** d digit, a letter or filler, x either (sex, fillers that may hold data). */
    private static char kind(int line, int i) {
        if (line == 1) {
            return i < 5 ? 'a' : i < 28 ? 'd' : 'x';
        }
        if (line == 2) {
            return i <= 6 || (i >= 8 && i <= 14) || i == 29 ? 'd' : i == 7 ? 'x' : 'a';
        }
        return 'a';
    }

    static char digit(char c) {
        return switch (c) {
            case 'O', 'D', 'Q', 'U' -> '0';
            case 'I', 'L', 'J' -> '1';
            case 'Z' -> '2';
            case 'A' -> '4';
            case 'S' -> '5';
            case 'G' -> '6';
            case 'T' -> '7';
            case 'B' -> '8';
            default -> c;
        };
    }

    private static char letter(char c) {
        return switch (c) {
            case '0' -> 'O';
            case '1' -> 'I';
            case '2' -> 'Z';
            case '5' -> 'S';
            case '6' -> 'G';
            case '8' -> 'B';
            default -> c;
        };
    }
}
