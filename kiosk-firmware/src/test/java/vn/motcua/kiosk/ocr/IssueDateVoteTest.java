package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The vote on the 2016 and 2024 backs' issue date: the rule with readings given here, then Tesseract's English model on a drawn date. */
class IssueDateVoteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final BufferedImage BLANK = new BufferedImage(1200, 756, BufferedImage.TYPE_BYTE_GRAY);
    private static final CardLayout BACK_2016 = CardLayouts.builtIn().of(CardModel.CCCD_2016, CardSide.BACK).orElseThrow();
    private static final CardLayout BACK_2021 = CardLayouts.builtIn().of(CardModel.CCCD_2021, CardSide.BACK).orElseThrow();
    private static final CardLayout BACK_2024 = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow();
    /** 12/05/2018 read as another real date, unsurely. */
    private static final OcrWord UNSURE = new OcrWord("17/05/2018", 80, 0.3, 0.3, 0.45, 0.34, 4);

    private static OcrWord read(String text, float confidence) {
        return new OcrWord(text, confidence, 0, 0, 1, 1, 0);
    }

    /** The page's row, the date's line over it as BackDates leaves it, and the vote's answer. */
    private static String voted(IssueDateVote vote, BufferedImage card, CardLayout layout, List<OcrWord> row, LocalDate today) {
        TextRow page = new TextRow(row);
        Map<String, List<CardTextParser.Line>> byField = Map.of("issueDate", List.of(TextRow.line(WrittenDates.rewrite(page).words())));
        IdCardReading first = CardTextParser.parse(byField, List.of("issueDate"), IdCardOcr.DEFAULT_THRESHOLD, 0);
        return vote.improve(card, List.of(page), byField, layout, first, IdCardOcr.DEFAULT_THRESHOLD, today).fields().get("issueDate");
    }

    private static String votedBy(Function<BufferedImage, List<OcrWord>> looks, OcrWord pageWord) {
        return voted(new IssueDateVote(looks), BLANK, BACK_2016, List.of(pageWord), TODAY);
    }

    @Test
    void aDateBothLooksReadReplacesThePagesUnsureOne() {
        assertThat(votedBy(img -> List.of(read("12/05/2018", 93)), UNSURE)).isEqualTo("2018-05-12");
    }

    @Test
    void oneLookAloneDoesNotOverruleThePage() {
        AtomicInteger looks = new AtomicInteger();
        assertThat(votedBy(img -> List.of(read(looks.getAndIncrement() == 0 ? "12/05/2018" : "13/05/2018", 93)), UNSURE))
                .isEqualTo("2018-05-17");
    }

    @Test
    void aDateTheLawDoesNotAllowOnThisCardHasNoVote() {
        // the 2016 CCCD was issued from 2016 until the chip card replaced it in 2021
        assertThat(votedBy(img -> List.of(read("12/05/2015", 96)), UNSURE)).isEqualTo("2018-05-17");
        assertThat(votedBy(img -> List.of(read("12/05/2022", 96)), UNSURE)).isEqualTo("2018-05-17");
        // no calendar date: 31 April
        assertThat(votedBy(img -> List.of(read("31/04/2018", 96)), UNSURE)).isEqualTo("2018-05-17");
    }

    @Test
    void theTwoThousandTwentyFourBacksDayWhoseFirstDigitWasReadAsAMarkIsVotedOn() {
        // "11/09/2024" read "† 1/09/2024": the page's date is another real one, 1 September
        List<OcrWord> page = List.of(new OcrWord("†", 40, 0.50, 0.32, 0.51, 0.34, 4),
                new OcrWord("1/09/2024", 55, 0.51, 0.32, 0.60, 0.34, 4));
        IssueDateVote vote = new IssueDateVote(img -> List.of(read("Ngay, thang, nam cap / Date of issue: 11/09/2024", 90)));
        assertThat(voted(vote, BLANK, BACK_2024, page, TODAY)).isEqualTo("2024-09-11");
        // the 2024 card was first issued on 1 July 2024: an earlier date in both looks is no vote
        IssueDateVote early = new IssueDateVote(img -> List.of(read("11/06/2024", 90)));
        assertThat(voted(early, BLANK, BACK_2024, page, TODAY)).isEqualTo("2024-09-01");
    }

    @Test
    void aMarkBeforeADayOfOneDigitIsVotedOnThoughTheRestWasReadSurely() {
        // generator D's 5602 (FreeSans): "13/09/2026" read "† 3/09/2026", the date's word at 96
        List<OcrWord> page = List.of(new OcrWord("†", 96, 0.38, 0.32, 0.39, 0.35, 4),
                new OcrWord("3/09/2026", 96, 0.40, 0.32, 0.50, 0.35, 4));
        IssueDateVote vote = new IssueDateVote(img -> List.of(read("Ngay, thang, nam cap: 13/09/2026", 90)));
        assertThat(voted(vote, BLANK, BACK_2024, page, TODAY)).isEqualTo("2026-09-13");
        // no mark before it (D's 6802 at seed 6800, DejaVu Serif Condensed: "25/12/2024" read "2/12/2024"): one digit
        // short all the same
        IssueDateVote twentyFifth = new IssueDateVote(img -> List.of(read("Ngay, thang, nam cap: 25/12/2024", 90)));
        assertThat(voted(twentyFifth, BLANK, BACK_2024, List.of(new OcrWord("2/12/2024", 96, 0.40, 0.32, 0.50, 0.35, 4)), TODAY))
                .isEqualTo("2024-12-25");
        // a day of two digits read surely is not read again
        IssueDateVote never = new IssueDateVote(img -> {
            throw new AssertionError("read again");
        });
        assertThat(voted(never, BLANK, BACK_2024, List.of(new OcrWord("03/09/2026", 96, 0.40, 0.32, 0.50, 0.35, 4)), TODAY))
                .isEqualTo("2026-09-03");
    }

    @Test
    void aDaySplitInTwoByTheLooksIsNoOtherDay() {
        // the English model reads a bold "15" as "1 5": its 5 alone is no day to overrule the page's 15
        OcrWord page = new OcrWord("15/09/2024", 70, 0.51, 0.32, 0.62, 0.34, 4);
        IssueDateVote vote = new IssueDateVote(img -> List.of(read("Neary, thang, nam cap/Date of issue: 1 5/ 09/ 2024", 78)));
        assertThat(voted(vote, BLANK, BACK_2024, List.of(page), TODAY)).isEqualTo("2024-09-15");
    }

    @Test
    void aDateAfterTodayHasNoVote() {
        IssueDateVote vote = new IssueDateVote(img -> List.of(read("12/05/2018", 96)));
        OcrWord page = new OcrWord("07/05/2018", 80, 0.3, 0.3, 0.45, 0.34, 4);
        assertThat(voted(vote, BLANK, BACK_2016, List.of(page), LocalDate.of(2018, 5, 10))).isEqualTo("2018-05-07");
        assertThat(voted(vote, BLANK, BACK_2016, List.of(page), LocalDate.of(2018, 5, 12))).isEqualTo("2018-05-12");
    }

    @Test
    void aDateReadSurelyIsNotReadAgainAndOtherBacksAreLeftToTheMrz() {
        AtomicInteger looks = new AtomicInteger();
        Function<BufferedImage, List<OcrWord>> counting = img -> {
            looks.incrementAndGet();
            return List.of(read("12/05/2018", 96));
        };
        OcrWord sure = new OcrWord("17/05/2018", 95, 0.3, 0.3, 0.45, 0.34, 4);
        assertThat(votedBy(counting, sure)).isEqualTo("2018-05-17");
        assertThat(voted(new IssueDateVote(counting), BLANK, BACK_2021, List.of(UNSURE), TODAY)).isEqualTo("2018-05-17");
        assertThat(looks).hasValue(0);
    }

    @Test
    void aWrittenOutDateTheRowsSecondLookReadByShapeIsVotedOnItsRow() {
        // "Ngày 18 tháng 10 năm 2017" on the page as "Nướv 1S diáng 10 nấm 2017": no date field, so
        // DateRowSecondLook read the row again and took 01/10/2017 by its shape, to be checked
        List<OcrWord> words = writtenDate(new String[] {"Nướv", "1S", "diáng", "10", "nấm", "2017"},
                new int[] {14, 65, 83, 96, 77, 96});
        IdCardReading first = new IdCardReading(Map.of("issueDate", "2017-10-01"), Map.of("issueDate", 0.5), List.of("issueDate"), 0);
        IssueDateVote vote = new IssueDateVote(img -> List.of(read("Ngay 18 thang 10 nam 2017", 88)));
        assertThat(vote.improve(BLANK, List.of(new TextRow(words)), Map.of(), BACK_2016, first, IdCardOcr.DEFAULT_THRESHOLD,
                TODAY).fields().get("issueDate")).isEqualTo("2017-10-18");
    }

    @Test
    void aDayBrokenIntoADigitAndALetterInBothLooksDoesNotOverruleThePage() {
        // the page read "Ngày 11 tháng 10 năm 2017", its 11 unsurely (the seal's rim across it); both English looks
        // read "1f": its 1 alone is no day
        List<OcrWord> words = writtenDate(new String[] {"Ngày", "11", "tháng", "10", "năm", "2017"},
                new int[] {96, 83, 95, 96, 96, 96});
        assertThat(voted(new IssueDateVote(img -> List.of(read("Ngay 1f thang 10 nam 2017", 91))), BLANK, BACK_2016, words, TODAY))
                .isEqualTo("2017-10-11");
    }

    @Test
    void underADateLabelWithNoDateInItsRowTheVoteReadsTheBandBelow() {
        // "Ngày, tháng, năm" read, its 22/02/2019 under it lost to the seal's rim
        TextRow label = new TextRow(List.of(new OcrWord("Ngày,", 83, 0.23, 0.21, 0.29, 0.25, 3),
                new OcrWord("tháng,", 94, 0.30, 0.21, 0.37, 0.25, 3), new OcrWord("năm", 95, 0.38, 0.21, 0.43, 0.25, 3)));
        TextRow title = new TextRow(List.of(new OcrWord("CỤC", 93, 0.16, 0.31, 0.22, 0.38, 5)));
        TextRow row = IssueDateVote.dateRow(List.of(), List.of(label, title));
        assertThat(row.top()).isEqualTo(label.bottom());
        assertThat(row.bottom()).isGreaterThan(label.bottom() + label.bottom() - label.top());
    }

    @Test
    void aDateNoOneReadIsTakenWhenBothLooksReadIt() {
        // "Ngày, tháng, năm" read, its "25/01/2016" under a signature's stroke read "25/01/g016" by the row's
        // second look; the band the label leaves a guess of is no date's row
        TextRow label = new TextRow(List.of(new OcrWord("Ngày,", 95, 0.25, 0.22, 0.30, 0.25, 3),
                new OcrWord("tháng,", 96, 0.31, 0.22, 0.37, 0.25, 3), new OcrWord("năm", 96, 0.38, 0.22, 0.43, 0.25, 3)));
        TextRow marks = new TextRow(List.of(new OcrWord("C:2cm", 92, 0.05, 0.12, 0.10, 0.16, 2)));
        Map<String, List<CardTextParser.Line>> byField = Map.of("issueDate", List.of(TextRow.line(marks.words())));
        IdCardReading none = CardTextParser.parse(Map.of(), List.of("issueDate"), IdCardOcr.DEFAULT_THRESHOLD, 0);
        IdCardReading voted = new IssueDateVote(img -> List.of(read("25/01/2016", 72)))
                .improve(BLANK, List.of(marks, label), byField, BACK_2016, none, IdCardOcr.DEFAULT_THRESHOLD, TODAY);
        assertThat(voted.fields()).containsEntry("issueDate", "2016-01-25");
        assertThat(voted.toCheck()).contains("issueDate");
        AtomicInteger looks = new AtomicInteger();
        assertThat(new IssueDateVote(img -> List.of(read(looks.getAndIncrement() == 0 ? "25/01/2016" : "23/01/2016", 90)))
                .improve(BLANK, List.of(marks, label), byField, BACK_2016, none, IdCardOcr.DEFAULT_THRESHOLD, TODAY)
                .fields().get("issueDate")).isNull();
    }

    @Test
    void theEnglishModelReadsTheDateCroppedAlone() throws Exception {
        BufferedImage card = DrawnCard.with("12/05/2018", 480, 400);
        List<OcrWord> page = new WordReader(IdCardOcr.tessdata(), "vie", 3).words(card).stream()
                .filter(w -> w.text().replaceAll("\\D", "").length() >= 6).toList();
        assertThat(page).hasSize(1);
        OcrWord w = page.get(0);
        OcrWord misread = new OcrWord("17/05/2018", 80, w.left(), w.top(), w.right(), w.bottom(), w.line());
        assertThat(voted(new IssueDateVote(IdCardOcr.tessdata()), card, BACK_2016, List.of(misread), TODAY)).isEqualTo("2018-05-12");
    }

    /** A written-out date's six words on one row ("Ngày dd tháng mm năm yyyy"), as the page read them, with their confidences. */
    private static List<OcrWord> writtenDate(String[] texts, int[] confidences) {
        double[][] x = {{0.20, 0.25}, {0.26, 0.28}, {0.29, 0.34}, {0.35, 0.37}, {0.38, 0.42}, {0.43, 0.48}};
        List<OcrWord> words = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            words.add(new OcrWord(texts[i], confidences[i], x[i][0], 0.3, x[i][1], 0.34, 4));
        }
        return words;
    }
}
