package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The 2016 back and the 2021 back print the same Vietnamese; the English halves and the MRZ tell them apart. */
class ModelDetectorTest {
    private static final BooleanSupplier NO_QR = () -> false;

    private static CardLayout detect(List<OcrWord> words) {
        return ModelDetector.detect(TextRow.of(words), CardLayouts.builtIn().all(), NO_QR);
    }

    /** A 2021 back photographed badly, as generator C's came out: the English halves garbled, the MRZ read. */
    @Test
    void aDegradedChipBackWithItsMrzIsNotTakenForThe2016Back() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.08, 0, "Đặc", "điểm", "nhận", "dạng", "/", "Personal", "1óœn4fic20000");
        LabelledFieldsTest.row(words, 0.12, 1, "Nột", "tuổi", "C-2cm", "trên", "trước", "đầu", "mày", "phải");
        LabelledFieldsTest.row(words, 0.17, 2, "Ngày,", "tháng,", "năm", "/", "Date,", "moneh,", "xeac", "31/10/2022");
        LabelledFieldsTest.row(words, 0.27, 3, "CỤC", "TRƯỜNG", "CỤC", "CÁN", "SÁT");
        LabelledFieldsTest.row(words, 0.30, 4, "QUÂN", "LÝ", "MANG", "C96", "VỀ", "TRÁY", "TỰ", "XÃ", "MỘC");
        LabelledFieldsTest.row(words, 0.71, 5, "TDVNM19237903170791923790317<<");
        LabelledFieldsTest.row(words, 0.79, 6, "9203114F3203112VNM<<<<<<<<<<<2");
        LabelledFieldsTest.row(words, 0.88, 7, "PHAN<<TH1<THAO<<<<<<<<<<<<<<<é");
        CardLayout l = detect(words);
        assertThat(l.model()).isEqualTo(CardModel.CCCD_2021);
        assertThat(l.side()).isEqualTo(CardSide.BACK);
    }

    /** A 2016 back issued after the department was renamed: its title is the 2021 back's, and it has no MRZ. */
    @Test
    void aLater2016BackWithoutMrzIsThe2016Back() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.08, 0, "Đặc", "điểm", "nhận", "dạng:", "Nốt", "ruồi", "C:1cm", "dưới", "trước", "cằm");
        LabelledFieldsTest.row(words, 0.20, 1, "Ngày", "05", "tháng", "03", "năm", "2019");
        LabelledFieldsTest.row(words, 0.30, 2, "CỤC", "TRƯỞNG", "CỤC", "CẢNH", "SÁT");
        LabelledFieldsTest.row(words, 0.34, 3, "QUẢN", "LÝ", "HÀNH", "CHÍNH", "VỀ", "TRẬT", "TỰ", "XÃ", "HỘI");
        LabelledFieldsTest.row(words, 0.40, 4, "Ngón", "trỏ", "trái");
        CardLayout l = detect(words);
        assertThat(l.model()).isEqualTo(CardModel.CCCD_2016);
        assertThat(l.side()).isEqualTo(CardSide.BACK);
    }

    /** Generator C's degraded 2024 back: only the MRZ's "IDVNM" legible, which both chip backs count. */
    @Test
    void chipBacksTiedOnTheirMarkersAreToldApartByTheirDates() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.28, 0, "it", "cự", "tả(", "ý", "#406", "GỂ");
        LabelledFieldsTest.row(words, 0.32, 1, "SỐ", "12", "ngô", "45%,", "Phường", "Kim", "Liêm");
        LabelledFieldsTest.row(words, 0.46, 2, "Phường", "Tân", "Aa,", "Huyện", "Phong", "Điền");
        LabelledFieldsTest.row(words, 0.56, 3, "Đigšy", "tháng", "sâm", "sả", "¿", "Dáse", "ðf", "sec", "06/01/2036");
        LabelledFieldsTest.row(words, 0.61, 4, "toày", "tháng", "mắm", "hết", "Đệm", "2", "4456", "14/02/201%");
        LabelledFieldsTest.row(words, 0.70, 5, "TIDVNM30856363390923085636338<<");
        LabelledFieldsTest.row(words, 0.78, 6, "0802145F3302141VNM<<<<<<<<<<<2");
        LabelledFieldsTest.row(words, 0.88, 7, "HOANG<<NG0C<ÖHÁ<<<<<<<<<<<<<<<<");
        CardLayout l = detect(words);
        assertThat(l.model()).isEqualTo(CardModel.CAN_CUOC_2024);
        assertThat(l.side()).isEqualTo(CardSide.BACK);
    }

    /**
     * Generator C's degraded 2024 back with both dates garbled: only "IDVNM" legible, one date row; but two
     * addresses, which the 2021 back (identifying marks, one date, the issuer) never prints.
     */
    @Test
    void aChipBackThatPrintsAddressesIsThe2024Back() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.10, 0, "Nội", "ov", "pÁ4f§oxv", "sỹ", "GV");
        LabelledFieldsTest.row(words, 0.15, 1, "Khóen", "4,", "Xã", "Bàn", "MỐ,", "Hoyện", "Bắc", "Hà,", "Tỉnh", "Lậo", "Chỉ");
        LabelledFieldsTest.row(words, 0.19, 2, "Noi", "đông", "ký", "Lhuý", "MêÀ/Pfex", "0ý", "Môn", "rrr407%");
        LabelledFieldsTest.row(words, 0.23, 3, "Xã", "Vĩnh", "Lợi,", "Huyện", "Vĩnh", "Hưng.", "Tình", "Long", "A®");
        LabelledFieldsTest.row(words, 0.45, 4, "Ngài.", "hưng,", "FT", "`", "ki", "ựyi", "3vH12414");
        LabelledFieldsTest.row(words, 0.50, 5, "Gó", "gái", "gị", "đển/Đuát", "s", "EuởX", "14/84/2", "04%");
        LabelledFieldsTest.row(words, 0.66, 6, "T1DVNM08565628990800856562893<<");
        LabelledFieldsTest.row(words, 0.73, 7, "8504146M4504148VNM<<<<<<<<<<<2");
        LabelledFieldsTest.row(words, 0.80, 8, "AU<<MY<THT<HAU<<<<<<<<<<<<<<<<");
        CardLayout l = detect(words);
        assertThat(l.model()).isEqualTo(CardModel.CAN_CUOC_2024);
        assertThat(l.side()).isEqualTo(CardSide.BACK);
        assertThat(ModelDetector.printsAddresses(TextRow.of(words.subList(0, 9)))).as("one address, one unit").isFalse();
    }

    /**
     * Generator D's degraded 2024 backs, as the page pass read them: only "IDVNM" legible, the dates' slashes printed
     * as spaces, one place's province or nothing of the places left. A row that ends with a province tells the 2024
     * back; with no place left, a QR code in the face's upper half does. The 2021 back prints neither.
     */
    @Test
    void chipBacksTiedWithoutDatesAreToldByAProvinceOrAQr() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.06, 0, "na:", "Ngõ", "147", "Quang", "Erung,", "PPHhƯỜn", "Láng", "Tròn,", "Tính", "Cà", "Mau");
        LabelledFieldsTest.row(words, 0.30, 1, "MiA\\.,E", "HNG,", "XLMCẮP");
        LabelledFieldsTest.row(words, 0.36, 2, "2", "06", "2026");
        LabelledFieldsTest.row(words, 0.40, 3, "NGÀY,", "THÁSG,", "XÀM", "nếr+x2008", "2042");
        LabelledFieldsTest.row(words, 0.75, 4, "IDVNM20239844460492023984447<<");
        LabelledFieldsTest.row(words, 0.82, 5, "0208208M4208206VNM<<<<<<<<<<<2");
        LabelledFieldsTest.row(words, 0.91, 6, "PHAM<<HUU<KHOA<<<<<<<<<<<<");
        assertThat(detect(words).model()).isEqualTo(CardModel.CAN_CUOC_2024);
        words.removeIf(w -> w.line() == 0);
        List<TextRow> rows = TextRow.of(words);
        List<CardLayout> all = CardLayouts.builtIn().all();
        assertThat(ModelDetector.detect(rows, all, NO_QR).model()).isEqualTo(CardModel.CCCD_2021);
        assertThat(ModelDetector.detect(rows, all, () -> true).model()).isEqualTo(CardModel.CAN_CUOC_2024);
        assertThat(ModelDetector.detect(rows, all, () -> true).side()).isEqualTo(CardSide.BACK);
    }

    /** A 2021 back read in full never asks for a QR: its markers tell it, and its issuer names no province. */
    @Test
    void a2021BackIsToldByItsMarkersWhateverElseIsFound() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.08, 0, "Đặc", "điểm", "nhận", "dạng", "/", "Personal", "identification");
        LabelledFieldsTest.row(words, 0.12, 1, "Nốt", "ruồi", "C:1cm", "dưới", "sau", "cánh", "mũi", "trái");
        LabelledFieldsTest.row(words, 0.17, 2, "Ngày,", "tháng,", "năm", "/", "Date,", "month,", "year:", "31/10/2022");
        LabelledFieldsTest.row(words, 0.27, 3, "CỤC", "TRƯỞNG", "CỤC", "CẢNH", "SÁT");
        LabelledFieldsTest.row(words, 0.30, 4, "QUẢN", "LÝ", "HÀNH", "CHÍNH", "VỀ", "TRẬT", "TỰ", "XÃ", "HỘI");
        LabelledFieldsTest.row(words, 0.71, 5, "IDVNM19237903170791923790317<<");
        LabelledFieldsTest.row(words, 0.79, 6, "9203114F3203112VNM<<<<<<<<<<<2");
        LabelledFieldsTest.row(words, 0.88, 7, "PHAN<<THI<THAO<<<<<<<<<<<<<<<<");
        CardLayout l = ModelDetector.detect(TextRow.of(words), CardLayouts.builtIn().all(), () -> {
            throw new AssertionError("the QR was looked for");
        });
        assertThat(l.model()).isEqualTo(CardModel.CCCD_2021);
        // with every marker lost, the issuer's rows alone name no province: still the 2021 back
        words.removeIf(w -> w.line() < 3);
        assertThat(ModelDetector.backByMrz(TextRow.of(words), CardLayouts.builtIn().all(), NO_QR).model()).isEqualTo(CardModel.CCCD_2021);
    }

    @Test
    void theIssuersSocialOrderIsNoAddress() {
        List<OcrWord> words = new ArrayList<>();
        LabelledFieldsTest.row(words, 0.27, 0, "CỤC", "TRƯỞNG", "CỤC", "CẢNH", "SÁT");
        LabelledFieldsTest.row(words, 0.30, 1, "QUẢN", "LÝ", "HÀNH", "CHÍNH", "VỀ", "TRẬT", "TỰ", "XÃ", "HỘI.", "Xã", "hội");
        assertThat(ModelDetector.printsAddresses(TextRow.of(words))).isFalse();
        LabelledFieldsTest.row(words, 0.35, 2, "Phường", "25,", "Quận", "Bình", "Thạnh");
        assertThat(ModelDetector.printsAddresses(TextRow.of(words))).isTrue();
    }

    @Test
    void anMrzRowIsLongAndHasFillers() {
        assertThat(ModelDetector.mrzLike(TextRow.of(List.of(new OcrWord("IDVNM0920012345«<", 90, 0.1, 0.8, 0.4, 0.85, 0),
                new OcrWord("001092001234", 90, 0.42, 0.8, 0.9, 0.85, 0))).get(0))).isTrue();
        assertThat(ModelDetector.mrzLike(TextRow.of(List.of(new OcrWord("Số 12 ngõ 45, Phường Kim Mã, Quận Ba Đình", 90,
                0.1, 0.8, 0.9, 0.85, 0))).get(0))).isFalse();
    }
}
