package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The vote between the page's reading of a name word and the looks at the word alone: first the rule on
 * readings given here, then Tesseract itself on a card drawn here with a name in capitals.
 */
class NameVoteTest {
    private static final String PRINTED = "ÂU MỸ THƯỜNG";
    private static BufferedImage card;
    private static List<OcrWord> pageWords;
    private static NameVote vote;

    private static OcrWord look(String text, float confidence) {
        return new OcrWord(text, confidence, 0, 0, 1, 1, 0);
    }

    @Test
    void aSureReadingWithAHornGivesWayToLooksAsSureThatSeeTheGraveItLost() {
        assertThat(NameVote.vote("THƯƠNG", 95, List.of(look("THƯỜNG", 96), look("THƯỜNG", 96)), false))
                .isEqualTo("THƯỜNG");
    }

    @Test
    void aSureReadingIsNotOverruledByUnsureLooks() {
        assertThat(NameVote.vote("LUÂN", 91, List.of(look("LUẬN", 46), look("LUẬN", 62)), false)).isEqualTo("LUÂN");
    }

    @Test
    void aSureReadingChangesInItsVowelsMarksOnlyNotInALetter() {
        assertThat(NameVote.vote("DUYÊN", 91, List.of(look("ĐUYÊN", 95), look("ĐUYÊN", 95)), false)).isEqualTo("DUYÊN");
    }

    @Test
    void anUnsureReadingGivesWayToSureLooks() {
        assertThat(NameVote.vote("TRÙNG", 59, List.of(look("TRUNG", 91), look("TRUNG", 91)), false)).isEqualTo("TRUNG");
        // the page's ill-formed "i:ÂU" has no vote: the looks' syllable wins
        assertThat(NameVote.vote("i:ÂU", 0, List.of(look("HẬU", 96), look("“HẬU", 96)), false)).isEqualTo("HẬU");
    }

    @Test
    void looksThatDropAMarkCountHalf() {
        // a tilde lost twice does not outweigh the page's reading of it
        assertThat(NameVote.vote("DIỄM", 86, List.of(look("DIÊM", 90), look("DIÊM", 80)), false)).isEqualTo("DIỄM");
        assertThat(NameVote.fewerMarks("DIÊM", "DIỄM")).isTrue();
        assertThat(NameVote.fewerMarks("DIỄM", "DIÊM")).isFalse();
    }

    @Test
    void theFirstWordBecomesAFamilyNameOrStays() {
        assertThat(NameVote.vote("HƯV", 29, List.of(look("HUY", 80), look("HUY", 70)), true)).isEqualTo("HƯV");
        assertThat(NameVote.vote("HỮA", 36, List.of(look("HỨA", 96), look("HỨA", 96)), true)).isEqualTo("HỨA");
    }

    @Test
    void aWordIsInDoubtWhenUnsureOrWithMarksTesseractDropsOrWithNoTone() {
        assertThat(NameVote.doubtful("NGỌC", 95)).isFalse();
        assertThat(NameVote.doubtful("NGỌC", 80)).isTrue();
        assertThat(NameVote.doubtful("VĂN", 95)).isTrue(); // breve
        assertThat(NameVote.doubtful("THƯƠNG", 95)).isTrue(); // horn
        assertThat(NameVote.doubtful("MINH", 95)).isTrue(); // no tone: one may have been lost
        assertThat(NameVote.doubtful("1979", 40)).isFalse(); // no letters, no name word
        assertThat(NameVote.doubtful("i:ÂU", 95)).isTrue(); // a speck's colon in a word: no syllable
    }

    @Test
    void theLinesWordsAreFoundAmongTheRowsLeavingOutAStrayMarkOfTheRowAbove() {
        OcrWord nguyen = new OcrWord("NGUYỄN", 86, 0.25, 0.47, 0.37, 0.52, 11);
        OcrWord qua = new OcrWord("QUẾ", 92, 0.45, 0.48, 0.50, 0.52, 11);
        OcrWord hau = new OcrWord("i:ÂU", 0, 0.52, 0.48, 0.57, 0.53, 11);
        OcrWord speck = new OcrWord(":", 85, 0.503, 0.478, 0.506, 0.482, 10); // a mark of HẬU, read on its own line
        CardTextParser.Line line = new CardTextParser.Line("NGUYỄN QUẾ i:ÂU", 68, 0.47, 0.53, 0.25, 0.57);
        List<TextRow> rows = List.of(new TextRow(List.of(speck)), new TextRow(List.of(nguyen, qua, hau)));
        assertThat(NameVote.wordsOf(line, rows)).containsExactly(nguyen, qua, hau);
        CardTextParser.Line other = new CardTextParser.Line("NGUYỄN QUẾ HẬU", 68, 0.47, 0.53, 0.25, 0.57);
        assertThat(NameVote.wordsOf(other, rows)).isNull();
    }

    @BeforeAll
    static void drawCard() throws Exception {
        card = DrawnCard.with(PRINTED, 330, 370);
        pageWords = new WordReader(IdCardOcr.tessdata(), "vie", 3).words(card);
        vote = new NameVote(IdCardOcr.tessdata());
    }

    /** The page's reading with the last word read as given, at the confidence given, in its own box. */
    private static IdCardReading improved(String lastWord, float confidence) {
        List<OcrWord> words = new ArrayList<>(pageWords.stream().filter(w -> !w.text().isBlank()).toList());
        assertThat(words).hasSize(3);
        OcrWord last = words.get(2);
        words.set(2, new OcrWord(lastWord, confidence, last.left(), last.top(), last.right(), last.bottom(), last.line()));
        List<TextRow> rows = TextRow.of(words);
        Map<String, List<CardTextParser.Line>> byField = new LinkedHashMap<>();
        byField.put("name", List.of(TextRow.line(words)));
        IdCardReading first = CardTextParser.parse(byField, List.of("name"), IdCardOcr.DEFAULT_THRESHOLD, 0);
        return vote.improve(card, rows, byField, first, IdCardOcr.DEFAULT_THRESHOLD);
    }

    @Test
    void aWordReadWithoutItsGraveIsReadAgainAloneWithTheMarkAboveItsBox() {
        assertThat(improved("THƯƠNG", 95).fields().get("name")).isEqualTo(PRINTED);
        assertThat(improved("TH:ỜNG", 20).fields().get("name")).isEqualTo(PRINTED); // a speck's colon
    }

    @Test
    void aSureWordWithNoDoubtfulMarkIsNotReadAgain() {
        // "THỊNH" read surely, with a dot below only: not looked at, though the card says THƯỜNG
        assertThat(improved("THỊNH", 96).fields().get("name")).isEqualTo("ÂU MỸ THỊNH");
    }
}
