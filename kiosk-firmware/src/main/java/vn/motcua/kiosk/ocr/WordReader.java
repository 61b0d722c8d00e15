package vn.motcua.kiosk.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import net.sourceforge.tess4j.Tesseract;

/**
 * Tesseract read word by word through its result iterator: each word with its box, its confidence and
 * the text line it belongs to (Tess4J's getWords gives words or lines, not both). Not thread-safe.
 */
final class WordReader extends Tesseract {

    WordReader(String tessdata, String language, int pageSegMode) {
        setDatapath(tessdata);
        setLanguage(language);
        setPageSegMode(pageSegMode);
        setVariable("user_defined_dpi", "300");
        // Tesseract's progress chatter goes to stderr otherwise, and the CLI's callers parse our output
        setVariable("debug_file", "/dev/null");
    }

    List<OcrWord> words(BufferedImage image) {
        init();
        setVariables();
        List<OcrWord> words = new ArrayList<>();
        try {
            setImage(image, null);
            TessAPI api = getAPI();
            api.TessBaseAPIRecognize(getHandle(), null);
            TessResultIterator ri = api.TessBaseAPIGetIterator(getHandle());
            if (ri == null) {
                return words;
            }
            var pi = api.TessResultIteratorGetPageIterator(ri);
            api.TessPageIteratorBegin(pi);
            double w = image.getWidth();
            double h = image.getHeight();
            int line = -1;
            IntBuffer l = IntBuffer.allocate(1);
            IntBuffer t = IntBuffer.allocate(1);
            IntBuffer r = IntBuffer.allocate(1);
            IntBuffer b = IntBuffer.allocate(1);
            do {
                if (api.TessPageIteratorIsAtBeginningOf(pi, TessPageIteratorLevel.RIL_TEXTLINE) != 0) {
                    line++;
                }
                Pointer p = api.TessResultIteratorGetUTF8Text(ri, TessPageIteratorLevel.RIL_WORD);
                if (p == null) {
                    continue;
                }
                String text = p.getString(0, "UTF-8");
                api.TessDeleteText(p);
                float conf = api.TessResultIteratorConfidence(ri, TessPageIteratorLevel.RIL_WORD);
                api.TessPageIteratorBoundingBox(pi, TessPageIteratorLevel.RIL_WORD, l, t, r, b);
                words.add(new OcrWord(text, conf, l.get(0) / w, t.get(0) / h, r.get(0) / w, b.get(0) / h,
                        Math.max(0, line)));
            } while (api.TessPageIteratorNext(pi, TessPageIteratorLevel.RIL_WORD) == 1);
            api.TessResultIteratorDelete(ri);
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("Tesseract could not take the card image: " + e.getMessage(), e);
        } finally {
            dispose();
        }
    }
}
