package vn.motcua.kiosk.idcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cases of the age-milestone rule, as listed in docs/chip-reading.md. */
class CardValidityTest {

    @ParameterizedTest(name = "born {0}, issued {1} → {2}")
    @CsvSource({
            // issued well before 25: valid until the 25th birthday
            "1990-03-15, 2021-07-01, 2030-03-15",
            // child under the 2023 law: issued at 10 → until 14
            "2014-06-01, 2024-07-15, 2028-06-01",
            // issued at 12 years 6 months, within 2 years before 14 → valid until 25
            "2012-01-10, 2024-07-10, 2037-01-10",
            // issued exactly 2 years before 25: inside the window → until 40
            "1999-05-20, 2022-05-20, 2039-05-20",
            // issued one day before the 2-year window opens → until 25
            "1999-05-20, 2022-05-19, 2024-05-20",
            // issued on the 25th birthday: 25 is past, → until 40
            "1996-09-02, 2021-09-02, 2036-09-02",
            // issued at 30 → until 40
            "1991-12-31, 2021-12-31, 2031-12-31",
            // issued at 38.5 (within 2 years of 40) → until 60
            "1983-01-01, 2021-07-01, 2043-01-01",
            // issued at 45 → until 60
            "1976-04-30, 2021-04-30, 2036-04-30",
            // born on 29 February: the milestone birthday falls on 28 February in a common year
            "2004-02-29, 2022-05-15, 2029-02-28",
    })
    void expiresOnTheMilestoneBirthday(LocalDate birth, LocalDate issue, LocalDate expiry) {
        assertThat(CardValidity.expiry(birth, issue)).contains(expiry);
    }

    @ParameterizedTest(name = "born {0}, issued {1} → no expiry")
    @CsvSource({
            // issued at 58 years and 1 day: within 2 years before 60 → no expiry
            "1963-06-01, 2021-06-02",
            // issued exactly at 58 → inside the window → no expiry
            "1963-06-01, 2021-06-01",
            // issued at 61
            "1960-01-01, 2021-01-01",
    })
    void neverExpiresWhenIssuedFrom58On(LocalDate birth, LocalDate issue) {
        assertThat(CardValidity.expiry(birth, issue)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"1963-06-01, 2021-05-31, 2023-06-01"})
    void oneDayBefore58StillExpiresAt60(LocalDate birth, LocalDate issue, LocalDate expiry) {
        assertThat(CardValidity.expiry(birth, issue)).contains(expiry);
    }

    @org.junit.jupiter.api.Test
    void anIssueDateBeforeBirthIsRefused() {
        assertThatThrownBy(() -> CardValidity.expiry(LocalDate.of(2000, 1, 1), LocalDate.of(1999, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("issue date before date of birth");
    }
}
