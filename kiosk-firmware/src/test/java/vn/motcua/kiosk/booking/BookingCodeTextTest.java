package vn.motcua.kiosk.booking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BookingCodeTextTest {
    @Test
    void readsTheCodeFromTheBookingQrOrATypedCodeAndNothingElse() {
        assertThat(BookingCodeText.find("https://motcua.example.vn/dat-lich?ma=7KQ2M9XR4T")).contains("7KQ2M9XR4T");
        assertThat(BookingCodeText.find("http://127.0.0.1:8080/dat-lich?lang=vi&ma=7kq2m9xr4t&x=1")).contains("7KQ2M9XR4T");
        assertThat(BookingCodeText.find(" 7kq2-m9xr 4t ")).contains("7KQ2M9XR4T");
        assertThat(BookingCodeText.find("7KQ2M9XR4")).isEmpty(); // 9 symbols
        assertThat(BookingCodeText.find("7KQ2M9XR4I")).isEmpty(); // I is not in the alphabet
        assertThat(BookingCodeText.find("http://x/t/n/2026-12-07/A0001")).isEmpty(); // a ticket's QR
        assertThat(BookingCodeText.find("H27.99-250115-0001")).isEmpty(); // a dossier code
        assertThat(BookingCodeText.find("http://x/dat-lich?ma=")).isEmpty();
        assertThat(BookingCodeText.find(null)).isEmpty();
        assertThat(BookingCodeText.find("A".repeat(300))).isEmpty();
    }
}
