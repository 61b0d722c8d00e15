package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A place of birth read with a street part: the residence's rows taken in. */
class StreetInBirthPlaceTest {
    private static final double THRESHOLD = 0.8;

    private static IdCardReading reading(String residence, String placeOfBirth) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("placeOfResidence", residence);
        f.put("placeOfBirth", placeOfBirth);
        return new IdCardReading(f, new LinkedHashMap<>(Map.of("placeOfResidence", 0.95, "placeOfBirth", 0.95)), List.of(), 0);
    }

    @Test
    void theStreetPartsInFrontAreCutAndThePlaceShownToCheck() {
        // generator D's degraded back 9001: the residence's last rows read over the place of birth's label
        IdCardReading r = StreetInBirthPlace.mended(reading("Ngõ 158 Nguyễn Trãi, Thôn Hạ Vị, Xã Thanh Xương - Tỉnh Điện Biên",
                "Ngõ 158 Nguyễn Trãi, Thôn Hạ Vị, Xã Mường Phăng - Tỉnh Điện Biên"), THRESHOLD);
        assertThat(r.fields()).containsEntry("placeOfBirth", "Xã Mường Phăng - Tỉnh Điện Biên");
        assertThat(r.toCheck()).containsExactly("placeOfBirth");
    }

    @Test
    void aPlaceOfBirthReadAsTheResidenceWholeIsLeftEmpty() {
        String residence = "Số 216 đường Phan Đình Phùng, Thôn Phước Lộc, Xã Tào Sơn, Huyện Quỳnh Lưu, Tỉnh Nghệ An";
        IdCardReading r = StreetInBirthPlace.mended(reading(residence, residence), THRESHOLD);
        assertThat(r.fields()).containsEntry("placeOfResidence", residence).containsEntry("placeOfBirth", null);
        assertThat(r.toCheck()).containsExactly("placeOfBirth");
    }

    @Test
    void aPlaceOfUnitsAloneOrWithNoUnitAfterItsStreetIsLeftAsRead() {
        IdCardReading units = reading("Tổ 3, Phường Tân Phong, Tỉnh Lai Châu", "Xã Tân Phong, Huyện Tân Uyên, Tỉnh Lai Châu");
        assertThat(StreetInBirthPlace.mended(units, THRESHOLD)).isSameAs(units);
        // "Đặc khu Cô Tô" misread: nothing after the "street" to keep
        IdCardReading noUnit = reading("Tổ 3, Phường Tân Phong, Tỉnh Lai Châu", "Tổ Tính Quảng Ninh");
        assertThat(StreetInBirthPlace.mended(noUnit, THRESHOLD)).isSameAs(noUnit);
    }

    @Test
    void aBackWhosePlaceOfBirthStartsWithAStreetReadsItsUnitsAndAsksForThem() {
        IdCardReading r = new IdCardOcr().read(DrawnCard.back2024("Tổ 8, Thôn Long Điền,", "Phường Kim Sơn, Tỉnh Cà Mau",
                "Xóm 3, Xã Mường Phăng, Tỉnh Điện Biên", "06/02/2025", "29/05/2029"));
        assertThat(r.fields()).containsEntry("placeOfBirth", "Xã Mường Phăng, Tỉnh Điện Biên");
        assertThat(r.toCheck()).contains("placeOfBirth").doesNotContain("placeOfResidence");
    }
}
