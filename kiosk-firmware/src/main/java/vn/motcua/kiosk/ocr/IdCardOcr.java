package vn.motcua.kiosk.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.Tesseract;
import net.sourceforge.tess4j.Word;

/**
 * Reads the front of a chip ID card (CCCD) with Tesseract's Vietnamese model: finds the card on the
 * darker background of the scanner bed, straightens it, brings the text to the size Tesseract reads
 * best, and leaves the left quarter (emblem, photo) out. Not thread-safe: one reading at a time, which
 * is what one kiosk needs.
 */
public final class IdCardOcr {
    public static final String DEFAULT_TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";
    public static final double DEFAULT_THRESHOLD = 0.80;

    private final Tesseract tesseract;
    private final NumberSecondLook numberSecondLook;
    private final double threshold;

    public IdCardOcr() {
        this(tessdata(), DEFAULT_THRESHOLD);
    }

    public IdCardOcr(String tessdata, double threshold) {
        limitOpenMpThreads();
        if (!Files.isReadable(Path.of(tessdata, "vie.traineddata"))) {
            throw new IllegalStateException("Vietnamese OCR data missing: " + Path.of(tessdata, "vie.traineddata")
                    + " (Debian package tesseract-ocr-vie)");
        }
        this.threshold = threshold;
        this.tesseract = new Tesseract();
        tesseract.setDatapath(tessdata);
        tesseract.setLanguage("vie");
        // one column of lines of different sizes
        tesseract.setPageSegMode(4);
        tesseract.setVariable("user_defined_dpi", "300");
        // Tesseract's progress chatter goes to stderr otherwise, and the CLI's callers parse our output
        tesseract.setVariable("debug_file", "/dev/null");
        this.numberSecondLook = new NumberSecondLook(tessdata);
    }

    static String tessdata() {
        String env = System.getenv("TESSDATA_PREFIX");
        return env != null && Files.isReadable(Path.of(env, "vie.traineddata")) ? env : DEFAULT_TESSDATA;
    }

    public double threshold() {
        return threshold;
    }

    /** Largest image accepted: a 4K camera frame is 8.3 MP; anything far beyond is not a card photo. */
    static final long MAX_PIXELS = 40_000_000L;

    /** Reads an image file; a file that is not a readable image, or an absurd one, is refused with the reason. */
    public static BufferedImage load(Path file) throws OcrException {
        if (!Files.isRegularFile(file)) {
            throw new OcrException("no such image file: " + file);
        }
        BufferedImage image;
        try {
            image = javax.imageio.ImageIO.read(file.toFile());
        } catch (java.io.IOException e) {
            throw new OcrException("cannot read " + file + ": " + e.getMessage());
        }
        return checked(image, file.toString());
    }

    public static BufferedImage decode(byte[] bytes, String what) throws OcrException {
        try {
            return checked(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)), what);
        } catch (java.io.IOException e) {
            throw new OcrException("cannot read " + what + ": " + e.getMessage());
        }
    }

    private static BufferedImage checked(BufferedImage image, String what) throws OcrException {
        if (image == null) {
            throw new OcrException(what + " is not a PNG, JPEG, GIF or BMP image");
        }
        if ((long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            throw new OcrException(what + " is " + image.getWidth() + "x" + image.getHeight()
                    + " pixels, more than " + MAX_PIXELS / 1_000_000 + " megapixels");
        }
        if (image.getWidth() < 300 || image.getHeight() < 190) {
            throw new OcrException(what + " is " + image.getWidth() + "x" + image.getHeight()
                    + " pixels: too small to read a card (at least 300x190)");
        }
        return image;
    }

    public synchronized IdCardReading read(BufferedImage image) {
        long start = System.nanoTime();
        BufferedImage text = CardImage.prepare(image);
        List<Word> words = tesseract.getWords(text, TessPageIteratorLevel.RIL_TEXTLINE);
        double h = text.getHeight();
        double w = text.getWidth();
        List<CardTextParser.Line> lines = words.stream().map(word -> {
            java.awt.Rectangle b = word.getBoundingBox();
            return new CardTextParser.Line(word.getText(), word.getConfidence(), b.y / h, (b.y + b.height) / h, b.x / w,
                    (b.x + b.width) / w);
        }).toList();
        IdCardReading reading = numberSecondLook.improve(text, lines, CardTextParser.parse(lines, threshold, 0), threshold);
        return new IdCardReading(reading.fields(), reading.confidence(), reading.toCheck(),
                (System.nanoTime() - start) / 1_000_000);
    }

    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /**
     * Tesseract's OpenMP threads make a card 3-4x slower on a 2-core kiosk (they fight the JVM for the
     * cores). OpenMP reads OMP_THREAD_LIMIT once, when libtesseract is loaded, so it is set in the process
     * environment before the first use; an explicit setting by the operator is kept.
     */
    private static void limitOpenMpThreads() {
        if (System.getenv("OMP_THREAD_LIMIT") != null) {
            return;
        }
        try {
            Native.load("c", LibC.class).setenv("OMP_THREAD_LIMIT", "1", 0);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            // not glibc: the operator sets OMP_THREAD_LIMIT=1 in the service file instead (docs/ocr.md)
        }
    }
}
