package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A vote on the 2016 back's issue date when the page read its digits unsurely. The date is the back's only field
 * and nothing else on that card (no MRZ, no expiry) tells a digit read as another that still makes a real date
 * (18 as "1S" and then 01, 11 as "ï 1"), so {@link DateCheck} has nothing to check it against and
 * {@link DateRowSecondLook}'s reading of the row with the Vietnamese model can keep the wrong digit. As
 * {@link DateVote} does for the front's birth date, the date's row ("Ngày 18 tháng 10 năm 2017", or "12/05/2018"
 * beside or under "Ngày, tháng, năm") is cut out alone and read again as one line with the English model, in
 * grey and at Otsu's threshold; a look counts only when it reads a date the law allows on that card (issued
 * from 2016 until the chip card replaced it in 2021: {@link DateRowSecondLook#FIRST_YEAR} to
 * {@link DateRowSecondLook#LAST_YEAR}; never after today), and the date changes only when both looks read the
 * same other date. The date's row is the one the field's lines lie on, else the row most like a date row. A date
 * neither the page nor {@link DateRowSecondLook} read is taken when both looks read the same one (the English
 * model reads the digits of "25/01/2016" under a signature's stroke where the Vietnamese one read "g016"), with
 * the looks' confidence, so still shown to check.
 *
 * <p>The 2024 back's issue date gets the same vote: its MRZ holds the birth and expiry dates, not the issue date,
 * so a day read as another real one ("11/09/2024" as "† 1/09/2024") has nothing else to be checked against. There
 * a look counts from the day the Law on Identification took effect ({@link MrzBackDates#FIRST_ISSUE}), and only
 * a date the page read is voted on: that back's two date rows are alike.
 */
final class IssueDateVote {
    /** A date whose day has one digit ("2/12/2024", "cấp:3/09/2026"), where the card prints two. */
    private static final java.util.regex.Pattern ONE_DIGIT_DAY = java.util.regex.Pattern.compile("(?:.*\\D)?\\d[/.-]\\d\\d?[/.-]\\d{4}.*");
    private final Function<BufferedImage, List<OcrWord>> lineReader;

    IssueDateVote(String tessdata) {
        WordReader english = new WordReader(tessdata, "eng", 7); // one text line per crop
        this.lineReader = english::lines;
    }

    /** With a reader given (tests): each crop's lines. */
    IssueDateVote(Function<BufferedImage, List<OcrWord>> lineReader) {
        this.lineReader = lineReader;
    }

    IdCardReading improve(BufferedImage card, List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
                          CardLayout layout, IdCardReading first, double threshold, LocalDate today) {
        boolean card2024 = layout.model() == CardModel.CAN_CUOC_2024;
        if (layout.model() != CardModel.CCCD_2016 && !card2024 || layout.side() != CardSide.BACK) {
            return first;
        }
        LocalDate page = DateAgreement.parse(first.fields().get("issueDate"));
        if (card2024 && page == null) {
            return first; // its two date rows alike, no row tells the issue date's but the one its lines lie on
        }
        // the 2016 card's issuing years; the 2024 card's from the day the Law on Identification took effect
        java.util.function.IntPredicate years = card2024 ? y -> y >= MrzBackDates.FIRST_ISSUE.getYear() && y <= today.getYear()
                : DateRowSecondLook::issued;
        // no date read: the field's lines (a band's guess) mark no date's row
        TextRow row = dateRow(page == null ? List.of() : byField.getOrDefault("issueDate", List.of()), rows);
        if (row == null || page != null && surely(row, first.confidence().getOrDefault("issueDate", 0.0), threshold)) {
            return first;
        }
        OcrWord span = new OcrWord(row.text(), 0, row.left(), row.top(), row.right(), row.bottom(), 0);
        List<LocalDate> dates = new ArrayList<>();
        double sum = 0;
        for (BufferedImage look : WordCrop.looks(card, span)) {
            List<OcrWord> read = lineReader.apply(look);
            String text = String.join(" ", read.stream().map(OcrWord::text).toList());
            DateRowSecondLook.Found found = DateRowSecondLook.wholeDate(text, years);
            if (found != null && !found.date().isAfter(today) && !(card2024 && found.date().isBefore(MrzBackDates.FIRST_ISSUE))) {
                dates.add(found.date());
                sum += read.stream().mapToDouble(OcrWord::confidence).min().orElse(0);
            }
        }
        if (dates.size() < 2 || !dates.get(0).equals(dates.get(1)) || dates.get(0).equals(page)) {
            return first;
        }
        return first.with("issueDate", dates.get(0).toString(), Math.round(sum / 2) / 100.0, threshold);
    }

    /**
     * Whether the date was read surely: every digit of its row with the page's confidence, and itself above the
     * threshold; not when the day has one digit ("† 3/09/2026" for 13/09/2026: the mark is the day's first digit;
     * "2/12/2024" for 25/12/2024, its second lost), though the rest is a real date read surely.
     */
    private static boolean surely(TextRow row, double confidence, double threshold) {
        List<OcrWord> words = row.words();
        for (int i = 0; i < words.size(); i++) {
            // the card prints the day with two digits: a day of one is one digit short, with a mark before it or not
            if (ONE_DIGIT_DAY.matcher(words.get(i).text()).matches()) {
                return false;
            }
        }
        return confidence >= threshold && words.stream().filter(w -> w.text().matches(".*\\d.*"))
                .allMatch(w -> w.confidence() >= NameVote.SURE);
    }

    /**
     * The page's row under the date's lines, else the row most like the date's ({@link DateRowSecondLook#dateRowLike}),
     * or the band under it when that is a label with no date in its row ({@link DateRowSecondLook#under}); null for none.
     */
    static TextRow dateRow(List<CardTextParser.Line> lines, List<TextRow> rows) {
        for (TextRow r : rows) {
            if (r.text().matches(".*\\d.*") && lines.stream().anyMatch(l -> BackDates.overlaps(l, r))) {
                return r;
            }
        }
        TextRow likest = rows.stream().filter(r -> DateRowSecondLook.dateRowLike(r) > 0)
                .max(Comparator.comparingInt(DateRowSecondLook::dateRowLike)).orElse(null);
        TextRow under = likest == null ? null : DateRowSecondLook.under(likest);
        return under != null ? under : likest;
    }
}
