package vn.motcua.kiosk.support;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.TesseractException;

/** Tesseract with Debian's Vietnamese data, for reading printed tickets back. */
public final class Ocr {
    private static final String TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";

    private Ocr() {
    }

    /**
     * Reads the paper at full and at half size: Tesseract is most reliable near a 20-30 px x-height, and a
     * ticket's lines range from 22 px fine print to 88 px numbers. A phrase printed with wrong or missing
     * marks is read wrong at both sizes.
     */
    public static String vietnamese(BufferedImage image) throws TesseractException {
        Tesseract tesseract = new Tesseract();
        tesseract.setDatapath(TESSDATA);
        tesseract.setLanguage("vie");
        // Sparse text: the default page mode skips the large number between small lines.
        tesseract.setPageSegMode(11);
        String text = tesseract.doOCR(image) + "\n" + tesseract.doOCR(half(image));
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static BufferedImage half(BufferedImage image) {
        BufferedImage half = new BufferedImage(image.getWidth() / 2, image.getHeight() / 2, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = half.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, half.getWidth(), half.getHeight(), null);
        } finally {
            g.dispose();
        }
        return half;
    }
}
