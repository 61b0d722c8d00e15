package vn.motcua.kiosk.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScrapBeforePlaceTest {
    private static final Set<String> LABEL = Set.of("noi", "dang", "khai", "sinh", "place", "birth", "registration");

    @Test
    void aLabelWordOrSpecksBeforeListedUnitsAreCut() {
        assertEquals("Xã Phong Dụ Hạ, Huyện Trạm Tấu, Tỉnh Yên Bái",
                ScrapBeforePlace.place("Nơi, Xã Phong Dụ Hạ, Huyện Trạm Tấu, Tỉnh Yên Bái", LABEL));
        assertEquals("Phú Yên", ScrapBeforePlace.place("regtstratsoen Phú Yên", LABEL));
        assertEquals("Thái Bình", ScrapBeforePlace.place("K Thái Bình", LABEL));
        assertEquals("Xã Yên Khê, Huyện Tuy An, Tỉnh Phú Yên", ScrapBeforePlace.place("NƠI ĐÂN, Xã Yên Khê, Huyện Tuy An, Tỉnh Phú Yên", LABEL));
        assertEquals("Bà Rịa - Vũng Tàu", ScrapBeforePlace.place("Phc sí lưnh ssgsexes Bà Rịa - Vũng Tàu", LABEL));
        assertEquals("Phường Minh Khai, Thành phố Phủ Lý, Tỉnh Hà Nam",
                ScrapBeforePlace.place("..3, u, Phường Minh Khai, Thành phố Phủ Lý, Tỉnh Hà Nam", LABEL));
    }

    @Test
    void anotherPlacesProvinceBeforeUnitsIsCut() {
        assertEquals("Huyện Đại Từ, Tỉnh Bắc Thái", ScrapBeforePlace.place("Tỉnh Quảng Nam, Huyện Đại Từ, Tỉnh Bắc Thái", LABEL));
        assertEquals("TP. Tân An, T. Long An", ScrapBeforePlace.place("T. Ninh Bình, TP. Tân An, T. Long An", LABEL));
        assertEquals("Huyện Đại Từ, Tỉnh Bắc Thái", ScrapBeforePlace.place("Nơi, Tỉnh Quảng Nam, Huyện Đại Từ, Tỉnh Bắc Thái", LABEL));
        assertNull(ScrapBeforePlace.place("P. Lân Phong, Ợ, T. EP, Hồ Chí Minh", LABEL), "a province's type before no province");
    }

    @Test
    void whatIsLeftIsLookedUpAgainAlone() {
        assertEquals("Huyện Đắk R'Lấp - Tỉnh Đắk Nông", ScrapBeforePlace.place("Phec of binh registradon:— HUYỆN Đắk R'Lấp - Tỉnh Đắk Nông", LABEL));
    }

    @Test
    void unitsTheListsMissAndTypedPartsAreKept() {
        assertNull(ScrapBeforePlace.place("Krông Pắc, Tỉnh Đắk Lắk", LABEL), "a name's words, each with a capital");
        assertNull(ScrapBeforePlace.place("Xã Cần Đăngg, Tỉnh An Giang", LABEL), "a typed unit, misread");
        assertNull(ScrapBeforePlace.place("Thành phố Bến Tre, Tỉnh Bến Tre", LABEL), "a city of a province, not a province");
        assertNull(ScrapBeforePlace.place("Huyện Đại Từ, Tỉnh Bắc Thái", LABEL));
        assertNull(ScrapBeforePlace.place("Ba Tri, T. Bến Tre", LABEL));
    }

    @Test
    void aPlaceCutIsShownToBeChecked() {
        CardLayout layout = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow();
        IdCardReading read = new IdCardReading(Map.of("placeOfBirth", "K Thái Bình", "placeOfResidence", "Thôn 3, Xã An Lão, Tỉnh Bình Định"),
                Map.of("placeOfBirth", 0.95, "placeOfResidence", 0.95), java.util.List.of(), 0);
        IdCardReading out = ScrapBeforePlace.mended(read, layout, 0.8);
        assertEquals("Thái Bình", out.fields().get("placeOfBirth"));
        assertEquals(PlaceDoubt.DOUBTED, out.confidence().get("placeOfBirth"));
        assertEquals("Thôn 3, Xã An Lão, Tỉnh Bình Định", out.fields().get("placeOfResidence"), "a residence opens with what no list holds");
    }
}
