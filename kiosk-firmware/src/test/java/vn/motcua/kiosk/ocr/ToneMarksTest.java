package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToneMarksTest {

    @Test
    void theToneOfAnOpenOaOeUySyllableGoesOnItsGlide() {
        assertThat(ToneMarks.onGlide("Phường Thuận Hoá")).isEqualTo("Phường Thuận Hóa");
        assertThat(ToneMarks.onGlide("Xã Yên Hoà")).isEqualTo("Xã Yên Hòa");
        assertThat(ToneMarks.onGlide("THUỶ KHOẺ")).isEqualTo("THỦY KHỎE");
        assertThat(ToneMarks.onGlide("Hoạ, hoả-hoã")).isEqualTo("Họa, hỏa-hõa");
    }

    @Test
    void otherSyllablesKeepTheirMarks() {
        for (String same : new String[]{"Hoàn Kiếm", "Quý Hợp", "Huỳnh", "Nguyễn", "Hòa", "Thủy", "Hoằng Hóa",
                "Thuế", "Quỳnh Lưu", "Khuê", "xã", ""}) {
            assertThat(ToneMarks.onGlide(same)).isEqualTo(same);
        }
    }

    @Test
    void aListsNameIsPlacedAsTheReadTextPlacesItsMarks() {
        assertThat(ToneMarks.placedAs("Huyện Cẩm Thủy", "Huyện Cẩm Thuỹ")).isEqualTo("Huyện Cẩm Thuỷ");
        assertThat(ToneMarks.placedAs("Xã Hòa Quý", "Xã Hoà Quỳ")).isEqualTo("Xã Hoà Quý");
        assertThat(ToneMarks.placedAs("Huyện Cẩm Thủy", "Huyện Cẩm Thũy")).isEqualTo("Huyện Cẩm Thủy");
    }
}
