package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The 2016 back's issue date written out in words, read as OCR leaves it. */
class WrittenDatesTest {
    @Test
    void aDateWrittenOutIsReadAsDigits() {
        assertThat(WrittenDates.asDigits("Ngày 05 tháng 03 năm 2018")).isEqualTo("05/03/2018");
        assertThat(WrittenDates.asDigits("Ngày 5 tháng 11 năm 2019")).isEqualTo("05/11/2019");
    }

    @Test
    void marksLostALetterOffAndDigitsReadAsLettersAreTolerated() {
        assertThat(WrittenDates.asDigits("Ngảy O5 thảng l1 nărn 2O19")).isEqualTo("05/11/2019");
        assertThat(WrittenDates.asDigits("Ngay 28 thang 02 nam2017")).isEqualTo("28/02/2017");
        // one word garbled past recognition: the other two and the three numbers still make a date
        assertThat(WrittenDates.asDigits("Nqxy 28 tháng 02 năm 2017")).isEqualTo("28/02/2017");
        // a degraded photo of generator C's: "Ngày" lost, the "t" of "tháng" dropped, 0 read as Ø
        assertThat(WrittenDates.asDigits("Aeủy Ø9 hứng 08 năm 2020")).isEqualTo("09/08/2020");
        assertThat(WrittenDates.asDigits("Ngày 10 tháng 02 năm 202]")).isEqualTo("10/02/2021");
        // a 1 whose serifed head came apart from its stem, read as a letter beside the digit
        assertThat(WrittenDates.asDigits("Ngày 23 tháng ï 1 năm 2016")).isEqualTo("23/11/2016");
        assertThat(WrittenDates.asDigits("Ngày l 2 tháng 08 năm 2019")).isEqualTo("12/08/2019");
    }

    @Test
    void whatIsNoWrittenOutDateIsLeftAlone() {
        assertThat(WrittenDates.asDigits("Ngày, tháng, năm: 05/03/2018")).isNull();
        assertThat(WrittenDates.asDigits("Số 12 ngõ 45 phố 2018")).isNull();
        assertThat(WrittenDates.asDigits("Nốt ruồi C:2cm trên trước đầu mày phải")).isNull();
        // two words garbled: three numbers between strangers are no date
        assertThat(WrittenDates.asDigits("Tổ 12 xóm 03 khu 2018")).isNull();
        // no month 13
        assertThat(WrittenDates.asDigits("Ngày 05 tháng 13 năm 2018")).isNull();
    }
}
