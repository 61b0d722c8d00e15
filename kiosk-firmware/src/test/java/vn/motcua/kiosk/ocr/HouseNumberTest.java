package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An address that starts with a house number and its street, no street word (generator D's "54/3 Võ Thị Sáu"). */
class HouseNumberTest {
    @Test
    void anAlleysNumberIsNoLabelsSlash() {
        assertThat(PlaceRows.dropLabel("109/37 Hai Bà Trưng, Phường Bách Quang,"))
                .isEqualTo("109/37 Hai Bà Trưng, Phường Bách Quang,");
        assertThat(PlaceRows.dropLabel("54/3 Võ Thị Sáu, Xã Sơn Điện,")).isEqualTo("54/3 Võ Thị Sáu, Xã Sơn Điện,");
    }

    @Test
    void theLabelIsCutAtTheHouseNumber() {
        assertThat(PlaceRows.dropLabel("Nơi cư trú / Place of residence 54/3 Võ Thị Sáu, Xã Sơn Điện"))
                .isEqualTo("54/3 Võ Thị Sáu, Xã Sơn Điện");
        assertThat(HouseNumber.startsStreet(new String[]{"12A", "Lê", "Lợi"}, 0)).isTrue();
        assertThat(HouseNumber.startsStreet(new String[]{"7", "Phường", "3"}, 0)).as("a ward's number, no street").isFalse();
        assertThat(HouseNumber.startsStreet(new String[]{"095@9", "Xã"}, 0)).isFalse();
    }
}
