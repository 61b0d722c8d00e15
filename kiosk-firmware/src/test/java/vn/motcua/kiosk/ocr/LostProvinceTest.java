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
    void aProvinceReadAsMarksNoNameHasIsPutBackFromItsDistrict() {
        assertThat(AddressSpelling.correct("Xã Tân Lập, Huyện Đan Phượng, 10 &†>2@2 1=5"))
                .isEqualTo("Xã Tân Lập, Huyện Đan Phượng, Thành phố Hà Nội");
        // a speck among the marks read as a comma: the row is one, each of its pieces marked
        assertThat(AddressSpelling.correct("Xã Tân Lập, Huyện Đan Phượng, 3†3, 4£3 8"))
                .isEqualTo("Xã Tân Lập, Huyện Đan Phượng, Thành phố Hà Nội");
        // one mark in all is a speck, not a lost row
        assertThat(AddressSpelling.correct("Xã Tân Lập, Huyện Đan Phượng, 3†3"))
                .isEqualTo("Xã Tân Lập, Huyện Đan Phượng, 3†3");
        assertThat(AddressSpelling.correct("Xã Xuân Sơn, Huyện Diên Khánh, Tỉnh Khðnh: Hòa"))
                .isEqualTo("Xã Xuân Sơn, Huyện Diên Khánh, Tỉnh Khánh Hòa");
        // a district of several provinces: the marks stay as read, for the citizen to see and type
        assertThat(AddressSpelling.correct("Xã An Hiệp, Huyện Châu Thành, 5ð 2: 7"))
                .isEqualTo("Xã An Hiệp, Huyện Châu Thành, 5ð 2: 7");
        // the type read whole says another province than the district's: as read (as a blackbox address's trap)
        assertThat(AddressSpelling.correct("Xã Tân Lập, Huyện Đan Phượng, Tỉnh &†>2@2 1=5"))
                .isEqualTo("Xã Tân Lập, Huyện Đan Phượng, Tỉnh &†>2@2 1=5");
        assertThat(AddressSpelling.correct("Xã Tân Lập, Huyện Đan Phượng, Thành phố &†>2@2 1=5"))
                .isEqualTo("Xã Tân Lập, Huyện Đan Phượng, Thành phố Hà Nội");
        // a province read with a speck is still read as the province printed, not put back from the list
        assertThat(AddressSpelling.correct("Xã Vân Hòa, Huyện Ba Vì, Tỉnh Hà Tây."))
                .isEqualTo("Xã Vân Hòa, Huyện Ba Vì, Tỉnh Hà Tây");
        assertThat(LostProvince.markedAsNoName("Tỉnh Hà Tây")).isFalse();
        assertThat(LostProvince.markedAsNoName("Ea H'Leo")).isFalse();
        assertThat(LostProvince.markedAsNoName("Phường 1 (cũ)")).isFalse();
        assertThat(LostProvince.markedAsNoName("Tổ 5ð:")).isTrue();
        // one speck over a name read right is the spelling's to mend
        assertThat(LostProvince.markedAsNoName("H. An Lão’")).isFalse();
    }

    @Test
    void aDistrictReadAsMarksIsPutBackFromItsCommuneAndProvince() {
        assertThat(AddressSpelling.correct("Xã Tân Lập, 5!2#3?5 8, Thành phố Hà Nội"))
                .isEqualTo("Xã Tân Lập, Huyện Đan Phượng, Thành phố Hà Nội");
        assertThat(AddressSpelling.correct("Thôn 3, Xã Xuân Sơn, Hu@yện Vạn: Ninh, Tỉnh Khánh Hòa"))
                .isEqualTo("Thôn 3, Xã Xuân Sơn, Huyện Vạn Ninh, Tỉnh Khánh Hòa");
        // beside a commune whose type is abbreviated, the district's is too
        assertThat(AddressSpelling.correct("Xóm 7, X. An Sơn, &@#, TP. Hải Phòng"))
                .isEqualTo("Xóm 7, X. An Sơn, H. Thuỷ Nguyên, TP. Hải Phòng");
        // a commune's name the province has in two districts (Sóc Sơn, Thường Tín): the marks stay as read
        assertThat(AddressSpelling.correct("Xã Tân Minh, 5!2#3?5 8, Thành phố Hà Nội"))
                .isEqualTo("Xã Tân Minh, 5!2#3?5 8, Thành phố Hà Nội");
        // a district read with letters misread is the spelling's to mend, not replaced from the commune
        assertThat(AddressSpelling.correct("Xã Tân Lập, Huyện Đan Phượg, Thành phố Hà Nội"))
                .isEqualTo("Xã Tân Lập, Huyện Đan Phượng, Thành phố Hà Nội");
        // a commune the province does not have: nothing to tell the district by
        assertThat(AddressSpelling.correct("Xã Trung Hậu, 5!2#3?5 8, Thành phố Hà Nội"))
                .isEqualTo("Xã Trung Hậu, 5!2#3?5 8, Thành phố Hà Nội");
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
