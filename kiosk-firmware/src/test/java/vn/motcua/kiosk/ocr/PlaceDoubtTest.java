package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Places read in a shape no printed place has are shown to be checked; printed shapes are not. */
class PlaceDoubtTest {
    @Test
    void placesAsCardsPrintThemAreNotDoubted() {
        for (String place : List.of("Thôn Mỹ Thạnh, Xã Mường Đăng, Huyện Tủa Chùa, Tỉnh Điện Biên",
                "Tổ dân phố 11, Xã Tân Hoà-Thành phố Lạng Sơn-Tỉnh Lạng Sơn", "Số 50 đường Lý Thường Kiệt, X. Bình An, "
                        + "TP. Hải Dương, T. Hải Dương", "Thôn Yên Khê, Xã Phú Mỹ, Lương Tài, Bắc Ninh",
                "Phường 11, Quận 5, Thành phố Hồ Chí Minh", "Xã Long Sơn, Thành phố Vũng Tàu, Tỉnh Bà Rịa - Vũng Tàu",
                "Tỉnh Cà Mau", "Thành phố Cần Thơ", "Tỉnh Nghệ Tĩnh", "Khu phố 3, Phường Chi Lăng - Tỉnh An Giang",
                "Xã An Chấn - Huyện Tuy An - Tỉnh Phú Yên", "200/32 Ngô Quyền, Xã Dương Sơn, Huyện Bạch Thông, Tỉnh Bắc Kạn",
                "Cộng hòa Pháp", "Thành phố Đà Nẵng, Tỉnh Quảng Nam - Đà Nẵng", "Tổ VI, Phường Hòa Bình, Tỉnh Lai Châu",
                "Khu phố 6, Xã Yên Khê, Hoà An, Cao Bằng", "Tổ dân phố 5A, Phường 2, Thành phố Hồ Chí Minh",
                "Xã Bình Thuận, Lắk, Đắk Lắk", "Lắk, Đắk Lắk", "Phường Mỹ Hương - Thành phố Phan Rang-Tháp Chàm - Tỉnh Ninh Thuận",
                "Xã Long Sơn - Thành phố Vũng Tàu - Tỉnh Bà Rịa - Vũng Tàu", "Thị trấn Phú Hoà, Huyện Phú Tân, Tỉnh An Giang",
                "Căn hộ 12A05 (tòa B), Phường Láng Hạ, Thành phố Hà Nội", "Thôn Đắk Ơ, Xã Đắk Ơ, Tỉnh Đồng Nai",
                "Buôn H'Mông, Xã Ea Kly, Tỉnh Đắk Lắk", "Phường An Cựu, Thành phố Huế", "Phường Hải Châu, TP. Đà Nẵng",
                "Xã Hưng Thịnh, Thành phố Đồng Nai")) {
            assertThat(PlaceDoubt.doubtful(place)).as(place).isFalse();
        }
    }

    @Test
    void placesReadInShapesNoCardPrintsAreDoubted() {
        // generator D's tuning sets, each read so and shown as sure before
        for (String place : List.of("Tổ 8, Thôn Long Điền, Phường Kim Sơn", "Khu phố 7",
                "200/32 Ngô Quyền, Xã Dương Sơn, Huyện Bạch Thông Tỉnh Bắc Kan, Thị trấn Đồng Đăng, Huyện Tràng Định, Tỉnh Lạng Sơn",
                "Khu phố 8, Phường Bình An, Thành phố Hồ Chí Minh, Mỹ, T. Quảng Ngãi",
                "Xã - Thị xã Hương Trà - Tỉnh Thừa Thiên Huế", "Khu phố 10, Xã Huyện An Lão - Thành phố Hải Phòng",
                "Tổ 16, Phường - Thành phố Hồ Chí Minh", "Tổ 7, Xã Nguyễn Văn Thảnh, Huyện Y ng Liêm, Tỉnh Vĩnh Long",
                "Tổ 12, Xã Dreng, Huyện Đăk Đoa - Tỉnh Gia Lai", "Lộc, TP. Hà Nội", "Kiêu, TP. Hải Phòng", "Phương - Tỉnh An Giang",
                "23, Xã Kim Sơn, Tỉnh Lào Cai", "Tổ dân phố 2, 2, Xã Tân Hòa, Huyện Đắk Tô, Tỉnh Kon Tum",
                "Tổ dân phố Thôn Trung Hậu, Thị trấn Yên Khê, Yên Lạc, Vĩnh Phúc", "Tổ H, Xã Nam Sơn, Huyện Bạch Long Vĩ, Thành phố Hải Phòng",
                "Ấp Hạ Vị, Xã Tân, Minh, Tỉnh Ninh Bình", "Phường Yên Khê, La, Tỉnh Sơn La",
                // two places' rows read as one, the levels falling back; a word read as specks
                "155/35 Ngô Quyền, Xã Phú Thuận, Thành phố Đà, Huyện Châu Thành, Tỉnh Bến Tre",
                "Huyện Phú Tân, Thị trấn Phú Hoà, Tỉnh An Giang", "Xã Tân Hòa, Phường Yên Khê, Tỉnh Phú Thọ",
                "Xóm 5, Xã An #4ish, Tỉnh An Giang",
                // a province's city last, its province's row lost: a former province's name (D's degraded 6713), the
                // province's own
                "Xã Thường Lạc, TP. Sa Đéc", "Xã Vũ Phúc, Thành phố Thái Bình")) {
            assertThat(PlaceDoubt.doubtful(place)).as(place).isTrue();
        }
    }

