package vn.motcua.kiosk.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.motcua.client.dossier.IdentitySource;

class TypedIdentityTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static Map<String, String> typed(String number, String name, String birth, String sex) {
        Map<String, String> m = new HashMap<>();
        m.put("number", number);
        m.put("name", name);
        m.put("dateOfBirth", birth);
        m.put("sex", sex);
        return m;
    }

    @Test
    void aConsistentEntryIsTypedWithNothingToCheckAndItsTextInNfc() {
        // "Nguyễn" typed in decomposed form (as some keyboards send it) is stored composed
        Identity id = TypedIdentity.of(typed("001203012345", "Nguye\u0302\u0303n  Văn An", "2003-08-15", "Nam"), TODAY);
        assertThat(id.source()).isEqualTo(IdentitySource.TYPED);
        assertThat(id.fields().name()).isEqualTo("Nguyễn Văn An");
        assertThat(id.toCheck()).isEmpty();
    }

    @Test
    void whatTheNumberContradictsIsMarkedToCheckNotRefused() {
        // 2003 and male give the digits 2 and 03; 1 and 99 say a woman born in 1999; 999 is no province
        Identity id = TypedIdentity.of(typed("999199012345", "Trần Văn Bình", "2003-08-15", "Nam"), TODAY);
        assertThat(id.toCheck()).containsExactly("number", "sex");
    }

    @ParameterizedTest(name = "{4}")
    @CsvSource({
            "00120301234,  Nguyễn Văn An, 2003-08-15, Nam, number",
            "00120301234x, Nguyễn Văn An, 2003-08-15, Nam, number",
            "001203012345, '',            2003-08-15, Nam, name",
            "001203012345, An <b>,        2003-08-15, Nam, name",
            "001203012345, Nguyễn Văn An, 2003-02-30, Nam, dateOfBirth",
            "001203012345, Nguyễn Văn An, 2027-01-01, Nam, dateOfBirth",
            "001203012345, Nguyễn Văn An, 2003-08-15, M,   sex"})
    void aBadFieldIsRefusedByName(String number, String name, String birth, String sex, String field) {
        assertThatThrownBy(() -> TypedIdentity.of(typed(number, name, birth, sex), TODAY))
                .isInstanceOfSatisfying(DossierRequestException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("'" + field + "'");
                });
    }
}
