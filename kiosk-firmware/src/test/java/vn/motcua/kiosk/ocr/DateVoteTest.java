package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The vote on the birth date: the rule with readings given here, then Tesseract's English model on a drawn date. */
class DateVoteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    /** Hà Nội (001), a man born in the 1900s (0), in 69. */
    private static final String NUMBER = "001069012345";
    private static final BufferedImage BLANK = new BufferedImage(1200, 756, BufferedImage.TYPE_BYTE_GRAY);
    /** 17/09/1969 read as another real date of the number's year, unsurely. */
    private static final OcrWord UNSURE = new OcrWord("07/09/1969", 80, 0.4, 0.5, 0.55, 0.54, 5);

    private static OcrWord read(String text, float confidence) {
        return new OcrWord(text, confidence, 0, 0, 1, 1, 0);
    }

    /** The date as the page read it, in the box where it is drawn, beside the number, and the vote's answer. */
    private static IdCardReading voted(DateVote vote, BufferedImage card, OcrWord pageWord, List<TextRow> more) {
        Map<String, List<CardTextParser.Line>> byField = new LinkedHashMap<>();
        byField.put("number", List.of(new CardTextParser.Line(NUMBER, 95, 0.3, 0.34, 0.4)));
        byField.put("dateOfBirth", List.of(TextRow.line(List.of(pageWord))));
        List<String> wanted = List.of("number", "dateOfBirth");
        IdCardReading first = CardTextParser.parse(byField, wanted, IdCardOcr.DEFAULT_THRESHOLD, 0);
        List<TextRow> rows = new java.util.ArrayList<>(more);
        rows.add(new TextRow(List.of(pageWord)));
        return vote.improve(card, rows, byField, first, IdCardOcr.DEFAULT_THRESHOLD, TODAY);
    }

    private static String dateVotedBy(Function<BufferedImage, List<OcrWord>> looks, OcrWord pageWord) {
        return voted(new DateVote(looks), BLANK, pageWord, List.of()).fields().get("dateOfBirth");
    }

    @Test
    void aDateBothLooksReadOfTheNumbersYearReplacesThePagesUnsureOne() {
        assertThat(dateVotedBy(img -> List.of(read("17/09/1969", 93)), UNSURE)).isEqualTo("1969-09-17");
    }

    @Test
    void oneLookAloneDoesNotOverruleThePage() {
        AtomicInteger looks = new AtomicInteger();
        Function<BufferedImage, List<OcrWord>> twoReadings =
                img -> List.of(read(looks.getAndIncrement() == 0 ? "17/09/1969" : "11/09/1969", 93));
        assertThat(dateVotedBy(twoReadings, UNSURE))
                .isEqualTo("1969-09-07");
    }

    @Test
    void aDateOfAnotherYearThanTheNumbersHasNoVote() {
        assertThat(dateVotedBy(img -> List.of(read("17/09/1968", 96)), UNSURE)).isEqualTo("1969-09-07");
        // no calendar date: 31 September
        assertThat(dateVotedBy(img -> List.of(read("31/09/1969", 96)), UNSURE)).isEqualTo("1969-09-07");
    }

    @Test
    void aDateWhoseSlashesWereReadAsSpacesIsVotedOnAsOneWord() {
        // "07 09 1969": three words, none with the six digits the vote looks for
        List<OcrWord> split = List.of(new OcrWord("07", 80, 0.40, 0.5, 0.43, 0.54, 5),
                new OcrWord("09", 85, 0.44, 0.5, 0.47, 0.54, 5), new OcrWord("1969", 92, 0.48, 0.5, 0.55, 0.54, 5));
        Map<String, List<CardTextParser.Line>> byField = new LinkedHashMap<>();
        byField.put("number", List.of(new CardTextParser.Line(NUMBER, 95, 0.3, 0.34, 0.4)));
        byField.put("dateOfBirth", List.of(TextRow.line(split)));
        IdCardReading first = CardTextParser.parse(byField, List.of("number", "dateOfBirth"), IdCardOcr.DEFAULT_THRESHOLD, 0);
        assertThat(first.fields().get("dateOfBirth")).isEqualTo("1969-09-07");
        List<OcrWord> cropped = new java.util.ArrayList<>();
        DateVote vote = new DateVote(img -> {
            cropped.add(read(img.getWidth() + "x" + img.getHeight(), 0));
            return List.of(read("17/09/1969", 93));
        });
        IdCardReading voted = vote.improve(BLANK, List.of(new TextRow(split)), byField, first, IdCardOcr.DEFAULT_THRESHOLD, TODAY);
        assertThat(voted.fields().get("dateOfBirth")).isEqualTo("1969-09-17");
        // one crop over the three words (0.40-0.55 of 1200 px, with its margin, enlarged 1.5 times), in two looks
        assertThat(cropped).hasSize(2);
        assertThat(Integer.parseInt(cropped.get(0).text().split("x")[0])).isGreaterThan((int) (0.15 * 1200 * 1.5));
    }

    @Test
    void aDateReadSurelyIsNotReadAgain() {
        AtomicInteger looks = new AtomicInteger();
        OcrWord sure = new OcrWord("07/09/1969", 94, 0.4, 0.5, 0.55, 0.54, 5);
        assertThat(dateVotedBy(img -> {
            looks.incrementAndGet();
            return List.of(read("17/09/1969", 96));
        }, sure)).isEqualTo("1969-09-07");
        assertThat(looks).hasValue(0);
    }

    @Test
    void aDateThePrintedExpiryVouchesForStays() {
        // "Có giá trị đến: 07/09/2029": the birthday at 60 of the page's date, not of the looks'
        OcrWord label = new OcrWord("Có giá trị đến: 07/09/2029", 92, 0.1, 0.8, 0.6, 0.84, 9);
        DateVote vote = new DateVote(img -> List.of(read("17/09/1969", 93)));
        assertThat(voted(vote, BLANK, UNSURE, List.of(new TextRow(List.of(label)))).fields().get("dateOfBirth"))
                .isEqualTo("1969-09-07");
    }

    @Test
    void theEnglishModelReadsTheDateCroppedAlone() throws Exception {
        BufferedImage card = DrawnCard.with("17/09/1969", 480, 400);
        List<OcrWord> page = new WordReader(IdCardOcr.tessdata(), "vie", 3).words(card).stream()
                .filter(w -> w.text().replaceAll("\\D", "").length() >= 6).toList();
        assertThat(page).hasSize(1);
        OcrWord w = page.get(0);
        // the page's reading as a blurred 1 comes out: gone, unsurely
        OcrWord misread = new OcrWord("07/09/1969", 80, w.left(), w.top(), w.right(), w.bottom(), w.line());
        DateVote vote = new DateVote(new NumberVote(IdCardOcr.tessdata())::readDigits);
        assertThat(voted(vote, card, misread, List.of()).fields().get("dateOfBirth")).isEqualTo("1969-09-17");
    }
}
