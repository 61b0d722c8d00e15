package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.motcua.client.identity.PersonalNumbers;

/**
 * A vote on the front's birth date when the page read it unsurely. A blurred digit is often read as another
 * that still makes a real date with the personal number's year (17/09/1969 as 07/09/1969, 15 as 05): no rule on
 * the card tells it, so {@link DateCheck} never looks again. The date's word, when read with a confidence under
 * {@link NameVote#SURE}, is cut out alone and read again with the English model ({@link NumberVote}'s), in grey
 * and at Otsu's threshold; a look counts only when it reads a calendar date of the year the number carries
 * (its century digit and last two: {@link PersonalNumbers#birthYear}), and the page's date changes only when
 * both looks read the same other date and it agrees with the printed expiry as well as the page's did.
 */
final class DateVote {
    private final Function<BufferedImage, List<OcrWord>> digitReader;

    /** Each crop's words, read as one word by the English model (tests give their own). */
    DateVote(Function<BufferedImage, List<OcrWord>> digitReader) {
        this.digitReader = digitReader;
    }

    IdCardReading improve(BufferedImage card, List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
                          IdCardReading first, double threshold, LocalDate today) {
        LocalDate page = DateAgreement.parse(first.fields().get("dateOfBirth"));
        String number = first.fields().get("number");
        if (page == null || number == null || PersonalNumbers.problem(number, today).isPresent()) {
            return first;
        }
        // a date is dd/mm/yyyy: its word has eight digits, six at least when the page ran some together
        OcrWord word = WordCrop.mostDigits(byField.getOrDefault("dateOfBirth", List.of()), rows, 5);
        if (word == null) { // its slashes read as spaces: the three words read again as one
            word = WordCrop.splitDate(byField.getOrDefault("dateOfBirth", List.of()), rows);
        }
        if (word == null || word.confidence() >= NameVote.SURE) {
            return first;
        }
        DateAgreement.Witnesses year = new DateAgreement.Witnesses(number, null, null);
        List<LocalDate> dates = new ArrayList<>();
        double sum = 0;
        for (BufferedImage look : WordCrop.looks(card, word)) {
            List<OcrWord> read = digitReader.apply(look);
            String text = String.join("", read.stream().map(OcrWord::text).toList());
            LocalDate d = DateAgreement.parse(DateCheck.secondLookDate(text, "dateOfBirth"));
            if (d != null && DateAgreement.birthAgrees(d, year, today)) {
                dates.add(d);
                sum += read.stream().mapToDouble(OcrWord::confidence).min().orElse(0);
            }
        }
        if (dates.size() < 2 || !dates.get(0).equals(dates.get(1)) || dates.get(0).equals(page)) {
            return first;
        }
        LocalDate voted = dates.get(0);
        // the printed expiry (2016, 2021 fronts) is the birthday at a milestone: a date it agreed with stays
        DateAgreement.Witnesses all = new DateAgreement.Witnesses(number, DateCheck.printedExpiry(rows), null);
        if (DateAgreement.birthScore(voted, all, today) < DateAgreement.birthScore(page, all, today)) {
            return first;
        }
        return first.with("dateOfBirth", voted.toString(), Math.round(sum / dates.size()) / 100.0, threshold);
    }
}
