package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.client.identity.PersonalNumbers;

/** The parser alone, on lines as Tesseract gives them from photos: garbled labels, split and merged rows. */
class CardTextParserTest {

    private static CardTextParser.Line at(double centre, String text, float confidence) {
        return new CardTextParser.Line(text, confidence, centre - 0.02, centre + 0.02, 0.04);
    }

    @Test
    void readsValuesByTheirRowEvenWhenLabelsAreGarbled() {
        IdCardReading r = CardTextParser.parse(List.of(
                at(0.06, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 95),
                at(0.36, "we_079177907060", 70),
                at(0.43, "Hộ vÀ tôn 2 Fuòt nàme", 40),
                at(0.48, "PHẠM KHÁNH THU HƯƠNG", 91),
                at(0.545, "Ngày sinh / Date of bứth Ø8/07/1977", 87),
                at(0.61, "Giới tính /Sex NỮ Quốc tịch / Nationaity Việt Nam", 86),
                at(0.72, "Xã Tân Thạnh Đông. Quận Gò Vấp, Thành phố Hồ Chí Minh", 90),
                at(0.78, "Nơi thường trú / Piace of resdesce Số 5 Kiệt 14, Xã Quỳnh Đôi", 85),
                at(0.83, "Thành phố Vinh, Tỉnh Nghệ A", 86)), 0.8, 5);
        assertThat(r.fields()).containsEntry("number", "079177907060").containsEntry("name", "PHẠM KHÁNH THU HƯƠNG")
                .containsEntry("dateOfBirth", "1977-07-08").containsEntry("sex", "Nữ")
                .containsEntry("nationality", "Việt Nam")
                .containsEntry("placeOfOrigin", "Xã Tân Thạnh Đông, Quận Gò Vấp, Thành phố Hồ Chí Minh")
                .containsEntry("placeOfResidence", "Số 5 Kiệt 14, Xã Quỳnh Đôi, Thành phố Vinh, Tỉnh Nghệ An");
        // "Nghệ A" completed to a province is a guess, so the residence is shown for checking
        assertThat(r.toCheck()).containsExactly("number", "placeOfResidence");
    }

    @Test
    void missingAndImpossibleValuesAreFlaggedNotInvented() {
        IdCardReading r = CardTextParser.parse(List.of(
                at(0.36, "Số / No.: 0791779", 90),
                at(0.545, "Ngày sinh / Date of birth: 31/02/1977", 90)), 0.8, 5);
        assertThat(r.fields().get("number")).isEqualTo("0791779");
        assertThat(r.fields().get("dateOfBirth")).isEqualTo("31/02/1977");
        assertThat(r.fields().get("name")).isNull();
        assertThat(r.toCheck()).containsExactlyInAnyOrderElementsOf(CardTextParser.FIELDS);
        assertThat(r.confidence().get("name")).isZero();
    }

    @Test
    void provinceIsSpelledAsTheProvinceListSpellsIt() {
        assertThat(Gazetteer.provinces().correctLastPart("Xã Việt Hùng, Thị xã Từ Sơn, Tỉnh Bác Ninh"))
                .isEqualTo("Xã Việt Hùng, Thị xã Từ Sơn, Tỉnh Bắc Ninh");
        assertThat(Gazetteer.provinces().correctLastPart("Quận Hải Châu, Thành phố Đà Nẵn"))
                .isEqualTo("Quận Hải Châu, Thành phố Đà Nẵng");
        assertThat(Gazetteer.provinces().correctLastPart("Xóm 3, Xã Nam Hồng")).isEqualTo("Xóm 3, Xã Nam Hồng");
    }

