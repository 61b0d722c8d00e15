package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An address read down to its district only: its province, lost, put back from the list of units. */
class LostProvinceTest {
    @Test
    void aDistrictOfOneProvinceGetsItsProvinceBack() {
        assertThat(LostProvince.restore("Số 146, Xã Eachà Rang, Thị xã Sông Cầu"))
                .isEqualTo("Số 146, Xã Eachà Rang, Thị xã Sông Cầu, Tỉnh Phú Yên");
        assertThat(LostProvince.restore("Xã Xuân Sơn, Huyện Diên Khánh"))
                .isEqualTo("Xã Xuân Sơn, Huyện Diên Khánh, Tỉnh Khánh Hòa");
        // a centrally-run city is a Thành phố
        assertThat(LostProvince.restore("Phường Kênh Dương, Quận Đồ Sơn"))
                .isEqualTo("Phường Kênh Dương, Quận Đồ Sơn, Thành phố Hải Phòng");
    }

    @Test
    void theCorrectedAddressHasItsProvince() {
        assertThat(AddressSpelling.correct("Bản Lướt, Xã Khánh Thịnh, Huyện Gia Viễn"))
                .isEqualTo("Bản Lướt, Xã Khánh Thịnh, Huyện Gia Viễn, Tỉnh Ninh Bình");
    }

    @Test
    void anAddressWithItsProvinceOrADistrictOfSeveralProvincesIsLeftAsRead() {
        assertThat(LostProvince.restore("Xã Xuân Sơn, Huyện Diên Khánh, Tỉnh Khánh Hòa"))
                .isEqualTo("Xã Xuân Sơn, Huyện Diên Khánh, Tỉnh Khánh Hòa");
        // Huyện Châu Thành with a Xã An Hiệp: Bến Tre, Đồng Tháp and Sóc Trăng each have one
        assertThat(LostProvince.restore("Xã An Hiệp, Huyện Châu Thành")).isEqualTo("Xã An Hiệp, Huyện Châu Thành");
        // a district the list does not know as read (a misread letter) is not guessed at
        assertThat(LostProvince.restore("Xã Bình Hòa Bắc, Huyện Tân 1rụ")).isEqualTo("Xã Bình Hòa Bắc, Huyện Tân 1rụ");
        // two levels (after the merger) end at a commune: nothing to put back here
        assertThat(LostProvince.restore("Thôn 2, Xã Ngam La")).isEqualTo("Thôn 2, Xã Ngam La");
    }
}
