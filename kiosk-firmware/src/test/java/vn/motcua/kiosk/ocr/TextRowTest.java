package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two words Tesseract read as one, cut apart where no printed word has what stands between them. */
class TextRowTest {
    private static List<String> texts(List<OcrWord> words) {
        return words.stream().map(OcrWord::text).toList();
    }

    private static OcrWord word(String text) {
        return new OcrWord(text, 90, 0.20, 0.10, 0.40, 0.13, 1);
    }

    @Test
    void aCapitalAfterSmallLettersStartsAnotherWord() {
        List<OcrWord> cut = TextRow.beforeCapital(word("residenceThành"));
        assertThat(texts(cut)).containsExactly("residence", "Thành");
        assertThat(cut.get(0).right()).isEqualTo(cut.get(1).left()).isBetween(0.20, 0.40);
        // a name's capital after an apostrophe, a capital after a capital, an MRZ: one word each
        for (String one : List.of("R'Lấp,", "M'Đrắk", "ĐLiê", "IDVNM07071535480310707153548<<", "Phường")) {
            assertThat(texts(TextRow.beforeCapital(word(one)))).containsExactly(one);
        }
    }

    @Test
    void aColonAfterALabelsLettersEndsTheLabelBeforeAValuesWord() {
        assertThat(texts(TextRow.afterColon(word("ofresidence:Ngõ")))).containsExactly("ofresidence:", "Ngõ");
        assertThat(texts(TextRow.afterColon(word("issue:12/10/2024")))).containsExactly("issue:", "12/10/2024");
        // noise with a colon inside, a colon at the end, a small letter after it, a speck inside a name in capitals
        for (String one : List.of("“x:z.®=“", "trú:", "sinh:xã", ":Xã", "TH:ỜNG")) {
            assertThat(texts(TextRow.afterColon(word(one)))).containsExactly(one);
        }
    }
}
