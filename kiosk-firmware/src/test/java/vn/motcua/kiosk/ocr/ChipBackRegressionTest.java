package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Degraded 2024 backs of generator D, read whole with real Tesseract, once taken for the 2021 back: every marker lost
 * but the MRZ's "IDVNM", which both chip backs count, and the dates printed with spaces for slashes, so no two dates
 * told the 2024 back. {@code ocr-regressions/}: seed 6300 (Noto Serif Display), whose residence row still ends with
 * "Tính Cà Mau"; seed 8305 (FreeSerif), of whose print nothing names a place, but whose QR's finder squares are found.
 * And two whose page pass took the text column beside the QR for a picture: seed 6518 (DejaVu Sans Light), of which the
 * page read nothing but the MRZ, and seed 10000 (FreeSerif), of which it kept a few garbled rows that found no field.
 */
class ChipBackRegressionTest {
    @Test
    void aBackWhoseRowEndsWithAProvinceIsThe2024Back() throws Exception {
        IdCardReading reading = OcrRegressions.read("can_cuoc_2024-back-markers-lost-province-left.jpg");
        assertThat(reading.model()).isEqualTo(CardModel.CAN_CUOC_2024);
        assertThat(reading.side()).isEqualTo(CardSide.BACK);
        assertThat(reading.fields()).containsKeys("placeOfResidence", "placeOfBirth", "expiryDate");
        assertThat(reading.fields().get("placeOfResidence")).endsWith("Tỉnh Cà Mau");
    }

    @Test
    void aBackWithAQrInItsUpperHalfIsThe2024Back() throws Exception {
        IdCardReading reading = OcrRegressions.read("can_cuoc_2024-back-markers-lost-qr-left.jpg");
        assertThat(reading.model()).isEqualTo(CardModel.CAN_CUOC_2024);
        assertThat(reading.side()).isEqualTo(CardSide.BACK);
        assertThat(reading.mrz().valid()).isTrue();
    }

    @Test
    void aColumnThePageDroppedIsReadBesideTheQr() throws Exception {
        IdCardReading reading = OcrRegressions.read("can_cuoc_2024-back-column-beside-qr-dropped.jpg");
        assertThat(reading.fields()).containsEntry("placeOfResidence", "Xóm 8, Xã Tân Long-Tỉnh Đồng Tháp")
                .containsEntry("placeOfBirth", "Xã Tân Thành, Huyện Lương Sơn, Tỉnh Hoà Bình").containsEntry("issueDate", "2026-04-23");
    }

    @Test
    void fieldsTheGarbledRowsLeftUnreadAreReadBesideTheQr() throws Exception {
        IdCardReading reading = OcrRegressions.read("can_cuoc_2024-back-column-beside-qr-garbled.jpg");
        assertThat(reading.fields()).containsEntry("placeOfResidence", "Ngõ 16 Lý Thường Kiệt, Xã Hưng Điền A, Huyện Châu Thành, Tỉnh Long An");
    }
}