    @Test
    void aProvinceWhoseLastWordWasGarbledIsTheOneProvinceItsOtherWordsBegin() {
        assertThat(Gazetteer.provinces().correctLastPart("Thành phố Sầm Sơn, Tỉnh Thanh I"))
                .isEqualTo("Thành phố Sầm Sơn, Tỉnh Thanh Hóa");
        assertThat(Gazetteer.provinces().correctLastPart("Quận Sơn Trà, Thành phố Đà Nãi"))
                .isEqualTo("Quận Sơn Trà, Thành phố Đà Nẵng");
        // a district's city is no province: with no district before it, "Thành phố Cao Lãnh" is not Cao Bằng
        assertThat(Gazetteer.provinces().correctLastPart("Thị trấn Mỹ Thọ, Thành phố Cao Lãnh"))
                .isEqualTo("Thị trấn Mỹ Thọ, Thành phố Cao Lãnh");
        // "Bắc" begins four provinces' names (Bắc Ninh, Bắc Giang, Bắc Kạn, Bắc Liêu): none is guessed
        assertThat(Gazetteer.provinces().correctLastPart("Huyện Lương Tài, Tỉnh Bắc Xq"))
                .isEqualTo("Huyện Lương Tài, Tỉnh Bắc Xq");
    }

    @Test
    void aProvinceCutShortAtTheRowsEndIsOneItsMarkedLettersBegin() {
        assertThat(Gazetteer.provinces().correctLastPart("Huyện Phú Lộc, Tỉnh Thừ")).isEqualTo("Huyện Phú Lộc, Tỉnh Thừa Thiên Huế");
        assertThat(Gazetteer.provinces().correctLastPart("Huyện Phú Lộc, Tỉnh Thua Thien")).isEqualTo("Huyện Phú Lộc, Tỉnh Thừa Thiên Huế");
        assertThat(Gazetteer.provinces().correctLastPart("Quận 1, Thành phố Hồ Chí")).isEqualTo("Quận 1, Thành phố Hồ Chí Minh");
        // after "Thành phố", a city under the centre: "Hà N" is Hà Nội (no Tỉnh Hà Nam), "Long" a city of a province
        // wrapped at the row's end ("Thành phố Long" / "Khánh, Tỉnh Đồng Nai"), not Tỉnh Long An
        assertThat(Gazetteer.provinces().correctLastPart("Phường Cửa Nam, Thành phố Hà N")).isEqualTo("Phường Cửa Nam, Thành phố Hà Nội");
        assertThat(Gazetteer.provinces().correctLastPart("Xóm 4, Xã Phú Điền, Thành phố Long"))
                .isEqualTo("Xóm 4, Xã Phú Điền, Thành phố Long");
        assertThat(AddressEnds.closesAddress("Khánh, Thành phố Thủ")).isFalse();
        // "Thủ" is no start of "Thừa": its U has no horn
        assertThat(Gazetteer.provinces().correctLastPart("Huyện Phú Lộc, Tỉnh Thủ")).isEqualTo("Huyện Phú Lộc, Tỉnh Thủ");
    }

    @Test
    void anAddressEndingInACommaOrWithoutASpaceAfterItIsNotBroken() {
        // a row cut after its comma threw StringIndexOutOfBoundsException; "A,B" came back as "A,BB…"
        assertThat(Gazetteer.provinces().correctLastPart("Xóm 3, Xã Nam Hồng,")).isEqualTo("Xóm 3, Xã Nam Hồng,");
        assertThat(Gazetteer.provinces().correctLastPart(",")).isEqualTo(",");
        assertThat(Gazetteer.provinces().correctLastPart("Quận Hải Châu,Thành phố Đà Nẵn"))
                .isEqualTo("Quận Hải Châu, Thành phố Đà Nẵng");
    }

