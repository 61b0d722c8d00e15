package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The people both card generators draw: two-level addresses on cards issued from 1 July 2025. */
class CardPersonTest {
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    @Test
    void theTuningGeneratorDrawsTwoLevelAddressesFromTheWholeListInForceOnTheIssueDay() {
        Set<String> provinces = new HashSet<>();
        int drawn = 0;
        for (long seed = 8000; seed < 8060; seed++) {
            CardPerson p = CardPerson.of(seed, CardModel.CAN_CUOC_2024, CardPerson.NewPlaces.LIST);
            if (p.issue().isBefore(MERGER)) {
                assertThat(p.residence().get(1)).as("before the merger: district, province").contains(", ");
                continue;
            }
            drawn++;
            List<String> parts = List.of(String.join(", ", p.residence()).split(", "));
            String commune = parts.get(parts.size() - 2);
            String province = parts.get(parts.size() - 1);
            provinces.add(province);
            assertThat(AdminUnits.after2025().units()).as(commune + ", " + province).anyMatch(u -> u.name().equals(commune)
                    && u.province().writtenOn(p.issue()).equals(province) && u.inForceOn(p.issue()));
        }
        assertThat(drawn).isGreaterThan(15);
        assertThat(provinces).hasSizeGreaterThan(8); // more than the eight the second generator knows
    }

    @Test
    void theSecondGeneratorsPeopleAreTheSameAsBefore() {
        // the bench's generator B calls of(seed, model): its people must not move with the tuning generator's
        for (long seed = 8000; seed < 8020; seed++) {
            CardPerson few = CardPerson.of(seed, CardModel.CAN_CUOC_2024);
            CardPerson listed = CardPerson.of(seed, CardModel.CAN_CUOC_2024, CardPerson.NewPlaces.LIST);
            assertThat(few.number()).isEqualTo(listed.number());
            if (few.issue().isBefore(MERGER)) {
                assertThat(few).isEqualTo(listed);
            }
        }
        assertThat(CardPerson.of(8003, CardModel.CAN_CUOC_2024))
                .isEqualTo(CardPerson.of(8003, CardModel.CAN_CUOC_2024, CardPerson.NewPlaces.FEW));
    }
}
