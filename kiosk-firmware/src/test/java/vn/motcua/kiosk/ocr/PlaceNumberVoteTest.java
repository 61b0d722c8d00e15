package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The vote on the numbers inside a place: the rule with readings given here, then Tesseract's English model. */
class PlaceNumberVoteTest {
    private static final BufferedImage BLANK = new BufferedImage(1200, 756, BufferedImage.TYPE_BYTE_GRAY);

    private static OcrWord read(String text, float confidence) {
        return new OcrWord(text, confidence, 0, 0, 1, 1, 0);
    }

    /** The residence as the page read it: "Số" and the number's word in the given box, then the street. */
    private static String residence(PlaceNumberVote vote, BufferedImage card, OcrWord number) {
        OcrWord so = new OcrWord("Số", 95, number.left() - 0.06, number.top(), number.left() - 0.01, number.bottom(), 5);
        OcrWord street = new OcrWord("Lê", 95, number.right() + 0.01, number.top(), number.right() + 0.05,
                number.bottom(), 5);
        OcrWord road = new OcrWord("Lợi", 95, number.right() + 0.06, number.top(), number.right() + 0.1,
                number.bottom(), 5);
        List<OcrWord> words = List.of(so, number, street, road);
        Map<String, List<CardTextParser.Line>> byField = new LinkedHashMap<>();
        byField.put("placeOfResidence", List.of(TextRow.line(words)));
        List<String> wanted = List.of("placeOfResidence");
        IdCardReading first = CardTextParser.parse(byField, wanted, IdCardOcr.DEFAULT_THRESHOLD, 0);
        return vote.improve(card, List.of(new TextRow(words)), byField, first, IdCardOcr.DEFAULT_THRESHOLD)
                .fields().get("placeOfResidence");
    }

    private static final OcrWord UNSURE = new OcrWord("116", 70, 0.4, 0.5, 0.46, 0.54, 5);

    @Test
    void digitsBothLooksReadReplaceThePagesUnsureOnes() {
        assertThat(residence(new PlaceNumberVote(img -> List.of(read("146", 91))), BLANK, UNSURE))
                .isEqualTo("Số 146 Lê Lợi");
    }

    @Test
    void theLettersAroundTheDigitsStayAsThePageReadThem() {
        OcrWord slashed = new OcrWord("12/1", 70, 0.4, 0.5, 0.46, 0.54, 5);
        // the look reads the slash as a 1 ("1214"): more digits than the page's, no vote
        assertThat(residence(new PlaceNumberVote(img -> List.of(read("1214", 91))), BLANK, slashed))
                .isEqualTo("Số 12/1 Lê Lợi");
        assertThat(residence(new PlaceNumberVote(img -> List.of(read("12/4", 91))), BLANK, slashed))
                .isEqualTo("Số 12/4 Lê Lợi");
        assertThat(PlaceNumberVote.withDigits("Tổ1", "4")).isEqualTo("Tổ4");
    }

    @Test
    void oneLookAloneDoesNotOverruleThePage() {
        AtomicInteger looks = new AtomicInteger();
        Function<BufferedImage, List<OcrWord>> twoReadings =
                img -> List.of(read(looks.getAndIncrement() == 0 ? "146" : "116", 91));
        assertThat(residence(new PlaceNumberVote(twoReadings), BLANK, UNSURE)).isEqualTo("Số 116 Lê Lợi");
        AtomicInteger other = new AtomicInteger();
        Function<BufferedImage, List<OcrWord>> disagreeing =
                img -> List.of(read(other.getAndIncrement() == 0 ? "146" : "148", 91));
        assertThat(residence(new PlaceNumberVote(disagreeing), BLANK, UNSURE)).isEqualTo("Số 116 Lê Lợi");
    }

