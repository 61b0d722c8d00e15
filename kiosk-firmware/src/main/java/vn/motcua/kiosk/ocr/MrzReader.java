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
    private static final java.util.regex.Pattern K_CLOSING_A_WORD = java.util.regex.Pattern.compile("(?<=[A-Z])K+(?=<|$)");
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

    /** The three MRZ lines as read and shaped, or null when no three lines were found. */
    String read(BufferedImage card, List<TextRow> rows, CardLayout.Band band) {
        double top = rows.stream().filter(r -> r.text().contains("<<") || ModelDetector.compact(r.text())
                .startsWith("idvnm")).mapToDouble(TextRow::top).min().orElse(band.from());
        int y0 = Math.max(0, (int) ((Math.min(top, band.to() - 0.1) - 0.03) * card.getHeight()));
        // MRZ characters are the card's largest print: at 0.6 they are still ~20 px high, and the pass costs less
        BufferedImage zone = CardImage.resize(card.getSubimage(0, y0, card.getWidth(), card.getHeight() - y0), ZONE_SCALE);
        Map<Integer, StringBuilder> lines = new LinkedHashMap<>();
        for (OcrWord w : reader.words(zone)) {
            lines.computeIfAbsent(w.line(), k -> new StringBuilder()).append(w.text().replaceAll("\\s", ""));
        }
        List<String> candidates = new ArrayList<>(lines.values().stream().map(StringBuilder::toString)
                .filter(s -> s.length() >= 20 && s.contains("<<")).toList());
        if (candidates.size() < 3) {
            return null;
        }
        // the MRZ is the last three long lines; anything above (a stray label) is dropped
        candidates = candidates.subList(candidates.size() - 3, candidates.size());
        return MrzRepair.repair(shape(candidates.get(0), 1) + "\n" + shape(candidates.get(1), 2) + "\n"
                + shape(candidates.get(2), 3));
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
        return out.toString();
    }

    /**
     * The line at 30 characters where the Vietnamese TD1 fixes what stands where: line 1 ends in "<<" after
     * the 28 characters of code, numbers and check digits; line 2 has 18 characters of dates, sex and
     * nationality, 11 fillers and the composite check digit. A filler lost or doubled by the OCR so no
     * longer shifts the check digit out of its place.
     */
    private static String fixed(String raw, int line) {
        if (line == 1) {
            // every Vietnamese card's line 1 opens with IDVNM; "TDVNM", "1DVNM" are that
            String data = raw.replaceFirst("<+$", "").replaceFirst("^.{0,2}[DO0]?V[NM][MN]", "IDVNM");
            data = data.length() >= 28 ? data.substring(0, 28) : data + "<".repeat(28 - data.length());
            return data + "<<";
        }
        if (line == 2 && raw.length() >= 19) {
            String tail = raw.substring(18).replace("<", "");
            return raw.substring(0, 18) + "<".repeat(11) + (tail.isEmpty() ? "<" : tail.substring(tail.length() - 1));
        }
        if (line == 3) {
            // no Vietnamese syllable ends in K: a K closing a word of the name is a filler '<' misread
            raw = K_CLOSING_A_WORD.matcher(raw).replaceAll(m -> "<".repeat(m.group().length()));
        }
        return raw.length() > 30 ? raw.substring(0, 30) : raw + "<".repeat(30 - raw.length());
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

    private static char digit(char c) {
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
