package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vote on the house, hamlet and group numbers inside the places (origin, residence, birth): Tesseract's
 * Vietnamese model reads a serif 4 as 1 in addresses as it does in the personal number ("Khóm 4" as "Khóm 1",
 * "146" as "116"), and no rule of address shape can tell which number was printed. So a word of a place's lines
 * that holds digits and was read with a confidence under {@link NameVote#SURE} is cut out alone and read again
 * with the English model ({@link NumberVote}'s), in grey and at Otsu's threshold ({@link WordCrop#looks}); its
 * digits change only when both looks read the same other digits, as many as the page read, and the letters
 * around them ("Số", "/", "Tổ") stay as the page read them. A number read surely is never read again. An alley's
 * slash read as a 1 ("117/39" as "117139", in sans faces) is put back when both looks read the slash.
 */
final class PlaceNumberVote {
    static final List<String> PLACES = List.of("placeOfOrigin", "placeOfResidence", "placeOfBirth");

    private final Function<BufferedImage, List<OcrWord>> digitReader;

    /** Each crop's words, read as one word by the English model (tests give their own). */
    PlaceNumberVote(Function<BufferedImage, List<OcrWord>> digitReader) {
        this.digitReader = digitReader;
    }

    IdCardReading improve(BufferedImage card, List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
                          IdCardReading first, double threshold) {
        Map<String, List<CardTextParser.Line>> voted = new LinkedHashMap<>();
        for (String place : PLACES) {
            List<CardTextParser.Line> lines = byField.get(place);
            if (lines == null || first.fields().get(place) == null) {
                continue;
            }
            List<CardTextParser.Line> out = new ArrayList<>();
            boolean changed = false;
            for (CardTextParser.Line line : lines) {
                String text = line.text();
                for (TextRow row : rows) {
                    for (int i = 0; i < row.words().size(); i++) {
                        OcrWord w = row.words().get(i);
                        boolean number = w.confidence() < NameVote.SURE && digits(w.text()).length() > 0
                                || i > 0 && numberReadAsLetters(row.words().get(i - 1).text(), w.text());
                        if (WordCrop.inLine(w, line) && number) {
                            text = replaced(text, Normalizer.normalize(w.text(), Normalizer.Form.NFC).strip(), card, w);
                        }
                    }
                }
                changed |= !text.equals(line.text());
                out.add(new CardTextParser.Line(text, line.confidence(), line.top(), line.bottom(), line.left(),
                        line.right()));
            }
            if (changed) {
                voted.put(place, out);
            }
        }
        if (voted.isEmpty()) {
            return first;
        }
        IdCardReading places = CardTextParser.parse(voted, List.copyOf(voted.keySet()), threshold, 0);
        IdCardReading out = first;
        for (String place : voted.keySet()) {
            if (places.fields().get(place) != null) {
                out = out.with(place, places.fields().get(place), places.confidence().get(place), threshold);
            }
        }
        return out;
    }

    /**
     * The line's text with the page's word, a whole word of it, given the digits both looks read, if they did; or
     * the alley's number both read where the page read its slash as a 1 ("117/39" as "117139").
     */
    private String replaced(String text, String page, BufferedImage card, OcrWord w) {
        Matcher m = Pattern.compile("(?<!\\S)" + Pattern.quote(page) + "(?!\\S)").matcher(text);
        if (!m.find()) {
            return text; // the parser built the line otherwise (a label's remnant cut off): nothing to vote on
        }
        List<String> reads = new ArrayList<>();
        for (BufferedImage look : WordCrop.looks(card, w)) {
            reads.add(String.join("", digitReader.apply(look).stream().map(OcrWord::text).toList()));
        }
        if (reads.size() < 2) {
            return text;
        }
        String alley = slashReadAsOne(page, reads);
        if (alley != null) {
            return text.substring(0, m.start()) + alley + text.substring(m.end());
        }
        String pageDigits = digits(page);
        if (pageDigits.isEmpty()) {
            // letters where a number stands: taken only when both looks read a number and nothing else
            String read = reads.get(0).replaceAll("[,.]$", "");
            boolean alike = read.matches("\\d{1,3}") && reads.stream().allMatch(r -> r.replaceAll("[,.]$", "").equals(read));
            return alike ? text.substring(0, m.start()) + read + (page.endsWith(",") ? "," : "") + text.substring(m.end()) : text;
        }
        String both = digits(reads.get(0));
        if (both.length() != pageDigits.length() || reads.stream().anyMatch(r -> !digits(r).equals(both)) || both.equals(pageDigits)) {
            return text;
        }
        return text.substring(0, m.start()) + withDigits(page, both) + text.substring(m.end());
    }

    /** The types of hamlets and groups that are numbered ("Tổ 7", "Tổ dân phố 7", "Khu phố 9", "Xóm 4"). */
    static final String NUMBERED_TYPES = "số|tổ|phố|xóm|khóm|đội|ấp|thôn|khối";
    private static final Pattern NUMBERED_TYPE = Pattern.compile("(?:" + NUMBERED_TYPES + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whether a word after a numbered type may be its number read as letters ("Tổ Ty", "Tổ dân phố rã" for 7): no
     * digit and at most three letters, the length of a hamlet's number; a name there is read as letters again.
     */
    static boolean numberReadAsLetters(String before, String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFC).replaceAll("[,.]$", "");
        return NUMBERED_TYPE.matcher(Normalizer.normalize(before, Normalizer.Form.NFC)).matches()
                && w.matches("\\p{L}{1,3}") && !w.equalsIgnoreCase("dân"); // "Tổ dân phố"
    }

    /** An alley's number, digits on both sides of one slash ("117/39", "88/9"), as both looks must read it alike. */
    private static final Pattern ALLEY = Pattern.compile("\\d{1,4}/\\d{1,4}");
    /** A number the page read without a slash, and its closing comma or stop. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(\\d{3,8})([,.]?)");

    /**
     * The alley's number when the page read a number whose slash it took for a 1 ("8819") and both looks read the
     * slash, with the same digits either side; the page's closing comma kept. Null otherwise.
     */
    static String slashReadAsOne(String page, List<String> reads) {
        Matcher number = PAGE_NUMBER.matcher(page);
        if (!number.matches()) {
            return null;
        }
        String first = reads.get(0).replaceAll("[,.]$", "");
        boolean alike = reads.stream().allMatch(r -> r.replaceAll("[,.]$", "").equals(first));
        return alike && ALLEY.matcher(first).matches() && first.replace('/', '1').equals(number.group(1))
                ? first + number.group(2) : null;
    }

    /** The word with its digits, in order, replaced by the given ones (as many): its letters and marks kept. */
    static String withDigits(String word, String digits) {
        StringBuilder out = new StringBuilder(word.length());
        int next = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(c >= '0' && c <= '9' ? digits.charAt(next++) : c);
        }
        return out.toString();
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }
}
