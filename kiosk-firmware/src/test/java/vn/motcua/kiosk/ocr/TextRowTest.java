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
        // after a label's word in small letters, a value's first word with its capital read small (generator D's
        // 7704, DejaVu Sans values set small: "residence:ấp Phước Lộc")
        assertThat(texts(TextRow.afterColon(word("residence:ấp")))).containsExactly("residence:", "ấp");
        // noise with a colon inside, a colon at the end, one small letter after it, a speck inside a name in capitals
        for (String one : List.of("“x:z.®=“", "trú:", "sinh:x", "Nơ:ấp", ":Xã", "TH:ỜNG")) {
            assertThat(texts(TextRow.afterColon(word(one)))).containsExactly(one);
        }
    }

    @Test
    void aWordBoxedAroundItsFirstLetterAloneDoesNotCutItsRow() {
        // "Lê" boxed 0.369-0.372 in a line whose letters are 0.01 wide: the 0.035 to "Lợi," is no gap between pieces
        List<OcrWord> line = List.of(new OcrWord("Số", 97, 0.243, 0.171, 0.263, 0.20, 2),
                new OcrWord("248", 87, 0.269, 0.173, 0.298, 0.20, 2), new OcrWord("đường", 92, 0.307, 0.172, 0.358, 0.20, 2),
                new OcrWord("Lê", 97, 0.369, 0.173, 0.372, 0.20, 2), new OcrWord("Lợi,", 96, 0.407, 0.173, 0.426, 0.20, 2),
                new OcrWord("Xã", 97, 0.433, 0.173, 0.453, 0.20, 2), new OcrWord("Long", 96, 0.462, 0.173, 0.500, 0.20, 2));
        assertThat(TextRow.of(line)).extracting(TextRow::text).containsExactly("Số 248 đường Lê Lợi, Xã Long");
        // a word boxed whole, as far from the next: two pieces of the card ("Giới tính: Nam" beside "Quốc tịch")
        List<OcrWord> apart = List.of(new OcrWord("Nam", 97, 0.30, 0.17, 0.335, 0.20, 2),
                new OcrWord("Quốc", 96, 0.37, 0.17, 0.41, 0.20, 2), new OcrWord("tịch", 96, 0.415, 0.17, 0.45, 0.20, 2));
        assertThat(TextRow.of(apart)).extracting(TextRow::text).containsExactly("Nam", "Quốc tịch");
    }
}
