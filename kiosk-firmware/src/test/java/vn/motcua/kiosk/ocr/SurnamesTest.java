package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The first word of a name, a family name from a closed list. */
class SurnamesTest {
    @Test
    void aFamilyNameWithALetterLostAtItsEdgeIsPutBack() {
        assertThat(Surnames.correct("HỨ THỊ BÍCH LUÂN")).isEqualTo("HỨA THỊ BÍCH LUÂN");
        assertThat(Surnames.correct("RẦN VĂN AN")).isEqualTo("TRẦN VĂN AN");
        assertThat(Surnames.correct("NGUYỄ VĂN AN")).isEqualTo("NGUYỄN VĂN AN");
    }

    @Test
    void aFamilyNameAsReadOrOneOfSeveralIsLeftAlone() {
        // Tô is a family name itself, not Tôn with its N lost
        assertThat(Surnames.correct("TÔ THỊ HOA")).isEqualTo("TÔ THỊ HOA");
        assertThat(Surnames.correct("ÔN NHƯ HẦU")).isEqualTo("ÔN NHƯ HẦU");
        // "Â" is Âu with its U lost, but a single letter could be any of several
        assertThat(Surnames.correct("L THỊ HOA")).isEqualTo("L THỊ HOA");
        // a letter lost with a mark: not the same letters and marks
        assertThat(Surnames.correct("HU THỊ HOA")).isEqualTo("HU THỊ HOA");
    }

    @Test
    void aFamilyNameGivenALetterIsPutBackButLeftForTheCitizenToCheck() {
        IdCardReading guessed = nameRead("HỨ THỊ BÍCH LUÂN");
        assertThat(guessed.fields()).containsEntry("name", "HỨA THỊ BÍCH LUÂN");
        assertThat(guessed.toCheck()).contains("name");
        // the same print read whole is sure: the guess, not the print, is what asks for a check
        IdCardReading read = nameRead("HỨA THỊ BÍCH LUÂN");
        assertThat(read.fields()).containsEntry("name", "HỨA THỊ BÍCH LUÂN");
        assertThat(read.toCheck()).doesNotContain("name");
    }

    private static IdCardReading nameRead(String text) {
        CardTextParser.Line line = new CardTextParser.Line(text, 95f, 0.3, 0.36, 0.3, 0.8);
        return CardTextParser.parse(Map.of("name", List.of(line)), List.of("name"), IdCardOcr.DEFAULT_THRESHOLD, 0);
    }
}