    @Test
    void aFullStopIsACommaReadWrongExceptAfterAnAbbreviatedType() {
        assertThat(CardTextParser.clean("Huyện Tân Lạc. Tỉnh Hòa Bình")).isEqualTo("Huyện Tân Lạc, Tỉnh Hòa Bình");
        assertThat(CardTextParser.clean("TT. Châu Thành, H. Châu Thành, T. Trà Vinh"))
                .isEqualTo("TT. Châu Thành, H. Châu Thành, T. Trà Vinh");
        assertThat(CardTextParser.clean("Xóm 2. Xã Tân Lập")).isEqualTo("Xóm 2, Xã Tân Lập");
        assertThat(CardTextParser.clean("Huyện Xuân 'Trường-Tỉnh Nam Định")).as("a speck as an apostrophe")
                .isEqualTo("Huyện Xuân Trường-Tỉnh Nam Định");
        // generator D's 5011 at seed 5000: the place taken twice is one place; a place whose parts repeat otherwise stays
        assertThat(PlaceRows.once("Tổ 2, Xã Thắng Mố, Tỉnh Tuyên Quang, Tổ 2, Xã Thắng Mố, Tỉnh Tuyên Quang"))
                .isEqualTo("Tổ 2, Xã Thắng Mố, Tỉnh Tuyên Quang");
        assertThat(PlaceRows.once("Tổ 2, Xã Thắng Mố, Tỉnh Tuyên Quang")).isEqualTo("Tổ 2, Xã Thắng Mố, Tỉnh Tuyên Quang");
        // its full stop read as a comma, and a row cut right after it
        assertThat(CardTextParser.clean("X. Quảng Đức, H. Thọ Xuân, T, Thanh Hóa")).isEqualTo("X. Quảng Đức, H. Thọ Xuân, T. Thanh Hóa");
        assertThat(CardTextParser.clean("X. Quảng Đức, H. Thọ Xuân, T.")).isEqualTo("X. Quảng Đức, H. Thọ Xuân, T.");
    }

