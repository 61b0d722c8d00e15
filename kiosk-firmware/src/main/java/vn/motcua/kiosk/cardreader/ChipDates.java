package vn.motcua.kiosk.cardreader;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as the chip writes them (dd/MM/yyyy as printed on the card), turned into yyyy-MM-dd. */
final class ChipDates {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{2})[/.-]?(\\d{2})[/.-]?(\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private ChipDates() {
    }

    /** yyyy-MM-dd when the text is a real date in one of the card's formats; the text unchanged otherwise. */
    static String normalise(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = DAY_FIRST.matcher(text);
        Matcher iso = ISO.matcher(text);
        try {
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))).toString();
            }
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3))).toString();
            }
        } catch (DateTimeException e) {
            return text;
        }
        return text;
    }
}
