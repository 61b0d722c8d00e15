package vn.motcua.kiosk.camera;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import vn.motcua.kiosk.ocr.IdCardOcr;
import vn.motcua.kiosk.ocr.OcrException;

/** The sim profile's camera: "sees" the image file last laid on it (POST /local/sim/document-camera). */
public final class SimulatedDocumentCamera implements DocumentCamera {
    private volatile Path lying;

    public void lay(Path file) throws OcrException {
        IdCardOcr.load(file); // refuse a bad file now, with the reason, rather than at capture
        this.lying = file;
    }

    @Override
    public BufferedImage capture() throws OcrException {
        Path file = lying;
        if (file == null) {
            throw new OcrException("nothing lies on the document camera");
        }
        return IdCardOcr.load(file);
    }
}