    @Test
    void aTReadAsOneOrADaggerIsTheTypesTWhereThePlaceAbbreviatesItsTypes() {
        // generator D at seed 5700, Noto Serif Display: 5707, 5709, 5714
        assertThat(CardTextParser.clean("Tổ 13, X. Vĩnh Xương, 1P, Châu Đốc, T. An Giang"))
                .isEqualTo("Tổ 13, X. Vĩnh Xương, TP. Châu Đốc, T. An Giang");
        assertThat(CardTextParser.clean("Thôn Kim Sơn, X. Đăk Ơ, †, Đồng Nai")).isEqualTo("Thôn Kim Sơn, X. Đăk Ơ, T. Đồng Nai");
        assertThat(CardTextParser.clean("Tân Quới, H. Mang Thít, 1, Vĩnh Long")).isEqualTo("Tân Quới, H. Mang Thít, T. Vĩnh Long");
        assertThat(CardTextParser.clean("1T. Tân Quới, H. Mang Thít, T1, Vĩnh Long"))
                .isEqualTo("TT. Tân Quới, H. Mang Thít, T. Vĩnh Long");
        // specks no value starts with, before a province's garbled type or a street word (D's 6111, 6102 at seed 6100)
        assertThat(CardTextParser.clean("= ^”” Tìm Bắc Giang")).isEqualTo("Tìm Bắc Giang");
        assertThat(CardTextParser.clean("„¡Khu phố 3, P. Hoài Nhơn Bắc,")).isEqualTo("Khu phố 3, P. Hoài Nhơn Bắc");
        // a label's lower half read with digits among marks no address prints, before a part with a quote mark (D's 6208)
        assertThat(PlaceRows.dropLabel("7&<e9/sdns \"Thì xã Mường Lay, Tỉnh Điện Biên")).isEqualTo("\"Thì xã Mường Lay, Tỉnh Điện Biên");
        assertThat(AddressEnds.dropJunkBefore("7&<e9/sdns \"Thì xã Mường Lay")).isEqualTo("\"Thì xã Mường Lay");
        assertThat(AddressEnds.dropJunkBefore("12 Ấp Mỹ Hòa")).as("a house number stays").isEqualTo("12 Ấp Mỹ Hòa");
        // D's 6310 and 6402 at seeds 6300 and 6400: "T." read as an I; a speck read as a part of its own
        assertThat(CardTextParser.clean("X. Trung Nam, TX. Quảng Trị, I, Quảng Trị")).isEqualTo("X. Trung Nam, TX. Quảng Trị, T. Quảng Trị");
        assertThat(CardTextParser.clean("Xã Tân Lập, Huyện Cư M'gar, ›, Tỉnh Đắk Lắk")).isEqualTo("Xã Tân Lập, Huyện Cư M'gar, Tỉnh Đắk Lắk");
        // the T of "T." read as a 1 at a row's end, its province on the next row (D's 6310, Noto Serif Display)
        assertThat(PlaceRows.asRead(List.of(new CardTextParser.Line("Tổ 14, Thôn Long Điền, X. Thanh Bồng, 1,", 90, 0.10, 0.13, 0.3, 0.8),
                new CardTextParser.Line("Quảng Ngãi", 90, 0.14, 0.17, 0.3, 0.5))))
                .isEqualTo("Tổ 14, Thôn Long Điền, X. Thanh Bồng, T. Quảng Ngãi");
        assertThat(PlaceRows.asRead(List.of(new CardTextParser.Line("Xã Tân Lập, Huyện Cư M'gar, ›,", 90, 0.10, 0.13, 0.3, 0.8),
                new CardTextParser.Line("Tỉnh Đắk Lắk", 90, 0.14, 0.17, 0.3, 0.5)))).isEqualTo("Xã Tân Lập, Huyện Cư M'gar, Tỉnh Đắk Lắk");
        // a label's lower half garbled past knowing, no word of it a syllable, under a province alone (D's 5208, degraded);
        // a row of a minority's names, no Vietnamese syllables either, is kept by the unit the lists know
        assertThat(PlaceRows.asRead(List.of(new CardTextParser.Line("Tây Ninh", 90, 0.18, 0.21, 0.4, 0.5),
                new CardTextParser.Line("Paee öƒ bứth rey(unutkvy", 30, 0.22, 0.25, 0.2, 0.4)))).isEqualTo("Tây Ninh");
        assertThat(PlaceRows.asRead(List.of(new CardTextParser.Line("Xã Ea Wy,", 90, 0.18, 0.21, 0.2, 0.4),
                new CardTextParser.Line("Ea H'leo, Đắk Lắk", 90, 0.22, 0.25, 0.2, 0.4)))).isEqualTo("Xã Ea Wy, Ea H'leo, Đắk Lắk");
        assertThat(PlaceRows.asRead(List.of(new CardTextParser.Line("Xã Ea Wy,", 90, 0.18, 0.21, 0.2, 0.4),
                new CardTextParser.Line("Krông Búk, Đắk Lắk", 90, 0.22, 0.25, 0.2, 0.4)))).isEqualTo("Xã Ea Wy, Krông Búk, Đắk Lắk");
        // the places audit's row cut at width 15: "X. Cư Pơng, H." / "M'Đrắk, T. Đắk" / "Lắk"
        assertThat(PlaceRows.asRead(List.of(new CardTextParser.Line("X. Cư Pơng, H.", 90, 0.18, 0.21, 0.2, 0.4),
                new CardTextParser.Line("M'Đrắk, T. Đắk", 90, 0.22, 0.25, 0.2, 0.4), new CardTextParser.Line("Lắk", 90, 0.26, 0.29, 0.2, 0.3))))
                .isEqualTo("X. Cư Pơng, H. M'Đrắk, T. Đắk Lắk");
        // a house number, and a place that spells its types out, stay as read
        assertThat(CardTextParser.clean("1 Lê Lợi, P. Bến Nghé, Q. 1, TP. Hồ Chí Minh")).isEqualTo("1 Lê Lợi, P. Bến Nghé, Q. 1, TP. Hồ Chí Minh");
        assertThat(CardTextParser.clean("Số 4, 1, Vĩnh Long")).isEqualTo("Số 4, 1, Vĩnh Long");
        // an A's left stroke read as a backslash, Noto Serif Display (D's 6707 and 6718 at seed 6700); a backslash
        // that opens no word "An" stays for the street rules
        assertThat(CardTextParser.clean("Ấp Bình .\\n, Xã Tân Pheo, Phú Thọ")).isEqualTo("Ấp Bình An, Xã Tân Pheo, Phú Thọ");
        assertThat(CardTextParser.clean("Xã Lợi \\n, Năm Căn, Cà Mau")).isEqualTo("Xã Lợi An, Năm Căn, Cà Mau");
        assertThat(CardTextParser.clean("\\p Phước Lộc, Xã Lợi An")).isEqualTo("\\p Phước Lộc, Xã Lợi An");
        // a speck read as a capital before the house number (D's 6603, FreeSans); a scrap of the label's lower half
        // read as a part of small letters (D's 6717, Liberation Sans); a street word in small letters keeps its part
        assertThat(CardTextParser.clean("E 98/35 Lê Lợi, Xã Trung Hậu,")).isEqualTo("98/35 Lê Lợi, Xã Trung Hậu");
        assertThat(CardTextParser.clean("Tổ dân phố 9, ke, Xã Phước Minh - Thị xã Bình Long"))
                .isEqualTo("Tổ dân phố 9, Xã Phước Minh - Thị xã Bình Long");
        assertThat(CardTextParser.clean("Số 12, ngõ 45, Phường Bến Nghé")).isEqualTo("Số 12, ngõ 45, Phường Bến Nghé");
    }

