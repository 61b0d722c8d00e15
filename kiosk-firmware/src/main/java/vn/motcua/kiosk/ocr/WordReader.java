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
 *
 * <p>The engine is initialised once and kept: Tess4J's own calls load the traineddata again for every
 * image (init, then dispose), about 40 % of a card's CPU (docs/benchmarks.md). The kiosk keeps one reader.
 */
final class WordReader extends Tesseract {
    private boolean ready;

    WordReader(String tessdata, String language, int pageSegMode) {
        setDatapath(tessdata);
        setLanguage(language);
        setPageSegMode(pageSegMode);
        // the LSTM engine alone, whatever the traineddata holds: with a model that also carries the legacy
        // classifier, Tesseract's default mode runs both, and the legacy adaptive classifier learns from each
        // page, so a card would be read differently after another card (docs/ocr.md, "The same card, the same
        // reading"). Debian's models are LSTM-only, so today this changes nothing; it keeps it so.
        setOcrEngineMode(net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode.OEM_LSTM_ONLY);
        setVariable("user_defined_dpi", "300");
        // Tesseract's progress chatter goes to stderr otherwise, and the CLI's callers parse our output
        setVariable("debug_file", "/dev/null");
    }

    /** Loads the model on first use; later calls only set the image (the variables stay set). */
    private void ready() {
        if (!ready) {
            init();
            setVariables();
            ready = true;
        }
    }

    List<OcrWord> words(BufferedImage image) {
        return read(image, TessPageIteratorLevel.RIL_WORD);
    }

    /** Each text line as one item, with the line's own confidence. */
    List<OcrWord> lines(BufferedImage image) {
        return read(image, TessPageIteratorLevel.RIL_TEXTLINE);
    }

    private List<OcrWord> read(BufferedImage image, int level) {
        ready();
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
                Pointer p = api.TessResultIteratorGetUTF8Text(ri, level);
                if (p == null) {
                    continue;
                }
                String text = p.getString(0, "UTF-8");
                api.TessDeleteText(p);
                float conf = api.TessResultIteratorConfidence(ri, level);
                api.TessPageIteratorBoundingBox(pi, level, l, t, r, b);
                words.add(new OcrWord(text, conf, l.get(0) / w, t.get(0) / h, r.get(0) / w, b.get(0) / h,
                        Math.max(0, line)));
            } while (api.TessPageIteratorNext(pi, level) == 1);
            api.TessResultIteratorDelete(ri);
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException("Tesseract could not take the card image: " + e.getMessage(), e);
        } finally {
            // frees the page's results, keeps the loaded model
            getAPI().TessBaseAPIClear(getHandle());
        }
    }
}
