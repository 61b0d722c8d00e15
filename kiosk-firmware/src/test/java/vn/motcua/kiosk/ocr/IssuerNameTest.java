package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The issuer's name printed beside a back's place is never part of the place. */
class IssuerNameTest {
    private static String placeOfBirth(CardTextParser.Line... lines) {
        return CardTextParser.parse(Map.of("placeOfBirth", List.of(lines)), List.of("placeOfBirth"), 0.8, 0)
                .fields().get("placeOfBirth");
    }

    @Test
    void theIssuerBesideThePlacesLabelIsCutOff() {
        // the 2024 back: "BỘ CÔNG AN" right of the label row, read into the place's first row
        assertThat(placeOfBirth(new CardTextParser.Line("BỘ CÔNG AN", 90, 0.45, 0.49, 0.75, 0.90),
                new CardTextParser.Line("Phường Lê Bình, Quận Cái Răng, Thành phố Cần Thơ", 90, 0.51, 0.56, 0.06, 0.75)))
                .isEqualTo("Phường Lê Bình, Quận Cái Răng, Thành phố Cần Thơ");
    }

    @Test
    void aPlaceThatIsOnlyTheIssuerGarbledIsNoPlace() {
        // "BỘ CÔNG AN" read "BỘ Long An": Long An is a province, but no address starts with "Bộ"
        assertThat(placeOfBirth(new CardTextParser.Line("BỘ Long An", 90, 0.45, 0.49, 0.75, 0.90))).isNull();
    }

    @Test
    void theIssuersWordsAreCutOnlyAtTheStart() {
        assertThat(IssuerName.drop("MINISTRY OF PUBLIC SECURITY Xã Hòa Phước")).isEqualTo("Xã Hòa Phước");
        assertThat(IssuerName.drop("Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội"))
                .as("its 'xã hội' is no commune").isEqualTo("");
        assertThat(IssuerName.drop("Thôn Bộ Công An, Xã Yên Khánh")).as("a hamlet's name").isEqualTo("Thôn Bộ Công An, Xã Yên Khánh");
        assertThat(IssuerName.drop("Bản Lướt, Xã Niêm Tòng")).isEqualTo("Bản Lướt, Xã Niêm Tòng");
    }
}
