package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceSecondLookTest {
    private static final String PAGE = "Phường 17, Quận Bình Thạnh, Thành phố Hồ Cu";
    private static final String LISTED = "Phường 17, Quận Bình Thạnh, Thành phố Hồ Chí Minh";

    private static boolean taken(String page, String second) {
        return PlaceSecondLook.taken(page, AddressSpelling.correct(page), second);
    }

    @Test
    void aSecondReadingAsTheListsSpellItReplacesAPlaceThePageMisread() {
        assertThat(taken(PAGE, LISTED)).isTrue();
        assertThat(taken("Xã Hòa Phước, Huyện Hòa Xe nh), Thành phố Đà Nẵng", "Xã Hòa Phước, Huyện Hòa Vang, Thành phố Đà Nẵng")).isTrue();
        assertThat(taken("Số 12 đường Lê Lợi, " + PAGE, "Số 12 đường Lê Lợi, " + LISTED)).isTrue();
    }

    @Test
    void aUnitTheListsGuessedIsNoReasonToKeepIt() {
        // "Phú Thơ" put right is Phú Thọ, a province; the row read alone reads the printed one
        String page = "Thị trấn Thanh An, Huyện Phong Điền, Tỉnh Phú Thơ";
        assertThat(AddressSpelling.correct(page)).isEqualTo("Thị trấn Thanh An, Huyện Phong Điền, Tỉnh Phú Thọ");
        assertThat(taken(page, "Thị trấn Thanh An, Huyện Phong Điền, Thành phố Cần Thơ")).isTrue();
    }

    @Test
    void aSecondReadingThatItselfNeedsPuttingRightIsNotTaken() {
        assertThat(taken(PAGE, "Phường 17, Quận Bình Thạnh, Thành phố Hồ Chí Mình")).isFalse();
        assertThat(taken(PAGE, "Phường 17, Quận Bình Thanh, Thành phố Hồ Chí Minh")).isFalse();
    }

    @Test
    void aUnitThePageReadAsListedIsNotReadOtherwise() {
        // Xã Hòa Châu is of Hòa Vang too: the row read alone misread it into another listed name
        assertThat(taken("Xã Hòa Phước, Huyện Hòa Xe nh), Thành phố Đà Nẵng", "Xã Hòa Châu, Huyện Hòa Vang, Thành phố Đà Nẵng")).isFalse();
    }

    @Test
    void aSecondReadingThatLostAUnitThePageReadAsListedIsNotTaken() {
        assertThat(taken("Xã Hòa Phước, Huyện Hòa Xe nh), Thành phố Đà Nẵng", "Huyện Hòa Vang, Thành phố Đà Nẵng")).isFalse();
    }

    @Test
    void aSecondReadingWithFewerUnitsIsNotTaken() {
        // the page misread the commune and the lists put it right: a crop that lost it reads the rest as listed
        assertThat(taken("Phường Điện Bản, Thành phố Đà Nẵn", "Thành phố Đà Nẵng")).isFalse();
    }

    @Test
    void aSecondReadingWithAnotherStreetPartIsNotTaken() {
        // no list tells a house number or a speck read as a word: what the page read before the units stays
        assertThat(taken("Số 12 đường Lê Lợi, " + PAGE, "Số 11 đường Lê Lợi, " + LISTED)).isFalse();
        assertThat(taken("Thôn Đông, " + PAGE, "Thôn Đồng, " + LISTED)).isFalse();
        assertThat(taken(PAGE, "Thôn Đông, " + LISTED)).as("a part before the units the page did not read").isFalse();
    }

    @Test
    void aPlaceIsReadAgainWhenAUnitIsNotKnownThoughNothingWasPutRight() {
        assertThat(PlaceSecondLook.listed(LISTED)).isTrue();
        assertThat(PlaceSecondLook.listed("Tổ dân phố 10, Xã Hồng Thượng, A Lưới, Thừa Thiên - Huế")).isTrue();
        assertThat(PlaceSecondLook.listed("Tổ dân phố 10, Xã Hồng Thượng, A Lưới, Thùa Thiên - Huế")).isFalse();
        assertThat(PlaceSecondLook.listed("Thôn Đông, Ấp Phú Mỹ")).as("no unit at all").isFalse();
    }

    @Test
    void theSameReadingChangesNothing() {
        assertThat(PlaceSecondLook.taken(LISTED, LISTED, LISTED)).isFalse();
    }
}
