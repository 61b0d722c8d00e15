package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A place's unit cut over two rows at a space (generator D's wraps, as printers cut a long line). */
class WrappedPartsTest {
    @Test
    void aTypeWordAloneAtARowsEndBelongsToTheNextRowsName() {
        assertThat(WrappedParts.join(List.of("Tổ 24, Xã Mỹ Thạnh, Thị xã Kiến Tường, Tỉnh", "Long An"), List.of(false, false)))
                .isEqualTo("Tổ 24, Xã Mỹ Thạnh, Thị xã Kiến Tường, Tỉnh Long An");
    }

    @Test
    void unitsSetOffByDashesWithNoSpaceRunOnWithNoneAcrossARowsEnd() {
        // generator D's 5514 (Noto Serif Display): the row ends at a dash glued to the district's name
        assertThat(WrappedParts.join(List.of("Xóm 6, Thôn Hạ Vị, Xã Tân Châu-Huyện Kim Động-", "Tỉnh Hưng Yên"), List.of(false, false)))
                .isEqualTo("Xóm 6, Thôn Hạ Vị, Xã Tân Châu-Huyện Kim Động-Tỉnh Hưng Yên");
        // set off with spaces: as before
        assertThat(WrappedParts.join(List.of("Xã Tài Văn - Thị xã Ngã Năm -", "Tỉnh Sóc Trăng"), List.of(false, false)))
                .isEqualTo("Xã Tài Văn - Thị xã Ngã Năm - Tỉnh Sóc Trăng");
    }

    @Test
    void aNameCutTwiceIsCompletedByTheRowsAfterIt() {
        // "Thành phố Phan" is no unit, "Xã Phan" is: only the two rows after it make the city whole
        assertThat(WrappedParts.join(List.of("Xã Tri Hải, Thành phố Phan", "Rang - Tháp", "Chàm, Tỉnh Ninh Thuận"),
                List.of(false, false, false))).isEqualTo("Xã Tri Hải, Thành phố Phan Rang - Tháp Chàm, Tỉnh Ninh Thuận");
        // a comma read at the row's end still parts them
        assertThat(WrappedParts.join(List.of("Xã Tri Hải, Thành phố Phan", "Rang - Tháp", "Chàm, Tỉnh Ninh Thuận"),
                List.of(true, false, false))).startsWith("Xã Tri Hải, Thành phố Phan, Rang");
    }

    @Test
    void aProvinceCutShortIsCompletedByTheNextRow() {
        assertThat(WrappedParts.join(List.of("Xã Lương Sơn, Tỉnh Lâm", "Đồng"), List.of(false, false)))
                .isEqualTo("Xã Lương Sơn, Tỉnh Lâm Đồng");
        assertThat(WrappedParts.provinceCutShort("Xã Lương Sơn, Tỉnh Lâm")).isTrue();
        assertThat(WrappedParts.provinceCutShort("Xã Lương Sơn, Tỉnh Lâm Đồng")).isFalse();
        assertThat(AddressEnds.closesAddress("Xã Lương Sơn, Tỉnh Lâm")).as("the row goes on").isFalse();
    }

    @Test
    void aProvinceInAnotherSpellingInUseWrappedAtItsSpaceIsOnePartAsPrinted() {
        for (String[] rows : new String[][]{{"Xã Ea Rốk, Krông Búk, Đắk", "Lắc"}, {"Huyện Krông Búk, Tỉnh Đắk", "Lắc"}}) {
            String joined = WrappedParts.join(List.of(rows), List.of(false, false));
            assertThat(joined).isEqualTo(rows[0] + " " + rows[1]);
            assertThat(AddressSpelling.correct(joined)).isEqualTo(joined);
        }
        // a commune of the list before the merger, its district without its type: the new list writes it "Ea Khăl"
        assertThat(AddressSpelling.correct("Xã Ea Khal, Krông Bông, Đắc Lắc")).isEqualTo("Xã Ea Khal, Krông Bông, Đắc Lắc");
    }