    @Test
    void aNumberReadSurelyIsNotReadAgain() {
        AtomicInteger looks = new AtomicInteger();
        OcrWord sure = new OcrWord("116", 93, 0.4, 0.5, 0.46, 0.54, 5);
        assertThat(residence(new PlaceNumberVote(img -> {
            looks.incrementAndGet();
            return List.of(read("146", 96));
        }), BLANK, sure)).isEqualTo("Số 116 Lê Lợi");
        assertThat(looks).hasValue(0);
    }

    @Test
    void theEnglishModelReadsTheHouseNumberCroppedAlone() throws Exception {
        BufferedImage card = DrawnCard.with("146", 480, 400);
        List<OcrWord> page = new WordReader(IdCardOcr.tessdata(), "vie", 3).words(card).stream()
                .filter(w -> w.text().replaceAll("\\D", "").length() == 3).toList();
        assertThat(page).hasSize(1);
        OcrWord w = page.get(0);
        // the page's reading as the Vietnamese model gives a serif 4: a 1, unsurely
        OcrWord misread = new OcrWord("116", 70, w.left(), w.top(), w.right(), w.bottom(), w.line());
        PlaceNumberVote vote = new PlaceNumberVote(new NumberVote(IdCardOcr.tessdata())::readDigits);
        assertThat(residence(vote, card, misread)).isEqualTo("Số 146 Lê Lợi");
    }

    @Test
    void lettersWhereANumberStandsAreTheNumberWhenBothLooksReadDigitsAlone() {
        // generator D's 5403 at seed 5400 (Noto Sans Display) "Tổ Ty" and 5010 at 5000 "Tổ dân phố rã", for 7
        OcrWord letters = new OcrWord("Ty", 93, 0.4, 0.5, 0.44, 0.54, 5);
        assertThat(residence(new PlaceNumberVote(img -> List.of(read("7", 90))), BLANK, letters)).isEqualTo("Số 7 Lê Lợi");
        assertThat(residence(new PlaceNumberVote(img -> List.of(read("Ty", 90))), BLANK, letters)).isEqualTo("Số Ty Lê Lợi");
        AtomicInteger looks = new AtomicInteger();
        assertThat(residence(new PlaceNumberVote(img -> List.of(read(looks.getAndIncrement() == 0 ? "7" : "1", 90))), BLANK, letters))
                .isEqualTo("Số Ty Lê Lợi");
        assertThat(PlaceNumberVote.numberReadAsLetters("phố", "rã,")).isTrue();
        assertThat(PlaceNumberVote.numberReadAsLetters("Tổ", "dân")).as("Tổ dân phố").isFalse();
        assertThat(PlaceNumberVote.numberReadAsLetters("Xã", "Ty")).as("not a numbered type").isFalse();
        assertThat(PlaceNumberVote.numberReadAsLetters("Thôn", "Phước")).as("longer than a hamlet's number").isFalse();
    }

    @Test
    void anAlleysSlashThePageReadAsAOneIsPutBackWhenBothLooksReadIt() {
        // generator D's 5001 and 5013 at seed 5000 (Liberation Sans): "117/39" read "117139", "88/9" read "8819"
        OcrWord page = new OcrWord("117139", 28, 0.4, 0.5, 0.47, 0.54, 5);
        assertThat(residence(new PlaceNumberVote(img -> List.of(read("117/39", 90))), BLANK, page)).isEqualTo("Số 117/39 Lê Lợi");
        assertThat(PlaceNumberVote.slashReadAsOne("8819,", List.of("88/9", "88/9,"))).isEqualTo("88/9,");
        // other digits beside the slash, or the looks not alike: as the page read it
        assertThat(PlaceNumberVote.slashReadAsOne("8819", List.of("88/7", "88/7"))).isNull();
        assertThat(PlaceNumberVote.slashReadAsOne("8819", List.of("88/9", "8819"))).isNull();
        assertThat(residence(new PlaceNumberVote(img -> List.of(read("1015", 90))), BLANK,
                new OcrWord("1015", 40, 0.4, 0.5, 0.46, 0.54, 5))).isEqualTo("Số 1015 Lê Lợi");
    }
}
