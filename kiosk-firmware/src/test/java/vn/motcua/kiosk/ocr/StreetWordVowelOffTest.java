package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A street word read with one vowel's marks misread before its number is the word; a name is not. */
class StreetWordVowelOffTest {

    @Test
    void aGroupsWordReadOneVowelOffBeforeItsNumberIsTheWord() {
        // generator D's degraded backs, shown as sure before
        assertThat(AddressSpelling.correct("Tế 7, Thôn Bình An, Phường Từ Liêm, Thành phố Hà Nội"))
                .isEqualTo("Tổ 7, Thôn Bình An, Phường Từ Liêm, Thành phố Hà Nội");
        assertThat(AddressSpelling.correct("Xếm 6, Xã An Linh, Huyện Dầu Tiếng, Tỉnh Bình Dương"))
                .isEqualTo("Xóm 6, Xã An Linh, Huyện Dầu Tiếng, Tỉnh Bình Dương");
    }

    @Test
    void aNameOrAWordTwoLettersOffStaysAsRead() {
        // a hamlet's name: no number after it
        assertThat(AddressSpelling.correct("Tả Van, Xã Hòa Bình, Tỉnh Lào Cai")).isEqualTo("Tả Van, Xã Hòa Bình, Tỉnh Lào Cai");
        assertThat(StreetStart.vowelOff("Tả", java.util.Map.of("to", "Tổ", "so", "Số"))).isEqualTo("Tổ");
        // a consonant off is no mark misread, nor a vowel read with none; two vowels off is another word
        assertThat(StreetStart.vowelOff("Xêm", java.util.Map.of("xom", "Xóm"))).isEqualTo("Xóm");
        assertThat(StreetStart.vowelOff("Hom", java.util.Map.of("hem", "Hẻm"))).isNull();
        assertThat(StreetStart.vowelOff("Xên", java.util.Map.of("xom", "Xóm"))).isNull();
        assertThat(StreetStart.vowelOff("Thia", java.util.Map.of("thon", "Thôn"))).isNull();
        // two street words as near are not guessed between
        assertThat(StreetStart.vowelOff("Khô", java.util.Map.of("khu", "Khu", "kha", "Kha"))).isNull();
    }
}
