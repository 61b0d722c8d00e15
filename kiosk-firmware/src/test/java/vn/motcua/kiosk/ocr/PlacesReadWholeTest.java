package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A place that OCR read letter for letter comes out as printed, whatever the row width the card's printer cut it at
 * ({@link ListedPlaces}: places from the units' own lists, cut into rows of 14 to 45 characters). Every rule that
 * mends a misreading must leave a right reading alone; names cut over rows are where they did not ("Huyện" / "Sơn
 * Dương", whose "Dương" passed for a street's "Đường"; "Thành phố Cam" / "Ranh", taken for "Cà Mau"; "Tỉnh Nghệ" /
 * "Tĩnh", completed into "Nghệ An"). The bench's {@code places} part counts the same over more places.
 */
class PlacesReadWholeTest {
    @ParameterizedTest
    @EnumSource(ListedPlaces.Kind.class)
    void aPlaceReadLetterForLetterComesOutAsPrinted(ListedPlaces.Kind kind) {
        assertThat(ListedPlaces.changed(kind, kind.ordinal() + 1L, 400)).isEmpty();
    }

    @Test
    void placesLaidOutOnA2024BackReadLetterForLetterComeOutAsPrinted() {
        assertThat(ListedPlaces.changedOnBack(29, 300)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CardModel.class, names = {"CCCD_2016", "CCCD_2021"})
    void placesLaidOutOnAFrontReadLetterForLetterComeOutAsPrinted(CardModel model) {
        assertThat(ListedPlaces.changedOnFront(model, 29, 300)).isEmpty();
    }
}