    @Test
    void aWideZeroReadAsTwoBracketsIsAZero() {
        // generator D's 6710 and 6716 at seed 6700 (Noto Serif Display): "06 08 2026", "03 05. 2026"
        for (String[] c : new String[][]{{"(J6 08 2026", "2026-08-06"}, {"()3 (J5. 2026", "2026-05-03"}, {"12 1() 2025", "2025-10-12"}}) {
            IdCardReading r = CardTextParser.parse(java.util.Map.of("issueDate", List.of(new CardTextParser.Line(c[0], 80, 0.3, 0.33, 0.4, 0.6))),
                    List.of("issueDate"), 0.8, 0);
            assertThat(r.fields()).as(c[0]).containsEntry("issueDate", c[1]);
        }
    }

    @Test
    void anAlleysSlashReadAsIBetweenItsDigitsIsASlash() {
        // generator D's 5113 at seed 5100 (Liberation Sans): "102/16" read "102I16", and the address cut after it
        IdCardReading r = CardTextParser.parse(java.util.Map.of("placeOfResidence", List.of(new CardTextParser.Line(
                "102I16 Nguyễn Trãi, Xã Hưng Nhượng, Tỉnh Vĩnh Long", 90, 0.10, 0.13, 0.32, 0.91))), List.of("placeOfResidence"), 0.8, 0);
        assertThat(r.fields()).containsEntry("placeOfResidence", "102/16 Nguyễn Trãi, Xã Hưng Nhượng, Tỉnh Vĩnh Long");
    }

