package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Degraded 2024 backs of generator D, read whole with real Tesseract, whose MRZ the reader once lost.
 * {@code ocr-regressions/}: seed 7014 (FreeSerif), where the page pass read four rows and none of the MRZ, so no
 * marker told the model and nothing was read, though the MRZ's own reading of the strip holds every check digit;
 * seed 8712 (Noto Sans), where every look lost line 1's opening ("94O947170770794094715&lt;&lt;"); seed 7204 (DejaVu
 * Serif, photographed at a slant), whose MRZ rows rise to the right, so the strip cut level above line 1 cut off its
 * right end's top and no look read the line. Two clean backs with the MRZ in OCR-B itself ({@code -Docr.dOcrB}, the face
 * real cards print), whose filler Tesseract reads as "&lt;K": seed 9906 ("MAI&lt;&lt;THANH&lt;KLINH"), seed 9913
 * ("VU&lt;K&lt;QUOOC&lt;&lt;SON", an O read twice too). Seed 5400 (Noto Sans Display, saved as a JPEG), whose line 2 every
 * look read with a digit too many or its zeros as 9 and 6: its birth date holds in one look, its expiry in none.
 * Seed 7600 (Noto Sans; real codes), clean: the name line read "VO&lt;&lt;KIMSDUGKHN", which no check digit catches; the
 * face's QR decoded and names the holder.
 */
class MrzStripRegressionTest {
    @Test
    void aBackWhoseMrzAloneIsLegibleIsToldByItsMrz() throws Exception {
        IdCardReading reading = OcrRegressions.read("can_cuoc_2024-back-only-the-mrz-legible.jpg");
        assertThat(reading.model()).isEqualTo(CardModel.CAN_CUOC_2024);
        assertThat(reading.side()).isEqualTo(CardSide.BACK);
        assertThat(reading.mrz().valid()).as(reading.mrz().errors().toString()).isTrue();
        assertThat(reading.mrz().fields().personalNumber()).isEqualTo("095306874888");
        assertThat(reading.fields()).containsEntry("expiryDate", "2031-02-26");
    }

    @Test
    void aFirstLineWhoseOpeningWasLostIsReadFromItsPersonalNumber() throws Exception {
        IdCardReading reading = OcrRegressions.read("can_cuoc_2024-back-mrz-opening-lost.jpg");
        assertThat(reading.mrz().valid()).as(reading.mrz().errors().toString()).isTrue();
        assertThat(reading.mrzText()).startsWith("IDVNM0794094717077079409471");
    }

    @Test
    void aFirstLineRisingAboveALevelCutIsReadWhole() throws Exception {
        IdCardReading reading = OcrRegressions.read("can_cuoc_2024-back-mrz-first-row-tilted.jpg");
        assertThat(reading.mrz().valid()).as(reading.mrz().errors().toString()).isTrue();
        assertThat(reading.mrzText()).startsWith("IDVNM17416540660081741654064<<");
        assertThat(reading.fields()).containsEntry("expiryDate", "2034-12-03");
    }

    @Test
    void ocrBsFillersReadWithAKAreFillersInTheName() throws Exception {
        IdCardReading reading = OcrRegressions.read("can_cuoc_2024-back-mrz-ocr-b-filler-read-with-k.png");
        assertThat(reading.mrz().valid()).as(reading.mrz().errors().toString()).isTrue();
        assertThat(reading.mrzText()).endsWith("\nMAI<<THANH<LINH<<<<<<<<<<<<<<<");
        assertThat(OcrRegressions.read("can_cuoc_2024-back-mrz-ocr-b-doubled-o.png").mrzText()).endsWith("\nVU<<QUOC<SON<<<<<<<<<<<<<<<<<<");
    }

    @Test
    void anExpiryNoLookHoldsIsTheOneTheLawGivesFromThePrintedIssueDate() throws Exception {
        IdCardReading reading = OcrRegressions.read("can_cuoc_2024-back-mrz-expiry-lost-in-line-two.jpg");
        assertThat(reading.mrz().valid()).as(reading.mrz().errors().toString()).isTrue();
        assertThat(reading.mrzText()).contains("\n7008050F3008052VNM<<<<<<<<<<<4\n");
        assertThat(reading.fields()).containsEntry("issueDate", "2026-07-23").containsEntry("expiryDate", "2030-08-05");
        assertThat(reading.toCheck()).doesNotContain("expiryDate");
    }

    @Test
    void aNameLineMisreadIsTheNameTheFacesCodeGives() throws Exception {
        IdCardReading reading = OcrRegressions.read("can_cuoc_2024-back-mrz-name-misread-qr-decoded.png");
        assertThat(reading.mrz().valid()).as(reading.mrz().errors().toString()).isTrue();
        assertThat(reading.mrzText()).isEqualTo("IDVNM18034993720821803499378<<\n8008068F4008060VNM<<<<<<<<<<<2\n"
                + "VO<<KIM<DUC<HUNG<<<<<<<<<<<<<<");
    }
}
