package vn.motcua.kiosk.camera;

import java.awt.image.BufferedImage;
import vn.motcua.kiosk.ocr.OcrException;

/** The document camera or flatbed under the kiosk's shelf: one picture of what lies on it. */
public interface DocumentCamera {
    BufferedImage capture() throws OcrException;

    /** A kiosk model without one: the citizen hands the papers in at the counter instead. */
    DocumentCamera NONE = () -> {
        throw new OcrException("this kiosk has no document camera");
    };
}