    @Test
    void aNameAfterALabelsLowerHalfThatEndsTheUnitAboveIsKept() {
        // generator D's 5618 (Noto Sans): the district's last word beside the English half of the label
        IdCardReading r = CardTextParser.parse(java.util.Map.of("placeOfBirth", List.of(
                new CardTextParser.Line("Xã Yên Khê, Huyện Đắk", 96, 0.215, 0.248, 0.41, 0.63),
                new CardTextParser.Line("Place oƒ birth registration R'Lấp, Tỉnh Đắk Nông", 88, 0.25, 0.28, 0.24, 0.61))),
                List.of("placeOfBirth"), 0.8, 0);
        assertThat(r.fields()).containsEntry("placeOfBirth", "Xã Yên Khê, Huyện Đắk R'Lấp, Tỉnh Đắk Nông");
        // a row above that ended its unit with a comma: the label's words are cut as before
        IdCardReading ended = CardTextParser.parse(java.util.Map.of("placeOfBirth", List.of(
                new CardTextParser.Line("Xã Yên Khê, Huyện Đắk R'Lấp,", 96, 0.215, 0.248, 0.41, 0.63),
                new CardTextParser.Line("Place oƒ birth registration Tỉnh Đắk Nông", 88, 0.25, 0.28, 0.24, 0.61))),
                List.of("placeOfBirth"), 0.8, 0);
        assertThat(ended.fields()).containsEntry("placeOfBirth", "Xã Yên Khê, Huyện Đắk R'Lấp, Tỉnh Đắk Nông");
    }

    @Test
    void aDashGluedToANameWithASpaceAfterItIsSetAsPrintedWithNone() {
        // generator D's 5514 (Noto Serif Display): "…Kim Động-Tỉnh Hưng Yên" read with a space after the dash
        IdCardReading r = CardTextParser.parse(java.util.Map.of("placeOfResidence", List.of(new CardTextParser.Line(
                "Xóm 6, Thôn Hạ Vị, Xã Tân Châu-Huyện Kim Động- Tỉnh Hưng Yên", 90, 0.16, 0.20, 0.23, 0.97))),
                List.of("placeOfResidence"), 0.8, 0);
        assertThat(r.fields()).containsEntry("placeOfResidence", "Xóm 6, Thôn Hạ Vị, Xã Tân Châu-Huyện Kim Động-Tỉnh Hưng Yên");
    }

    @Test
    void anAlleysSlashLostBetweenItsDigitsIsASlash() {
        // generator D's 5300 at seed 5300 (Noto Serif Display): "145/35" read "145 35"
        IdCardReading r = CardTextParser.parse(java.util.Map.of("placeOfResidence", List.of(new CardTextParser.Line(
                "145 35 Ngô Quyền, Phường Khánh Hòa, Thành phố Cần Thơ", 90, 0.08, 0.11, 0.35, 0.90))), List.of("placeOfResidence"), 0.8, 0);
        assertThat(r.fields()).containsEntry("placeOfResidence", "145/35 Ngô Quyền, Phường Khánh Hòa, Thành phố Cần Thơ");
    }

    @Test
    void piecesOfOneRowAreJoinedLeftToRightButStackedRowsAreNot() {
        IdCardReading r = CardTextParser.parse(List.of(
                new CardTextParser.Line("Thanh Hóa", 90, 0.700, 0.735, 0.80, 0.95),
                new CardTextParser.Line("Xã Hoằng Lộc, Thành phố Sầm Sơn, Tỉnh", 90, 0.705, 0.74, 0.03, 0.79),
                new CardTextParser.Line("Nơi thường trú / Place of resi", 60, 0.76, 0.79, 0.03, 0.45),
                new CardTextParser.Line("nee: Thôn Đông, Phường 17", 80, 0.762, 0.81, 0.46, 0.80),
                new CardTextParser.Line("Huyện Củ Chi, Thành phố Hồ Chí Minh", 90, 0.77, 0.85, 0.03, 0.60)), 0.8, 5);
        assertThat(r.fields()).containsEntry("placeOfOrigin", "Xã Hoằng Lộc, Thành phố Sầm Sơn, Tỉnh Thanh Hóa")
                .containsEntry("placeOfResidence", "Thôn Đông, Phường 17, Huyện Củ Chi, Thành phố Hồ Chí Minh");
    }

