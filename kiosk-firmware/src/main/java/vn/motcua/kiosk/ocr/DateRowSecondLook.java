package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 2016 back's issue date when the page left none, or one from a year no such card was issued in: its row
 * ("Ngày 05 tháng 03 năm 2018", the seal's rim often across it) is found by its shape, one of the words "ngày",
 * "tháng", "năm" a letter or two off or a year the model was issued in, and read again alone (one text line).
 * Its date is taken by its words ({@link WrittenDates}) or, the words garbled, by its shape: three numbers in
 * order, a day 1-31, a month 1-12 and a year the model was issued in, which no other print of that back holds.
 * A date by shape alone is shown to the citizen to check (its confidence below the threshold).
 */
final class DateRowSecondLook {
    /** Circular 61/2015/TT-BCA: the 2016 CCCD was issued from 1 January 2016 ... */
    static final int FIRST_YEAR = 2016;
    /** ... until the chip CCCD (Circular 06/2021/TT-BCA) replaced it in 2021. */
    static final int LAST_YEAR = 2021;
    static final double BY_WORDS = 0.85;
    static final double BY_SHAPE = 0.5;
    private static final Pattern SHAPE = Pattern.compile("(?<!\\d)(\\d{1,2})\\D{1,12}?(\\d{1,2})\\D{1,12}?(\\d{4})(?!\\d)");
    /**
     * The shape with each number standing whole, for a look that would overrule the page's date: a day or month
     * with a letter glued to it ("1f", "t4ag") is a number OCR broke (11 read "1f", "tháng" read "t4ag"), whose
     * digit left alone makes another date; an I or an l is a slash read as a letter ("22/02I2019"). A day after a
     * digit and a gap is the second digit of one split in two ("1 5/09/2024" for 15), no day of its own; nor is one
     * after a digit and a separator, a month split in two ("12/1 1/2026" for 12/11/2026, not 1/1/2026).
     */
    private static final String GLUED = "[\\p{L}\\d&&[^Il]]";
    private static final Pattern WHOLE = Pattern.compile("(?<!\\d\\s?)(?<!\\d[/.-])(\\d{1,2})(?!" + GLUED + ")\\D{1,12}?(?<!" + GLUED
            + ")(\\d{1,2})(?!" + GLUED + ")\\D{1,12}?(\\d{4})(?!\\d)");
    /**
     * dd/mm/yyyy with one of its slashes lost ("1402/2021", "14/022021"): Tesseract drops a thin slash between two
     * digits; the card prints the day and the month with two digits each, so the four (or six) digits split one way.
     */
    private static final Pattern SLASH_LOST = Pattern.compile("(?<![\\d/])(\\d{2})/?(\\d{2})/?(\\d{4})(?![\\d/])");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
    private static final List<String> WORDS = List.of("ngay", "thang", "nam");
    private final RowReader rowReader;

    DateRowSecondLook(RowReader rowReader) {
        this.rowReader = rowReader;
    }

    IdCardReading improve(BufferedImage card, List<TextRow> rows, CardLayout layout, IdCardReading reading) {
        if (layout.model() != CardModel.CCCD_2016 || layout.side() != CardSide.BACK) {
            return reading;
        }
        LocalDate read = DateAgreement.parse(reading.fields().get("issueDate"));
        if (read != null && issued(read.getYear())) {
            return reading;
        }
        List<TextRow> likely = new java.util.ArrayList<>();
        rows.stream().filter(r -> dateRowLike(r) > 0).sorted(java.util.Comparator.comparingInt(r -> -dateRowLike(r)))
                .limit(2).forEach(r -> {
                    likely.add(r);
                    TextRow under = under(r);
                    if (under != null) {
                        likely.add(under);
                    }
                });
        for (TextRow row : likely) {
            Found onPage = date(row.text());
            CardTextParser.Line again = onPage != null ? null : rowReader.read(card, List.of(TextRow.line(row.words())));
            Found found = onPage != null ? onPage : again == null ? null : date(again.text());
            if (found != null) {
                Map<String, String> fields = new LinkedHashMap<>(reading.fields());
                Map<String, Double> confidence = new LinkedHashMap<>(reading.confidence());
                fields.put("issueDate", found.date().toString());
                confidence.put("issueDate", found.confidence());
                List<String> toCheck = fields.keySet().stream()
                        .filter(f -> f.equals("issueDate") ? found.confidence() < BY_WORDS : reading.toCheck().contains(f)).toList();
                return new IdCardReading(fields, confidence, toCheck, reading.millis());
            }
        }
        return reading;
    }

    record Found(LocalDate date, double confidence) {
    }

    /** The date a row's text holds, by its words, else by its shape; null when neither gives a date of the issuing years. */
    static Found date(String text) {
        return date(text, SHAPE);
    }

    /**
     * As {@link #date(String)}, the numbers of a date by shape standing whole: what a second look must read to
     * overrule the page ({@link IssueDateVote}). A date only missing may be taken from a broken number, to be
     * checked ("1S" for 18 gives 01, which the vote then puts right); a date read must not be changed by one.
     */
    static Found wholeDate(String text) {
        return wholeDate(text, DateRowSecondLook::issued);
    }

    /** As {@link #wholeDate(String)}, for a model issued in the years {@code issuedIn} allows. */
    static Found wholeDate(String text, java.util.function.IntPredicate issuedIn) {
        return date(text, WHOLE, issuedIn);
    }

    private static Found date(String text, Pattern shape) {
        return date(text, shape, DateRowSecondLook::issued);
    }

    private static Found date(String text, Pattern shape, java.util.function.IntPredicate issuedIn) {
        String digits = WrittenDates.asDigits(text);
        if (digits != null) {
            LocalDate d = of(digits.substring(0, 2), digits.substring(3, 5), digits.substring(6), issuedIn);
            if (d != null) {
                return new Found(d, BY_WORDS);
            }
        }
        Matcher m = shape.matcher(text);
        while (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3), issuedIn);
            if (d != null) {
                return new Found(d, BY_SHAPE);
            }
        }
        Matcher lost = SLASH_LOST.matcher(text);
        while (lost.find()) {
            LocalDate d = lost.group().chars().filter(c -> c == '/').count() == 1 ? of(lost.group(1), lost.group(2), lost.group(3), issuedIn) : null;
            if (d != null) {
                return new Found(d, BY_SHAPE);
            }
        }
        return null;
    }

    /**
     * How much a row looks like the date row: 2 for a year the model was issued in, 1 for each date word a
     * letter off (two in "thang" when the word read is as long); 0 for none.
     */
    static int dateRowLike(TextRow row) {
        String text = Fold.fold(row.text());
        int score = 0;
        for (String word : text.split("[^a-z]+")) {
            for (String w : WORDS) {
                if (word.length() >= 3 && Edits.distance(word, w) <= (w.length() >= 5 && word.length() >= 5 ? 2 : 1)) {
                    score++;
                }
            }
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            if (issued(Integer.parseInt(y.group(1)))) {
                return score + 2;
            }
        }
        return score;
    }

    /**
     * The band under a date label with no date in its row: "Ngày, tháng, năm" printed with its dd/mm/yyyy under it,
     * the page having read the label and lost the date (or read only scraps of it as rows of their own). As wide
     * as the label and a quarter of it more on each side, as deep as 1.8 of the label's rows (the date may print
     * larger than its label); null for a row that holds a digit or fewer than two date words.
     */
    static TextRow under(TextRow label) {
        if (label.text().matches(".*\\d.*") || dateRowLike(label) < 2 || label.words().isEmpty()) {
            return null;
        }
        double h = label.bottom() - label.top();
        double w = label.right() - label.left();
        return new TextRow(List.of(new OcrWord("", 0, Math.max(0, label.left() - w / 4), label.bottom(),
                Math.min(1, label.right() + w / 4), Math.min(1, label.bottom() + 1.8 * h), label.words().get(0).line())));
    }

    /** Whether the 2016 CCCD was issued in that year. */
    static boolean issued(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    private static LocalDate of(String day, String month, String year, java.util.function.IntPredicate issuedIn) {
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return issuedIn.test(d.getYear()) ? d : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
