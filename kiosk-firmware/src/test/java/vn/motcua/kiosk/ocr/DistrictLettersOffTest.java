package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A district read a letter or two off is the one district of its province and type that near, and only then. */
class DistrictLettersOffTest {

    @Test
    void aDistrictReadTwoLettersOffIsTheOneDistrictOfItsProvinceThatNear() {
        // generator D's degraded backs: a faint first letter lost or misread, a mark read as a space
        assertThat(AddressSpelling.correct("Xã Thượng, Huyện oan Sơn, Tỉnh Thanh Hóa"))
                .isEqualTo("Xã Thượng, Huyện Quan Sơn, Tỉnh Thanh Hóa");
        assertThat(AddressSpelling.correct("Xã Thanh Phú, Huyện té Đăng, Tỉnh Bình Phước"))
                .isEqualTo("Xã Thanh Phú, Huyện Bù Đăng, Tỉnh Bình Phước");
        assertThat(AddressSpelling.correct("Tổ 7, Xã Nguyễn Văn Thảnh, Huyện Y ng Liêm, Tỉnh Vĩnh Long"))
                .isEqualTo("Tổ 7, Xã Nguyễn Văn Thảnh, Huyện Vũng Liêm, Tỉnh Vĩnh Long");
        // abbreviated, it stays so
        assertThat(AddressSpelling.correct("X. Thanh Phú, H. té Đăng, T. Bình Phước")).isEqualTo("X. Thanh Phú, H. Bù Đăng, T. Bình Phước");
    }

    @Test
    void withTwoDistrictsAsNearOrNoneNearEnoughTheDistrictStaysAsRead() {
        // Thanh Oai and Thanh Trì are each one letter from "Thanh Tai"
        assertThat(AddressSpelling.correct("Xã Tân Lập, Huyện Thanh Tai, Thành phố Hà Nội"))
                .isEqualTo("Xã Tân Lập, Huyện Thanh Tai, Thành phố Hà Nội");
        // three edits from Vũng Liêm
        assertThat(AddressSpelling.correct("Tổ 7, Xã Nguyễn Văn Thảnh, Huyện Y g Lêm, Tỉnh Vĩnh Long"))
                .isEqualTo("Tổ 7, Xã Nguyễn Văn Thảnh, Huyện Y g Lêm, Tỉnh Vĩnh Long");
    }

    @Test
    void aDistrictOfBeforeTheListIsNotTakenForAnotherNorACommuneForADistrict() {
        // Từ Liêm, split in 2013: three letters from Bắc and Nam Từ Liêm
        assertThat(AdminUnits.before2025().districtLettersOff("Huyện Từ Liêm", "001")).isEmpty();
        // a name the province has with another type: a town printed with the type it had ("Huyện Tân Uyên", Bình Dương)
        assertThat(AdminUnits.before2025().districtLettersOff("Huyện Tân Uyên", "074")).isEmpty();
        // communes are many, and may be printed with names the lists lack
        assertThat(AdminUnits.before2025().districtLettersOff("Xã Ga Thạc", "038")).isEmpty();
        // "Thành phố Sầm Sơn" is two letters from "oan Sơn" too, but of another type: no rival
        assertThat(AdminUnits.before2025().districtLettersOff("Huyện oan Sơn", "038")).contains("Huyện Quan Sơn");
    }
}