    @Test
    void aFirstWordThatIsNoFamilyNameTakesTheMarksOfTheOneWithItsLetters() {
        assertThat(Surnames.correct("PHAM KHÁNH THU HƯƠNG")).isEqualTo("PHẠM KHÁNH THU HƯƠNG");
        assertThat(Surnames.correct("TRẤN THỊ MAI")).isEqualTo("TRẦN THỊ MAI");
        assertThat(Surnames.correct("ĐỊNH THỊ HOA")).isEqualTo("ĐINH THỊ HOA");
        // a family name stays; letters shared by two family names say nothing
        assertThat(Surnames.correct("HÀ THỊ MAI")).isEqualTo("HÀ THỊ MAI");
        assertThat(Surnames.correct("ĐÔNG VĂN AN")).isEqualTo("ĐÔNG VĂN AN");
    }

    @Test
    void theNumberIsCheckedAgainstTheAddressesTheSexAndTheBirthYear() {
        IdCardReading r = CardTextParser.parse(List.of(
                at(0.36, "018153807087", 90),
                at(0.545, "Ngày sinh / Date of birth: 16/03/1919", 90),
                at(0.61, "Giới tính / Sex: Quốc tịch / Nationality: Việt Nam", 90),
                at(0.72, "Xã Hòa Phước, Huyện Hòa Vang, Thành phố Đà Nẵng", 90)), 0.8, 5);
        // 018 is no province; one blurred digit away is 048, the province of the card's own address
        assertThat(r.fields()).containsEntry("number", "048153807087").containsEntry("sex", "Nữ");
        // the number says born in 1953: the date is flagged, and so is the repaired number
        assertThat(r.toCheck()).contains("number", "dateOfBirth", "sex");
        assertThat(PersonalNumbers.agreesWithBirth("048153807087", "1953-03-16")).isTrue();
        assertThat(PersonalNumbers.agreesWithBirth("048303807087", "2003-03-16")).isTrue();
    }

    @Test
    void searchKeyFoldsMarksAndCase() {
        assertThat(Fold.searchKey("Đăng ký KHAI SINH")).isEqualTo(Fold.searchKey("dang ky khai sinh"));
        assertThat(Fold.fold("Nguyễn")).hasSize("Nguyễn".length()).isEqualTo("nguyen");
    }

    @Test
    void aDateWhoseSlashesWereReadAsOnesIsStillADate() {
        assertThat(datesRead("28I1112022", "230111984")).containsEntry("issueDate", "2022-11-28").containsEntry("expiryDate", "1984-01-23");
    }

    @Test
    void aDateWithOneSeparatorReadAsAGapIsStillADate() {
        // "05 08.2025": the first slash read as a gap, closed with the digits either side of it
        assertThat(datesRead("05 08.2025", "08/11-2037")).containsEntry("issueDate", "2025-08-05").containsEntry("expiryDate", "2037-11-08");
    }

    /** The issue and expiry dates parsed from one line each, as the page read them. */
    private static java.util.Map<String, String> datesRead(String issue, String expiry) {
        java.util.Map<String, List<CardTextParser.Line>> byField = java.util.Map.of(
                "issueDate", List.of(at(0.2, issue, 90)), "expiryDate", List.of(at(0.3, expiry, 90)));
        return CardTextParser.parse(byField, List.of("issueDate", "expiryDate"), 0.8, 5).fields();
    }

    @Test
    void rowsTouchingAtTheirEdgesAreStackedNotSideBySide() {
        // a tilted photo: the address's last row (left) touches the bottom of its first (right of the label)
        CardTextParser.Line first = new CardTextParser.Line("Bản Lướt, Xã Niêm Tòng, Huyện Bắc Mê,", 90, 0.07, 0.14, 0.30, 0.76);
        CardTextParser.Line last = new CardTextParser.Line("Tỉnh Hà Giang", 90, 0.13, 0.17, 0.04, 0.21);
        assertThat(CardTextParser.rows(List.of(first, last))).containsExactly(List.of(first), List.of(last));
        // pieces of one blurred row, tops a little apart: one row, left to right
        CardTextParser.Line end = new CardTextParser.Line("Huyện Bắc Mê", 90, 0.075, 0.145, 0.50, 0.76);
        CardTextParser.Line start = new CardTextParser.Line("Bản Lướt,", 90, 0.07, 0.14, 0.30, 0.48);
        assertThat(CardTextParser.rows(List.of(end, start))).containsExactly(List.of(start, end));
    }

