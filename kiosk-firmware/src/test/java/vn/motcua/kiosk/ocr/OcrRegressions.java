package vn.motcua.kiosk.ocr;

import java.nio.file.Path;

/** A card image of {@code ocr-regressions/} read whole, with real Tesseract. */
final class OcrRegressions {
    private OcrRegressions() {
    }

    static IdCardReading read(String name) throws Exception {
        Path file = Path.of(OcrRegressions.class.getResource("/ocr-regressions/" + name).toURI());
        return new IdCardOcr().read(IdCardOcr.load(file));
    }
}
