package vn.motcua.server.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DeclaredTextTest {
    @Test
    void vietnameseNamesPassInNfc() {
        for (String name : new String[] {"Nguyễn Văn An", "Trần Thị Ánh Tuyết", "Hoàng Đức", "H'Hen Niê", "Nguyễn-Phạm Lê"}) {
            assertThat(DeclaredText.problemWithName(DeclaredText.clean(name))).as(name).isNull();
        }
        String nfd = Normalizer.normalize("Nguyễn Thị Hà", Normalizer.Form.NFD);
        assertThat(DeclaredText.clean(nfd)).isEqualTo("Nguyễn Thị Hà").isNotEqualTo(nfd);
        assertThat(DeclaredText.clean("  Lê   Văn  Tám ")).isEqualTo("Lê Văn Tám");
    }

    @Test
    void messagesControlsAndDirectionOverridesAreRefused() {
        for (String bad : new String[] {"CẢNH BÁO: HỆ THỐNG LỖI - GỌI 0900", "An\r\nHỆ THỐNG LỖI", "An\u0000", "An\u202eBình",
                "An\u2066Bình", "An\u200dBình", "<b>An</b>", "A".repeat(101), "", "12345"}) {
            assertThat(DeclaredText.problemWithName(DeclaredText.clean(bad))).as(bad).isNotNull();
        }
        assertThat(DeclaredText.problemWithText("Số 1, ngõ 2/3 Tràng Tiền (Hà Nội)", 300)).isNull();
        assertThat(DeclaredText.problemWithText("Số 1\nHà Nội", 300)).isNotNull();
        assertThat(DeclaredText.problemWithText("Hà Nội\u202e", 300)).isNotNull();
    }
}
