package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Places the units' lists do not hold, read letter for letter over the rows a card's printer cut them into: a city
 * flat's or a highland hamlet's parts before the units, and a birth registered abroad (the places audit's kinds
 * {@code FLATS} and {@code ABROAD} count the same over many more places).
 */
class FlatsAndAbroadTest {
    private static String read(String... rows) {
        List<CardTextParser.Line> lines = new ArrayList<>();
        double top = 0.1;
        for (String row : rows) {
            lines.add(new CardTextParser.Line(row, 90, top, top + 0.03, 0.3, 0.8));
            top += 0.05;
        }
        return AddressSpelling.correct(PlaceRows.asRead(lines));
    }

    @Test
    void aFlatsPartsAndAHighlandHamletOpenTheAddress() {
        assertThat(read("Căn hộ 1205, Tòa nhà CT1, Khu đô thị", "Linh Đàm, Phường Hoàng Liệt, Thành phố Hà Nội"))
                .isEqualTo("Căn hộ 1205, Tòa nhà CT1, Khu đô thị Linh Đàm, Phường Hoàng Liệt, Thành phố Hà Nội");
        assertThat(read("Chung cư Hà Đô, Phường 12, Quận 10,", "Thành phố Hồ Chí Minh"))
                .isEqualTo("Chung cư Hà Đô, Phường 12, Quận 10, Thành phố Hồ Chí Minh");
        assertThat(read("Bon Bu Prăng, Xã Quảng Trực, Tỉnh Lâm Đồng")).isEqualTo("Bon Bu Prăng, Xã Quảng Trực, Tỉnh Lâm Đồng");
    }

    @Test
    void aFlatsNameCutInsideGoesOnOverTheNextRow() {
        // cut after a word whose next word is printed small ("Tòa" / "nhà"), and before "Thành" that opens no "Thành phố"
        assertThat(read("Phòng 305, Nhà A2, Khu tập", "thể Thành Công, Xã Điềm Thụy,", "Thành phố Thái Nguyên"))
                .isEqualTo("Phòng 305, Nhà A2, Khu tập thể Thành Công, Xã Điềm Thụy, Thành phố Thái Nguyên");
        assertThat(read("Căn hộ 1205, Tòa", "nhà CT1, Phường Hoàng Liệt,", "Thành phố Hà Nội"))
                .isEqualTo("Căn hộ 1205, Tòa nhà CT1, Phường Hoàng Liệt, Thành phố Hà Nội");
        assertThat(read("Phòng 305, Nhà A2, Khu tập thể", "Thành Công, Xã Điềm Thụy,", "Thành phố Thái Nguyên"))
                .isEqualTo("Phòng 305, Nhà A2, Khu tập thể Thành Công, Xã Điềm Thụy, Thành phố Thái Nguyên");
        // a flat's number alone on its row goes on the word before it; after a unit it is no part
        assertThat(read("Căn hộ", "17T1-0908,", "Phường III, Huyện Phụng Hiệp,", "Tỉnh Hậu Giang"))
                .isEqualTo("Căn hộ 17T1-0908, Phường III, Huyện Phụng Hiệp, Tỉnh Hậu Giang");
        assertThat(read("Xã Tân Phú,", "17,", "Huyện Phụng Hiệp, Tỉnh Hậu Giang")).isEqualTo("Xã Tân Phú, Huyện Phụng Hiệp, Tỉnh Hậu Giang");
    }

    @Test
    void aBirthRegisteredAbroadIsNoUnitOfVietNam() {
        assertThat(read("Nhật Bản")).as("its Bản is no village").isEqualTo("Nhật Bản");
        assertThat(read("Hợp chúng quốc Hoa", "Kỳ")).isEqualTo("Hợp chúng quốc Hoa Kỳ");
        assertThat(read("Đại sứ quán Việt Nam tại", "Liên bang Nga")).isEqualTo("Đại sứ quán Việt Nam tại Liên bang Nga");
        assertThat(read("Cộng hòa Dân chủ Nhân dân Lào")).isEqualTo("Cộng hòa Dân chủ Nhân dân Lào");
        // a unit of Việt Nam named like a state stays a unit
        assertThat(read("Xã Cộng Hòa, Huyện Nam Sách,", "Tỉnh Hải Dương")).isEqualTo("Xã Cộng Hòa, Huyện Nam Sách, Tỉnh Hải Dương");
    }
}
