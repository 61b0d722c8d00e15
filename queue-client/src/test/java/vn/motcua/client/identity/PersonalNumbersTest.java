package vn.motcua.client.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonalNumbersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aNumberOfAKnownProvinceBornInThePastPasses() {
        assertThat(PersonalNumbers.problem("001090123456", TODAY)).isEmpty(); // Hà Nội, man born 1990
        assertThat(PersonalNumbers.problem("079303001234", TODAY)).isEmpty(); // TP Hồ Chí Minh, woman born 2003
        assertThat(PersonalNumbers.problem("001226000001", TODAY)).isEmpty(); // born 2026: this year is not the future
        assertThat(PersonalNumbers.birthYear("079303001234")).isEqualTo(2003);
        assertThat(PersonalNumbers.sex("079303001234")).isEqualTo("Nữ");
        assertThat(PersonalNumbers.sex("001090123456")).isEqualTo("Nam");
    }

    @Test
    void whatNoCardCarriesIsRefusedWithTheReasonAndWithoutTheNumber() {
        assertThat(PersonalNumbers.problem("00109012345", TODAY)).hasValueSatisfying(m -> assertThat(m).contains("12 chữ số"));
        assertThat(PersonalNumbers.problem("00109012345a", TODAY)).hasValueSatisfying(m -> assertThat(m).contains("12 chữ số"));
        assertThat(PersonalNumbers.problem(null, TODAY)).isPresent();
        // 000 and 003 are no province (003 was never assigned)
        assertThat(PersonalNumbers.problem("000090123456", TODAY)).hasValueSatisfying(m -> assertThat(m).contains("mã tỉnh"));
        assertThat(PersonalNumbers.problem("003090123456", TODAY)).hasValueSatisfying(m -> assertThat(m).contains("mã tỉnh"));
        // digit 4 = 4: born in the 2100s; digit 2 with year 27: born 2027, after today
        assertThat(PersonalNumbers.problem("001490123456", TODAY)).hasValueSatisfying(m -> assertThat(m).contains("thế kỷ"));
        assertThat(PersonalNumbers.problem("001227000001", TODAY)).hasValueSatisfying(m -> assertThat(m).contains("năm sinh"));
        assertThat(PersonalNumbers.problem("003090123456", TODAY).orElseThrow()).doesNotContain("003090123456");
    }

    @Test
    void theCenturyDigitIsTheInverseOfTheYearAndSexItGives() {
        assertThat(PersonalNumbers.centuryDigit(1989, "Nam")).isEqualTo('0');
        assertThat(PersonalNumbers.centuryDigit(1989, "Nữ")).isEqualTo('1');
        assertThat(PersonalNumbers.centuryDigit(2005, "Nam")).isEqualTo('2');
        assertThat(PersonalNumbers.centuryDigit(2005, "Nữ")).isEqualTo('3');
        String number = "044" + PersonalNumbers.centuryDigit(2012, "Nữ") + "12000123";
        assertThat(PersonalNumbers.birthYear(number)).isEqualTo(2012);
        assertThat(PersonalNumbers.sex(number)).isEqualTo("Nữ");
    }
}
