package vn.motcua.kiosk.ocr;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written out in words, as the 2016 CCCD's back prints its issue date ("Ngày 05 tháng 03 năm 2018",
 * the way Vietnamese documents date their signature), turned into the dd/mm/yyyy every other date field
 * is read from. Read as OCR leaves it: marks lost or wrong ("Ngảy", "thảng"), a letter off in each word
 * ("nărn"), a digit read as a letter (O or Ø for 0, l, I or ] for 1), the number glued to its word; two of the
 * three words are enough, since a day (1–31), a month (1–12) and a four-digit year between them are not there
 * by chance.
 */
final class WrittenDates {
    /**
     * A day or month of one or two digits; a space inside is a 1 broken apart ("tháng ï 1": Tesseract reads a 1's
     * serifed head as a letter of its own, a date prints its number whole).
     */
    private static final String NUM = "([0-9oøil|\\]](?: ?[0-9oøil|\\]])?)";
    private static final Pattern WRITTEN = Pattern.compile("(?<![a-z])([a-z]{2,6})\\s*" + NUM + "\\s*[,.]?\\s*([a-z]{3,7})\\s*"
            + NUM + "\\s*[,.]?\\s*([a-z]{2,5})\\s*([0-9oøil|\\]]{4})(?![0-9])");

    private WrittenDates() {
    }

    /** "dd/mm/yyyy" for a text holding a date written out in words, else null. */
    static String asDigits(String text) {
        Matcher m = WRITTEN.matcher(Fold.fold(text));
        while (m.find()) {
            int words = near(m.group(1), "ngay") + near(m.group(3), "thang") + near(m.group(5), "nam");
            String year = digits(m.group(6));
            int day = Integer.parseInt(digits(m.group(2)));
            int month = Integer.parseInt(digits(m.group(4)));
            if (words >= 2 && year.matches("\\d{4}") && day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                return String.format("%02d/%02d/%s", day, month, year);
            }
        }
        return null;
    }

    /** The row with its written-out date as one dd/mm/yyyy word over the same box; any other row as it is. */
    static TextRow rewrite(TextRow row) {
        String date = asDigits(row.text());
        if (date == null) {
            return row;
        }
        double conf = row.words().stream().mapToDouble(OcrWord::confidence).average().orElse(0);
        OcrWord first = row.words().get(0);
        return new TextRow(List.of(new OcrWord(date, (float) conf, row.left(), row.top(), row.right(), row.bottom(),
                first.line())));
    }

    static List<TextRow> rewrite(List<TextRow> rows) {
        return rows.stream().map(WrittenDates::rewrite).toList();
    }

    /** A letter off in "ngay" and "nam", two in "thang" (its "t" and "h" are the first a blur joins or drops). */
    private static int near(String word, String expected) {
        return Edits.distance(word, expected) <= (expected.length() >= 5 ? 2 : 1) ? 1 : 0;
    }

    private static String digits(String s) {
        return s.replace(" ", "").replace('o', '0').replace('ø', '0').replace('i', '1').replace('l', '1').replace('|', '1').replace(']', '1');
    }
}
