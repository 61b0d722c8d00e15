package vn.motcua.kiosk.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SeparatorLostTest {
    @Test
    void aHigherUnitReadInsideAPartIsSetApartAgainAndEachLookedUpAlone() {
        // D's clean 8518 (Liberation Serif): the comma lost, the district's mark misread
        assertEquals("Huyện Đông Hưng, Tỉnh Thái Bình", AddressSpelling.correct("Huyện Đông Hừng Tỉnh Thái Bình"));
        assertEquals("Thị xã Hà Đông, Tỉnh Hà Tây", SeparatorLost.restored("Thị xã Hà Đông Tỉnh Hà Tây"));
        assertEquals("H. Ba Tri, T. Bến Tre", SeparatorLost.restored("H. Ba Tri T. Bến Tre"));
    }

    @Test
    void theSeparatorPutBackIsThePlaces() {
        assertEquals("Xã Phước Hiệp - Huyện Củ Chi - Thành phố Hồ Chí Minh",
                SeparatorLost.restored("Xã Phước Hiệp Huyện Củ Chi - Thành phố Hồ Chí Minh"));
        assertEquals("Xã Tân Hoà-Huyện Điện Biên-Tỉnh Điện Biên", SeparatorLost.restored("Xã Tân Hoà-Huyện Điện Biên Tỉnh Điện Biên"));
    }

    @Test
    void aTypesWordInsideANameOrAfterNoUnitStays() {
        for (String place : new String[] {"Xã Thị Trấn Mới, Tỉnh Bến Tre", "Số 12 Huyện Lộ 2, Xã An Phú, Tỉnh An Giang",
            "Huyện Đông Hưng, Tỉnh Thái Bình", "Huyện Ba Tri Tỉnh Ngọc Ẩn Xa Lạ", "Tỉnh Bến Tre Huyện Ba Tri"}) {
            assertEquals(place, SeparatorLost.restored(place));
        }
    }
}