    @Test
    void aPieceEndingWithAProvinceIsTheAddressesLastRowThoughReadBesideItsFirst() {
        // a tilted photo: the last row's box overlaps the first's by more than half a row, so they are one row
        List<CardTextParser.Line> place = List.of(
                new CardTextParser.Line("Xã Đông Mỹ, Huyện Tiền Hải,", 90, 0.15, 0.23, 0.30, 0.78),
                new CardTextParser.Line("Tỉnh Thái Bình", 90, 0.20, 0.24, 0.05, 0.21));
        IdCardReading r = CardTextParser.parse(java.util.Map.of("placeOfBirth", place), List.of("placeOfBirth"), 0.8, 0);
        assertThat(r.fields()).containsEntry("placeOfBirth", "Xã Đông Mỹ, Huyện Tiền Hải, Tỉnh Thái Bình");
    }

    @Test
    void aRowThatStartsWithAUnitsNameIsNoLabelsNoi() {
        // "Nội" folds as "Nơi" of a place label; "Nội Bài" is a commune's name, the row goes on from "Xã" above
        assertThat(PlaceRows.dropLabel("Nội Bài, Thành phố Hà Nội")).isEqualTo("Nội Bài, Thành phố Hà Nội");
        assertThat(PlaceRows.dropLabel("Nơi thường trú Xã Nội Bài")).isEqualTo("Xã Nội Bài");
    }

    @Test
    void aStreetWordReadAsGarbleAfterAHouseNumberIsStillThePlacesFirstPart() {
        // generator D's 8508 (Liberation Serif): "đường" read "dùờ/", and the part was dropped as a label's remnant
        assertThat(PlaceRows.asRead(List.of(new CardTextParser.Line("Số 91 dùờ/ Hai Bà Trưng, Thôn Phước Lộc, Xã Tân Hợp,", 90, 0.13, 0.20, 0.23, 0.86),
                new CardTextParser.Line("Huyện Lục Yên, Tỉnh Yên Bái", 90, 0.22, 0.26, 0.32, 0.64))))
                .isEqualTo("Số 91 đường Hai Bà Trưng, Thôn Phước Lộc, Xã Tân Hợp, Huyện Lục Yên, Tỉnh Yên Bái");
        // a street word of its own ("dốc", a slope) is three letters from "duong" and stays
        assertThat(StreetStart.garbledStreetWord("Số 5 dốc Ông Đồ, Xã Tân Hợp")).isEqualTo("Số 5 dốc Ông Đồ, Xã Tân Hợp");
    }

    @Test
    void anExpiryPrintedAsNoneIsTheCardThatNeverExpires() {
        for (String printed : List.of("Không thời hạn", "Khong thoi han", "Date of expiry: Khônq thời hạn", "Không thờihạn")) {
            assertThat(expiry(printed, "expiryDate")).as(printed).isEqualTo("Không thời hạn");
        }
        // the label's "hết hạn" alone is no value; nor are the words anywhere but the expiry
        assertThat(expiry("Ngày, tháng, năm hết hạn / Date of expiry:", "expiryDate")).isNull();
        assertThat(expiry("Không thời hạn", "issueDate")).isNull();
        assertThat(expiry("Không thời hạn 12/03/2031", "expiryDate")).isEqualTo("2031-03-12");
    }

    private static String expiry(String text, String field) {
        return CardTextParser.parse(java.util.Map.of(field, List.of(at(0.5, text, 90))), List.of(field), 0.8, 5)
                .fields().get(field);
    }
}
