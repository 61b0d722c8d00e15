package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.idcard.IdProblem;
import vn.motcua.kiosk.idcard.MrzFields;

/** The printed fields against a valid MRZ: what differs is shown, what agrees is not. */
class MrzCrossCheckTest {
    private static MrzFields mrz(LocalDate expiry) {
        return new MrzFields("ID", "VNM", "058012345", "001058012345", LocalDate.of(1958, 3, 12), "F", expiry, "VNM", "TRAN", "THI MAI");
    }

    private static java.util.List<String> differing(String printedExpiry, LocalDate mrzExpiry) {
        return MrzCrossCheck.compare(Map.of("expiryDate", printedExpiry), mrz(mrzExpiry)).stream().map(IdProblem::field).toList();
    }

    @Test
    void aCardThatNeverExpiresAgreesOnlyWithNoExpiryPrinted() {
        // a valid MRZ with fillers for its expiry: the card never expires
        assertThat(differing("Không thời hạn", null)).isEmpty();
        assertThat(differing("2031-03-12", null)).containsExactly("expiryDate");
        assertThat(differing("Không thời hạn", LocalDate.of(2031, 3, 12))).containsExactly("expiryDate");
        assertThat(differing("2031-03-12", LocalDate.of(2031, 3, 12))).isEmpty();
    }
}
