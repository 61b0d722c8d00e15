package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a place's row read again alone replaces the page's reading of it. */
class LostPlaceWordsTest {
    private static final String PAGE = "Khu phố 6, Thạnh, Xã Hòa Hiệp, Huyện M'Đrắk, Tỉnh Đắk Lắk";

    @Test
    void wordsFoundBeforeAPartThatBeginItAreTaken() {
        assertThat(LostPlaceWords.taken(PAGE, "Khu phố 6, Thôn Mỹ Thạnh, Xã Hòa Hiệp, Huyện M'Đrắk, Tỉnh Đắk Lắk")).isTrue();
        assertThat(LostPlaceWords.taken("Thạnh, Xã Hòa Hiệp, Tỉnh Đắk Lắk", "12 Mỹ Thạnh, Xã Hòa Hiệp, Tỉnh Đắk Lắk")).isTrue();
    }

    @Test
    void aReadingThatChangesAnythingElseOrBeginsWithNoPartsWordIsNot() {
        // the label's last letters read as a word before the part: no part begins so
        assertThat(LostPlaceWords.taken(PAGE, "Khu phố 6, ence Mỹ Thạnh, Xã Hòa Hiệp, Huyện M'Đrắk, Tỉnh Đắk Lắk")).isFalse();
        // a unit read otherwise, or a part lost, or the part's own words changed
        assertThat(LostPlaceWords.taken(PAGE, "Khu phố 6, Thôn Mỹ Thạnh, Xã Hòa Hiệp, Huyện M'Đrắk, Tỉnh Đắk Nông")).isFalse();
        assertThat(LostPlaceWords.taken(PAGE, "Khu phố 6, Thôn Mỹ Thạnh, Xã Hòa Hiệp, Tỉnh Đắk Lắk")).isFalse();
        assertThat(LostPlaceWords.taken(PAGE, "Khu phố 6, Thôn Mỹ Thanh, Xã Hòa Hiệp, Huyện M'Đrắk, Tỉnh Đắk Lắk")).isFalse();
        assertThat(LostPlaceWords.taken(PAGE, PAGE)).isFalse();
        assertThat(LostPlaceWords.taken(PAGE, null)).isFalse();
        // the same parts set apart otherwise (a space doubled, a dash for a comma): nothing new, and no failure
        assertThat(LostPlaceWords.taken(PAGE, PAGE.replace(", Xã", ",  Xã"))).isFalse();
        assertThat(LostPlaceWords.taken(PAGE, PAGE.replace(", Tỉnh", " - Tỉnh"))).isFalse();
    }

    @Test
    void aPartFoundBeforeThemAllIsTakenWhenItIsATypeWordAndItsNumberOrName() {
        String page = "Phường Kim Sơn, Gia Lai";
        assertThat(LostPlaceWords.taken(page, "Xóm 1, Phường Kim Sơn, Gia Lai")).isTrue();
        assertThat(LostPlaceWords.taken(page, "Thôn Đông, Phường Kim Sơn, Gia Lai")).isTrue();
        // a type word alone, the label's remnant, or the rest read otherwise
        assertThat(LostPlaceWords.taken(page, "Xóm, Phường Kim Sơn, Gia Lai")).isFalse();
        assertThat(LostPlaceWords.taken(page, "Place of residence, Phường Kim Sơn, Gia Lai")).isFalse();
        assertThat(LostPlaceWords.taken(page, "Xóm 1, Phường Kim Sơn, Tỉnh Gia Lai")).isFalse();
    }

    @Test
    void twoPartsFoundBeforeThePartTheFirstReadingStartedInsideAreTaken() {
        // generator D's 6903 (DejaVu Sans Light): "ã Nghiên Loan," for "Xóm 2, Xã Nghiên Loan,"
        assertThat(LostPlaceWords.taken("Tỉnh Thái Nguyên", "Xóm 2, Xã Nghiên Loan, Tỉnh Thái Nguyên")).isTrue();
        assertThat(LostPlaceWords.taken("Nghiên Loan, Tỉnh Thái Nguyên", "Xóm 2, Xã Nghiên Loan, Tỉnh Thái Nguyên")).isTrue();
        assertThat(LostPlaceWords.taken("Tỉnh Thái Nguyên", "Số 4, Xóm 2, Xã Nghiên Loan, Tỉnh Thái Nguyên")).isFalse();
        assertThat(LostPlaceWords.taken("Tỉnh Thái Nguyên", "h1 Linh, Xã Nghiên Loan, Tỉnh Thái Nguyên")).isFalse();
        assertThat(LostPlaceWords.taken("Nghiên Loan, Tỉnh Thái Nguyên", "Xóm 2, Xã Nghiên Loạn, Tỉnh Thái Nguyên")).isFalse();
        // generator D's 4803 (degraded): the row read again from a label's garbled remnant on
        assertThat(LostPlaceWords.taken("Xã Hạ Vị, Huyện Cai Lậy, Tỉnh Tiền Giang",
                "Xã HH VỤ Nu HAT SINH/PSe of bụi reglsyagoe, Xã Hạ Vị, Huyện Cai Lậy, Tỉnh Tiền Giang")).isFalse();
    }
}
