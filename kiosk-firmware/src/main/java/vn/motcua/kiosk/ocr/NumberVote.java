package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.motcua.client.identity.PersonalNumbers;

/**
 * A vote on the personal number's digits when the page read them unsurely: Tesseract's Vietnamese model reads
 * some serif faces' 4 as 1 (080194… as 080191…, 045… as 015…) on the page and again on the number cropped
 * alone, while its English model, trained on far more digits, reads the same crop right. So the number's word,
 * when read with a confidence under {@link NameVote#SURE}, is read again alone with the English model, in grey
 * and at Otsu's threshold; each reading that is a number a card can carry (12 digits, a province's code, a
 * birth year not after today: {@link PersonalNumbers#problem}) votes with its confidence, the page's own too,
 * and the number with the most weight wins: the page's on a tie, another only when both looks read it. A number read surely is never read again.
 */
final class NumberVote {
    private final Function<BufferedImage, List<OcrWord>> digitReader;

    NumberVote(String tessdata) {
        WordReader english = new WordReader(tessdata, "eng", 8); // one word per crop
        this.digitReader = english::words;
    }

    /** With a reader given (tests): each crop's words. */
    NumberVote(Function<BufferedImage, List<OcrWord>> digitReader) {
        this.digitReader = digitReader;
    }

    IdCardReading improve(BufferedImage card, List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
                          List<String> wanted, IdCardReading first, double threshold, LocalDate today) {
        String number = first.fields().get("number");
        OcrWord word = numberWord(byField.getOrDefault("number", List.of()), rows);
        if (word == null || word.confidence() >= NameVote.SURE) {
            return first;
        }
        Map<String, Double> weight = new LinkedHashMap<>();
        if (number != null && PersonalNumbers.problem(number, today).isEmpty()) {
            weight.put(number, (double) word.confidence());
        }
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (BufferedImage look : WordCrop.looks(card, word)) {
            for (OcrWord read : digitReader.apply(look)) {
                String digits = read.text().replaceAll("[^0-9]", "");
                if (PersonalNumbers.problem(digits, today).isEmpty()) {
                    weight.merge(digits, (double) read.confidence(), Double::sum);
                    votes.merge(digits, 1, Integer::sum);
                }
            }
        }
        String best = null;
        double most = 0;
        for (Map.Entry<String, Double> e : weight.entrySet()) {
            // strictly more: the page's number, counted first, keeps a tie; another needs both looks to read it
            if (e.getValue() > most && (e.getKey().equals(number) || votes.getOrDefault(e.getKey(), 0) >= 2)) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        if (best == null || best.equals(number)) {
            return first;
        }
        Map<String, List<CardTextParser.Line>> withIt = new LinkedHashMap<>(byField);
        withIt.put("number", List.of(new CardTextParser.Line(best, (float) Math.min(100, most / 2), word.top(),
                word.bottom(), word.left(), word.right())));
        return CardTextParser.parse(withIt, wanted, threshold, first.millis());
    }

    /** The page's word of the number's lines with the most digits (nine or more), or null. */
    static OcrWord numberWord(List<CardTextParser.Line> lines, List<TextRow> rows) {
        return WordCrop.mostDigits(lines, rows, 8);
    }

    /** A crop read with the English model as one word (shared with {@link DateVote}: one Tesseract for digits). */
    List<OcrWord> readDigits(BufferedImage crop) {
        return digitReader.apply(crop);
    }
}
