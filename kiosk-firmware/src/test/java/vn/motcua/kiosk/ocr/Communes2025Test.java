package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.idcard.ProvincesAfter2025;

/** communes-2025.tsv against what the reform's published figures and a few known names say. */
class Communes2025Test {
    private final List<AdminUnits.Unit> units = AdminUnits.after2025().units();

    private List<AdminUnits.Unit> inForceOn(LocalDate day) {
        return units.stream().filter(u -> u.inForceOn(day)).toList();
    }

    @Test
    void thirtyFourProvincesHave3321CommuneLevelUnitsOnTheFirstDayAndAfterDongNaiBecameACity() {
        for (LocalDate day : List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 4, 29), LocalDate.of(2026, 4, 30),
                LocalDate.of(2026, 12, 1))) {
            List<AdminUnits.Unit> list = inForceOn(day);
            assertThat(list).as("units in force on " + day).hasSize(3321);
            assertThat(list.stream().map(u -> u.province().name()).distinct()).hasSize(34);
            assertThat(list.stream().filter(u -> u.name().startsWith("Đặc khu "))).hasSize(13);
        }
        assertThat(inForceOn(LocalDate.of(2025, 6, 30))).isEmpty();
        Map<String, Long> perProvince = inForceOn(LocalDate.of(2025, 7, 1)).stream()
                .collect(Collectors.groupingBy(u -> u.province().name(), Collectors.counting()));
        assertThat(perProvince).containsEntry("Hà Nội", 126L).containsEntry("Hồ Chí Minh", 168L).containsEntry("Huế", 40L);
        assertThat(ProvincesAfter2025.builtIn().all()).allSatisfy(p -> assertThat(perProvince).containsKey(p.name()));
    }

    @Test
    void knownNamesAreInTheirProvinces() {
        assertThat(units).filteredOn(u -> u.name().equals("Phường Sài Gòn")).extracting(u -> u.province().written())
                .containsExactly("Thành phố Hồ Chí Minh");
        assertThat(units).filteredOn(u -> u.name().equals("Phường Thuận Hóa")).extracting(u -> u.province().written())
                .containsExactly("Thành phố Huế");
        assertThat(units).filteredOn(u -> u.name().equals("Đặc khu Phú Quốc")).extracting(u -> u.province().written())
                .containsExactly("Tỉnh An Giang");
        // Resolution 237/NQ-UBTVQH16: ten communes of Đồng Nai became wards on 30 April 2026
        assertThat(units).filteredOn(u -> u.name().endsWith(" Lộc Ninh") && u.province().name().equals("Đồng Nai"))
                .extracting(AdminUnits.Unit::name, AdminUnits.Unit::since, AdminUnits.Unit::until)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Xã Lộc Ninh", LocalDate.of(2025, 7, 1), LocalDate.of(2026, 4, 30)),
                        org.assertj.core.groups.Tuple.tuple("Phường Lộc Ninh", LocalDate.of(2026, 4, 30), null));
    }

    @Test
    void everyPresentCommuneInATwoLevelAddressIsLeftAsItIs() {
        for (AdminUnits.Unit u : units) {
            String address = "Số 1, " + u.name() + ", " + u.province().writtenOn(u.since());
            assertThat(AddressSpelling.correct(address)).isEqualTo(address);
        }
    }

    @Test
    void namesAreNfcWithOneConventionOfToneMarks() {
        assertThat(units).allSatisfy(u -> {
            assertThat(java.text.Normalizer.isNormalized(u.name(), java.text.Normalizer.Form.NFC)).isTrue();
            assertThat(ToneMarks.onGlide(u.name())).isEqualTo(u.name());
            assertThat(u.name()).matches("(Xã|Phường|Đặc khu) \\S.*");
        });
    }
}
