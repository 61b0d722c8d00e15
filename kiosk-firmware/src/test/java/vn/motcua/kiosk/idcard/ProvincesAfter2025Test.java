package vn.motcua.kiosk.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.client.identity.Provinces;

class ProvincesAfter2025Test {
    private final ProvincesAfter2025 provinces = ProvincesAfter2025.builtIn();

    @Test
    void thirtyFourUnitsTakeInEveryOneOfTheSixtyThreeEarlierProvincesOnce() {
        assertThat(provinces.all()).hasSize(34);
        assertThat(provinces.all().stream().filter(u -> u.kind().equals("Thành phố")).map(ProvincesAfter2025.Unit::name))
                .containsExactlyInAnyOrder("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ");
        List<String> codes = new ArrayList<>();
        provinces.all().forEach(u -> codes.addAll(u.oldCodes()));
        assertThat(codes).hasSize(63).doesNotHaveDuplicates();
        for (String code : codes) {
            assertThat(Provinces.builtIn().name(code)).as("old code " + code).isPresent();
        }
        assertThat(Provinces.builtIn().size()).isEqualTo(63);
    }

    @Test
    void anOldProvinceIsFoundInThePresentOne() {
        // Nam Định (036) went into Ninh Bình; Bà Rịa - Vũng Tàu (077) and Bình Dương (074) into Hồ Chí Minh
        assertThat(provinces.ofOldCode("036")).map(ProvincesAfter2025.Unit::written).contains("Tỉnh Ninh Bình");
        assertThat(provinces.ofOldCode("077")).map(ProvincesAfter2025.Unit::written).contains("Thành phố Hồ Chí Minh");
        assertThat(provinces.ofOldCode("046")).map(ProvincesAfter2025.Unit::written).contains("Thành phố Huế");
        assertThat(provinces.ofOldCode("003")).isEmpty();
    }

    @Test
    void dongNaiIsWrittenAsACityFromTheDayItBecameOne() {
        ProvincesAfter2025.Unit dongNai = provinces.named("Đồng Nai").orElseThrow();
        assertThat(dongNai.writtenOn(java.time.LocalDate.of(2026, 4, 29))).isEqualTo("Tỉnh Đồng Nai");
        assertThat(dongNai.writtenOn(java.time.LocalDate.of(2026, 4, 30))).isEqualTo("Thành phố Đồng Nai");
        assertThat(provinces.named("Huế").orElseThrow().writtenOn(java.time.LocalDate.of(2026, 12, 1))).isEqualTo("Thành phố Huế");
    }
}