    @Test
    void aHyphenatedProvinceWrappedAtItsSpaceIsOnePartAsPrinted() {
        String joined = WrappedParts.join(List.of("Xã Bình Ba, Huyện Côn Đảo, Tỉnh Bà", "Rịa-Vũng Tàu"), List.of(false, false));
        assertThat(joined).isEqualTo("Xã Bình Ba, Huyện Côn Đảo, Tỉnh Bà Rịa-Vũng Tàu");
        assertThat(AddressSpelling.correct(joined)).isEqualTo(joined);
    }

    @Test
    void rowsThatEndWithACommaOrWholePartsStayApart() {
        assertThat(WrappedParts.join(List.of("Xã Yên Phụ, Tỉnh", "Long An"), List.of(true, false)))
                .as("the comma was printed: two parts").isEqualTo("Xã Yên Phụ, Tỉnh, Long An");
        assertThat(WrappedParts.join(List.of("Thôn 2, Xã Ea Păl", "Huyện Ea Kar, Tỉnh Đắk Lắk"), List.of(false, false)))
                .isEqualTo("Thôn 2, Xã Ea Păl, Huyện Ea Kar, Tỉnh Đắk Lắk");
    }

    @Test
    void aRowEndingWithoutItsCommaGoesOnIntoANextRowThatStartsNoPart() {
        // "Xã Tân Phú" is listed too: only the missing comma says the name goes on
        assertThat(WrappedParts.join(List.of("Thôn Phước Lộc, Xã Tân Phú", "Trung, Huyện Hóc Môn, Thành phố Hồ Chí Minh"),
                List.of(false, false))).isEqualTo("Thôn Phước Lộc, Xã Tân Phú Trung, Huyện Hóc Môn, Thành phố Hồ Chí Minh");
        assertThat(WrappedParts.join(List.of("Xã Trung", "Hậu, Tỉnh Phú Thọ"), List.of(false, false)))
                .as("a name no list holds").isEqualTo("Xã Trung Hậu, Tỉnh Phú Thọ");
        assertThat(WrappedParts.join(List.of("5Ƒ birth regidration", "(ã Ninh Tây, Huyện Vạn Ninh, Tỉnh Khánh Hòa"),
                List.of(false, false))).as("a label's remnant is a part of its own, to be dropped")
                .isEqualTo("5Ƒ birth regidration, (ã Ninh Tây, Huyện Vạn Ninh, Tỉnh Khánh Hòa");
    }

    @Test
    void unitsSetOffByDashesAreCutAtTheDashBeforeATypeWord() {
        // generator D's 4716, 4608 and 4603 at seeds 4700 and 4600: the comma put between the rows split a name
        assertThat(WrappedParts.join(List.of("Ngõ 6 Điện Biên Phủ, Phường Vĩnh Thông-Thành phố Hà", "Tiên-Tỉnh Kiên Giang"),
                List.of(false, false))).isEqualTo("Ngõ 6 Điện Biên Phủ, Phường Vĩnh Thông-Thành phố Hà Tiên-Tỉnh Kiên Giang");
        assertThat(WrappedParts.join(List.of("Thôn Đông, Xã Phú Mỹ-Huyện Xuân", "Trường-Tỉnh Nam Định"), List.of(false, false)))
                .isEqualTo("Thôn Đông, Xã Phú Mỹ-Huyện Xuân Trường-Tỉnh Nam Định");
        assertThat(WrappedParts.join(List.of("Phường Phước Lộc-TP.", "Ninh Bình-Tỉnh Ninh Bình"), List.of(false, false)))
                .isEqualTo("Phường Phước Lộc-TP. Ninh Bình-Tỉnh Ninh Bình");
        assertThat(WrappedParts.lastUnit("Xã Long Sơn-Tỉnh Bà Rịa-Vũng Tàu")).as("a dash inside a name").isEqualTo("Tỉnh Bà Rịa-Vũng Tàu");
        assertThat(WrappedParts.join(List.of("Xã Phú Mỹ-Huyện Xuân Trường", "Tỉnh Nam Định"), List.of(false, false)))
                .as("whole units on both sides").isEqualTo("Xã Phú Mỹ-Huyện Xuân Trường, Tỉnh Nam Định");
    }

