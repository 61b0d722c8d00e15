package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2016 back's issue date row found by its shape and its date taken by its words or its shape. */
class DateRowSecondLookTest {
    private static TextRow row(String text) {
        return new TextRow(List.of(new OcrWord(text, 80f, 0.2, 0.2, 0.6, 0.25, 1)));
    }

    @Test
    void theDateByItsWords() {
        assertThat(DateRowSecondLook.date("Ngày 19 tháng 03 năm 2016"))
                .isEqualTo(new DateRowSecondLook.Found(LocalDate.of(2016, 3, 19), DateRowSecondLook.BY_WORDS));
    }

    @Test
    void theDateByItsShapeWhenTheWordsAreGarbled() {
        // two of the three words past recognition (the seal's rim across them): the three numbers still make the date
        assertThat(DateRowSecondLook.date("Agàỹ 19 TXẾu 03 xqm 2016"))
                .isEqualTo(new DateRowSecondLook.Found(LocalDate.of(2016, 3, 19), DateRowSecondLook.BY_SHAPE));
        assertThat(DateRowSecondLook.date("Ngày, tháng, năm: 25/04/2018").date()).isEqualTo(LocalDate.of(2018, 4, 25));
    }

    @Test
    void noDateOutsideTheYearsTheCardWasIssuedOrTheCalendar() {
        assertThat(DateRowSecondLook.date("Agàỹ 19 TXẾu 03 xqm 2023")).isNull();
        assertThat(DateRowSecondLook.date("Ngày 19 tháng 03 năm 2015")).isNull();
        assertThat(DateRowSecondLook.date("Agàỹ 31 TXẾu 02 xqm 2019")).isNull();
        assertThat(DateRowSecondLook.date("Ngày 44 tháng 08 năm 2018")).isNull();
        assertThat(DateRowSecondLook.date("Nốt ruồi C:1cm dưới trước cằm trái")).isNull();
    }

    @Test
    void theDateRowIsKnownByAWordOrAnIssuingYear() {
        assertThat(DateRowSecondLook.dateRowLike(row("Agàỹ TẾ Tháng 03 năm 2016")))
                .isGreaterThan(DateRowSecondLook.dateRowLike(row("Ngớ")));
        assertThat(DateRowSecondLook.dateRowLike(row("vít 2019"))).isEqualTo(2);
        assertThat(DateRowSecondLook.dateRowLike(row("CỤC TRƯỞNG CỤC CẢNH SÁT"))).isZero();
        assertThat(DateRowSecondLook.dateRowLike(row("Sẹo chấm C:2cm dưới trước mũi"))).isZero();
    }
    @Test
    void aDayOrMonthGluedToALetterIsNoWholeNumberOfTheShape() {
        // "Ngày 11 tháng 10 năm 2017" with the seal's rim across the 11, read "1f" by both English looks: by its
        // shape alone the 1 would make 01/10/2017; "tháng" read "t4ag" would make its 4 the day
        assertThat(DateRowSecondLook.wholeDate("Ngay 1f thang 10 nam 2017")).isNull();
        assertThat(DateRowSecondLook.wholeDate("Ngay 08 t4ag 10 nam 2018")).isNull();
        // a slash read as an I or an l still parts the numbers
        assertThat(DateRowSecondLook.wholeDate("_ 22/02I2019 (Wifi").date()).isEqualTo(LocalDate.of(2019, 2, 22));
        assertThat(DateRowSecondLook.wholeDate("22l02/2019").date()).isEqualTo(LocalDate.of(2019, 2, 22));
        // a month split in two by a gap ("12/1 1/2026", generator D's 5503 read by both English looks): its second
        // digit starts no date of its own (1/1/2026 replaced the page's 12/11/2026)
        assertThat(DateRowSecondLook.wholeDate("NGAY, THANG, NAM CAP 12/1 1/2026", y -> y >= 2024)).isNull();
        assertThat(DateRowSecondLook.wholeDate("NGAY, THANG, NAM CAP 12/11/2026", y -> y >= 2024).date())
                .isEqualTo(LocalDate.of(2026, 11, 12));
        // a date only missing may still come from a broken number, to be checked (and voted on): "1S" for 18
        assertThat(DateRowSecondLook.date("Nướv 1S diáng 10 nấm 2017"))
                .isEqualTo(new DateRowSecondLook.Found(LocalDate.of(2017, 10, 1), DateRowSecondLook.BY_SHAPE));
    }

    @Test
    void theBandUnderADateLabelWithNoDateInItsRow() {
        TextRow label = new TextRow(List.of(new OcrWord("Ngày,", 95, 0.23, 0.21, 0.29, 0.25, 3),
                new OcrWord("tháng,", 94, 0.30, 0.21, 0.37, 0.25, 3), new OcrWord("năm", 95, 0.38, 0.21, 0.43, 0.25, 3)));
        TextRow under = DateRowSecondLook.under(label);
        assertThat(under.top()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(under.bottom()).isCloseTo(0.25 + 1.8 * 0.04, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(under.left()).isLessThan(label.left());
        assertThat(under.right()).isGreaterThan(label.right());
        // the date beside its label, or a row that is no date label, has no band under it
        assertThat(DateRowSecondLook.under(row("Ngày, tháng, năm: 22/02/2019"))).isNull();
        assertThat(DateRowSecondLook.under(row("Lê Quang Hiến"))).isNull();
    }

    @Test
    void aDateWithOneSlashLost() {
        // "Ngày, tháng, năm: 14/02/2021" read again alone as "®Ngẫ», thông, nàn 1402/2021 | ⁄⁄zy§\"
        assertThat(DateRowSecondLook.date("®Ngẫ», thông, nàn 1402/2021 | ⁄⁄zy§\\").date()).isEqualTo(LocalDate.of(2021, 2, 14));
        assertThat(DateRowSecondLook.date("14/022021").date()).isEqualTo(LocalDate.of(2021, 2, 14));
        // both lost, or a month past 12, is no date
        assertThat(DateRowSecondLook.date("14022021")).isNull();
        assertThat(DateRowSecondLook.date("0214/2021")).isNull();
    }
}