    @Test
    void aDoubtfulPlaceIsShownToBeCheckedAndASoundOneKeepsItsConfidence() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("placeOfResidence", "Tổ 8, Thôn Long Điền, Phường Kim Sơn");
        fields.put("placeOfBirth", "Tỉnh Cà Mau");
        IdCardReading read = new IdCardReading(fields, new LinkedHashMap<>(Map.of("placeOfResidence", 0.95, "placeOfBirth", 0.95)),
                List.of(), 0);
        IdCardReading flagged = PlaceDoubt.flagged(read, List.of("placeOfResidence", "placeOfBirth"), 0.8);
        assertThat(flagged.fields()).isEqualTo(fields);
        assertThat(flagged.toCheck()).containsExactly("placeOfResidence");
        assertThat(flagged.confidence().get("placeOfBirth")).isEqualTo(0.95);
    }

    /** Generator D's degraded backs with real codes, each first unit's type lost and shown as sure before. */
    @Test
    void aPlaceOfBirthWhoseFirstUnitLostTheTypeALaterOneHasIsShownToBeChecked() {
        for (String place : List.of("Ba Vì, Tỉnh Hà Tây", "Phước Long, T. Sông Bé", "Hợp Lý, Huyện Bình Lục, Tỉnh Hà Nam",
                "Thủ Thiêm, Quận 11, TP. Hồ Chí Minh")) {
            assertThat(PlaceDoubt.typeLostAtStart(place)).as(place).isTrue();
        }
        // typed from the first, a type left off after it, none at all, one part, a place abroad
        for (String place : List.of("Xã Bình Thuận, Lắk, Đắk Lắk", "Lắk, Đắk Lắk", "Tư Nghĩa, Nghĩa Bình", "Tỉnh Hà Tây",
                "H. Văn Bàn, Hoàng Liên Sơn", "Bà Rịa - Vũng Tàu", "Đại sứ quán Việt Nam tại Thái Lan")) {
            assertThat(PlaceDoubt.typeLostAtStart(place)).as(place).isFalse();
        }
        IdCardReading read = sure("Thôn Yên Khê, Xã Phú Mỹ, Tỉnh Bắc Ninh", "Ba Vì, Tỉnh Hà Tây");
        assertThat(PlaceDoubt.flagged(read, List.of("placeOfResidence", "placeOfBirth"), 0.8).toCheck()).containsExactly("placeOfBirth");
    }

    /** Generator D's degraded backs 7613 and 7617, each residence's commune row lost and shown as sure before. */
    @Test
    void aResidenceWithNoCommuneIsDoubtedAPlaceOfBirthWithNoneIsNot() {
        IdCardReading read = sure("Xóm 7, Thôn Kim Sơn, Tỉnh Lâm Đồng", "Tỉnh Lâm Đồng");
        assertThat(PlaceDoubt.flagged(read, List.of("placeOfResidence", "placeOfBirth"), 0.8).toCheck()).containsExactly("placeOfResidence");
        assertThat(PlaceDoubt.withoutCommune("Thành phố Hà Nội")).isTrue();
        assertThat(PlaceDoubt.withoutCommune("Số 12 ngõ 45, Thành phố Hà Nội")).isTrue();
        // D's degraded 8902 and 8512: a district and a province, the commune's row lost or a place of birth's rows read
        assertThat(PlaceDoubt.withoutCommune("Thành phố Sơn La, Tỉnh Sơn La")).isTrue();
        assertThat(PlaceDoubt.withoutCommune("Số 151 đường Trần Hưng Đạo, TP. Sơn La, T. Sơn La")).isTrue();
        assertThat(PlaceDoubt.withoutCommune("Huyện Lệ Thủy, Tỉnh Bình Trị Thiên")).isTrue();
        assertThat(PlaceDoubt.withoutCommune("Tổ 3, Thị trấn Đồng Đăng, Huyện Cao Lộc, Tỉnh Lạng Sơn")).isFalse();
        assertThat(PlaceDoubt.withoutCommune("Tổ 3, P. Tân Phong, Q. 7, TP. Hồ Chí Minh")).isFalse();
        // a commune typed, set apart by a dash, or printed without its type, is one
        assertThat(PlaceDoubt.withoutCommune("Xóm 7, Thôn Kim Sơn, Đặc khu Phú Quý - Tỉnh Lâm Đồng")).isFalse();
        assertThat(PlaceDoubt.withoutCommune("Thôn Bình An, Tân Thành, Lương Sơn, Hòa Bình")).isFalse();
        assertThat(PlaceDoubt.withoutCommune("Ngõ 147 Quang Trung, Phường Láng Tròn, Tỉnh Cà Mau")).isFalse();
    }

    @Test
    void aBackWhoseResidenceEndsWithNoProvinceIsReadAsPrintedAndShownToBeChecked() {
        // the province's row left off the card: what is there is read, and the citizen is asked to finish it
        IdCardReading r = new IdCardOcr().read(DrawnCard.back2024("Tổ 8, Thôn Long Điền,", "Phường Kim Sơn",
                "Tỉnh Cà Mau", "06/02/2025", "29/05/2029"));
        assertThat(r.fields()).containsEntry("placeOfResidence", "Tổ 8, Thôn Long Điền, Phường Kim Sơn");
        assertThat(r.toCheck()).contains("placeOfResidence").doesNotContain("placeOfBirth");
    }

    /** A reading of a residence and a place of birth, each read as sure. */
    private static IdCardReading sure(String residence, String birth) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("placeOfResidence", residence);
        fields.put("placeOfBirth", birth);
        return new IdCardReading(fields, new LinkedHashMap<>(Map.of("placeOfResidence", 0.95, "placeOfBirth", 0.95)), List.of(), 0);
    }
}