    @Test
    void aUnitCutOverRowsIsJoinedThoughItsFirstWordsNameAUnitToo() {
        assertThat(WrappedParts.join(List.of("Xã Quất Lưu, Thành phố Vĩnh", "Yên, Tỉnh Vĩnh Phúc"), List.of(false, false)))
                .as("Thành phố Vinh is one letter from its start").isEqualTo("Xã Quất Lưu, Thành phố Vĩnh Yên, Tỉnh Vĩnh Phúc");
        assertThat(WrappedParts.join(List.of("Khu phố 5, Xã Đồng", "Thành, Huyện Yên Thành"), List.of(false, false)))
                .isEqualTo("Khu phố 5, Xã Đồng Thành, Huyện Yên Thành");
        assertThat(WrappedParts.join(List.of("Khu phố 5, Xã Đồng", "Thành, Huyện Yên Thành"), List.of(true, false)))
                .as("the comma was printed").isEqualTo("Khu phố 5, Xã Đồng, Thành, Huyện Yên Thành");
        assertThat(WrappedParts.join(List.of("Phường Hải Châu", "II, Quận Hải Châu"), List.of(false, false)))
                .isEqualTo("Phường Hải Châu II, Quận Hải Châu");
        assertThat(WrappedParts.join(List.of("X. Gia Hanh, T. Hà", "Tĩnh"), List.of(false, false))).isEqualTo("X. Gia Hanh, T. Hà Tĩnh");
        assertThat(WrappedParts.join(List.of("Xã Long Vĩnh, Châu", "Thành, Trà Vinh"), List.of(false, false)))
                .as("a district written without its type").isEqualTo("Xã Long Vĩnh, Châu Thành, Trà Vinh");
    }

    @Test
    void aProvinceCutShortRunsOnIntoARowGarbledPastLookingLikeANameWhenTheTwoMakeOne() {
        // generator D's 5511 at seed 5500 (Noto Serif Display): "Tỉnh Bình" over "Phướ ớC"
        assertThat(WrappedParts.join(List.of("Ấp Mỹ Thạnh, Xã Thọ Sơn-Huyện Bù Đăng-Tỉnh Bình", "Phướ ớC"), List.of(false, false)))
                .isEqualTo("Ấp Mỹ Thạnh, Xã Thọ Sơn-Huyện Bù Đăng-Tỉnh Bình Phướ ớC");
        // a label's remnant under a province cut short makes none: it stays a part of its own, to be dropped
        assertThat(WrappedParts.join(List.of("Xã Tân Phú, Tỉnh Lâm", "Place of birth"), List.of(false, false)))
                .isEqualTo("Xã Tân Phú, Tỉnh Lâm, Place of birth");
    }

    @Test
    void aDashLostAloneOnANarrowColumnsRowIsPutBackWhereThePlaceSetsItsUnitsOffByDashes() {
        // generator D's 7201 (DejaVu Serif, a narrow column): "Phường" / "Phú" / "Mỹ" / "-" / "Thành" / "phố Phan Thiết - …"
        List<Boolean> noCommas = List.of(false, false, false, false, false);
        assertThat(WrappedParts.join(List.of("Phường", "Phú", "Mỹ", "Thành", "phố Phan Thiết - Tỉnh Bình Thuận"), noCommas))
                .isEqualTo("Phường Phú Mỹ - Thành phố Phan Thiết - Tỉnh Bình Thuận");
        // where the units are set off by commas, the mark lost was a comma
        assertThat(WrappedParts.join(List.of("Phường", "Phú", "Mỹ", "Thành", "phố Phan Thiết, Tỉnh Bình Thuận"), noCommas))
                .isEqualTo("Phường Phú Mỹ, Thành phố Phan Thiết, Tỉnh Bình Thuận");
        // nor after a part that names no unit: a label's remnant ("bư1h: rogstr gen"), or a hamlet's
        assertThat(WrappedParts.join(List.of("bư1h: rogstr gen", "Xã Ea Tân - Huyện Buôn Đôn - Tỉnh Đắk Lắk"), List.of(false, false)))
                .isEqualTo("bư1h: rogstr gen, Xã Ea Tân - Huyện Buôn Đôn - Tỉnh Đắk Lắk");
        assertThat(WrappedParts.join(List.of("Khu phố 1", "Xã Thanh - Huyện Hậu - Tỉnh Nam Định"), List.of(false, false)))
                .isEqualTo("Khu phố 1, Xã Thanh - Huyện Hậu - Tỉnh Nam Định");
    }
}
