package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The vote on the personal number: the rule with readings given here, then Tesseract's English model on a drawn number. */
class NumberVoteTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final String PRINTED = "080194602062";

    private static OcrWord read(String text, float confidence) {
        return new OcrWord(text, confidence, 0, 0, 1, 1, 0);
    }

    /** The number as the page read it, in the box where it is drawn, and the vote's answer. */
    private static IdCardReading voted(NumberVote vote, BufferedImage card, OcrWord pageWord) {
        Map<String, List<CardTextParser.Line>> byField = new LinkedHashMap<>();
        byField.put("number", List.of(TextRow.line(List.of(pageWord))));
        byField.put("dateOfBirth", List.of(new CardTextParser.Line("06/04/1994", 90, 0.6, 0.65, 0.3)));
        List<String> wanted = List.of("number", "dateOfBirth");
        IdCardReading first = CardTextParser.parse(byField, wanted, IdCardOcr.DEFAULT_THRESHOLD, 0);
        return vote.improve(card, List.of(new TextRow(List.of(pageWord))), byField, wanted, first,
                IdCardOcr.DEFAULT_THRESHOLD, TODAY);
    }

    private static final BufferedImage BLANK = new BufferedImage(1200, 756, BufferedImage.TYPE_BYTE_GRAY);
    private static final OcrWord UNSURE = new OcrWord("080191602062", 82, 0.3, 0.33, 0.46, 0.37, 3);

    @Test
    void aNumberBothLooksReadOutweighsThePagesUnsureReading() {
        NumberVote vote = new NumberVote(img -> List.of(read(PRINTED, 80)));
        IdCardReading r = voted(vote, BLANK, UNSURE);
        assertThat(r.fields().get("number")).isEqualTo(PRINTED);
        assertThat(r.toCheck()).doesNotContain("number"); // and it agrees with the birth year now
    }

    @Test
    void oneLookAloneDoesNotOverruleThePage() {
        AtomicInteger looks = new AtomicInteger();
        NumberVote vote = new NumberVote(img -> List.of(read(looks.getAndIncrement() == 0 ? PRINTED : "0801946020621", 90)));
        assertThat(voted(vote, BLANK, UNSURE).fields().get("number")).isEqualTo("080191602062");
    }

    @Test
    void aReadingNoCardCanCarryHasNoVote() {
        // 999 is no province's code
        NumberVote vote = new NumberVote(img -> List.of(read("999194602062", 96)));
        assertThat(voted(vote, BLANK, UNSURE).fields().get("number")).isEqualTo("080191602062");
    }

    @Test
    void aNumberReadSurelyIsNotReadAgain() {
        AtomicInteger looks = new AtomicInteger();
        NumberVote vote = new NumberVote(img -> {
            looks.incrementAndGet();
            return List.of(read(PRINTED, 96));
        });
        OcrWord sure = new OcrWord("080191602062", 95, 0.3, 0.33, 0.46, 0.37, 3);
        assertThat(voted(vote, BLANK, sure).fields().get("number")).isEqualTo("080191602062");
        assertThat(looks).hasValue(0);
    }

    @Test
    void theEnglishModelReadsTheNumberCroppedAlone() throws Exception {
        BufferedImage card = DrawnCard.with(PRINTED, 360, 270);
        List<OcrWord> page = new ArrayList<>(new WordReader(IdCardOcr.tessdata(), "vie", 3).words(card).stream()
                .filter(w -> w.text().equals(PRINTED)).toList());
        assertThat(page).hasSize(1);
        OcrWord w = page.get(0);
        // the page's reading as a serif face's 4 comes out: a 1, unsurely
        OcrWord misread = new OcrWord("080191602062", 80, w.left(), w.top(), w.right(), w.bottom(), w.line());
        assertThat(voted(new NumberVote(IdCardOcr.tessdata()), card, misread).fields().get("number")).isEqualTo(PRINTED);
    }
}
