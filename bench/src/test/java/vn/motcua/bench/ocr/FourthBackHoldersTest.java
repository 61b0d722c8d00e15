package vn.motcua.bench.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FourthBackHoldersTest {

    @Test
    void schoolMarksMoveTheToneOfAnOpenGlideSyllableOntoItsLastLetter() {
        assertThat(FourthBackHolders.schoolMarks("Xã Hòa Phước, Huyện Lệ Thủy, Tỉnh Thanh Hóa"))
                .isEqualTo("Xã Hoà Phước, Huyện Lệ Thuỷ, Tỉnh Thanh Hoá");
        assertThat(FourthBackHolders.schoolMarks("Tỉnh Bà Rịa - Vũng Tàu")).isEqualTo("Tỉnh Bà Rịa-Vũng Tàu");
        // closed syllables, "qu" and marks on other vowels are as they were
        String same = "Phường Hoàng Liệt, Xã Quý Lộc, Huyện Thừa Lưu, Tỉnh Khoái Châu";
        // "ua" is no glide: its mark stays on the u in either style
        assertThat(FourthBackHolders.schoolMarks("Xã Tủa Thàng, Huyện Tủa Chùa, Tỉnh Điện Biên")).isEqualTo("Xã Tủa Thàng, Huyện Tủa Chùa, Tỉnh Điện Biên");
        assertThat(FourthBackHolders.schoolMarks(same)).isEqualTo(same);
    }

    @Test
    void typeFormsDropAbbreviateOrDashTheUnitsTypesButNotTheStreetsOrAWardsNumber() {
        String address = "Tổ 5, Thôn Đông, Phường 3, Thị xã Ngã Năm, Tỉnh Sóc Trăng";
        assertThat(FourthBackHolders.typeForms(address, 1)).isEqualTo("Tổ 5, Thôn Đông, Phường 3, Ngã Năm, Sóc Trăng");
        assertThat(FourthBackHolders.typeForms(address, 2)).isEqualTo("Tổ 5, Thôn Đông, P. 3, TX. Ngã Năm, T. Sóc Trăng");
        assertThat(FourthBackHolders.typeForms(address, 3)).isEqualTo("Tổ 5, Thôn Đông, Phường 3 - Thị xã Ngã Năm - Tỉnh Sóc Trăng");
        assertThat(FourthBackHolders.typeForms(address, 4)).isEqualTo(address);
    }

    @Test
    void otherSpellingsGiveAProvinceItsOlderSpellingOnlyAsTheAddressesLastPart() {
        assertThat(FourthBackHolders.otherSpellings("Phường 1, Thị xã Kon Tum, Tỉnh Kon Tum")).isEqualTo("Phường 1, Thị xã Kon Tum, Tỉnh Kontum");
        assertThat(FourthBackHolders.otherSpellings("Xã Ea Tu, Tỉnh Đắk Lắk")).isEqualTo("Xã Ea Tu, Tỉnh Đăk Lăk");
        assertThat(FourthBackHolders.otherSpellings("Xã Lộc Thủy, Tỉnh Thừa Thiên Huế")).isEqualTo("Xã Lộc Thuỷ, Tỉnh Thừa Thiên - Huế");
    }
}
