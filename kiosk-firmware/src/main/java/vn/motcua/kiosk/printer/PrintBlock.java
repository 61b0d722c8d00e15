package vn.motcua.kiosk.printer;

import java.text.Normalizer;
import java.util.Objects;

/** One element of a {@link PrintDocument}. */
public sealed interface PrintBlock {

    enum Align { LEFT, CENTER, RIGHT }

    /** SMALL for fine print, LARGE for the service name, HUGE for the queue number. */
    enum Size { SMALL, NORMAL, LARGE, HUGE }

    /** A paragraph; wrapped to the paper width. Text is kept in NFC. */
    record Text(String text, Align align, Size size) implements PrintBlock {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
            Objects.requireNonNull(size, "size");
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
    }

    /** A QR code, centred. */
    record Qr(String data) implements PrintBlock {
        public Qr {
            if (data == null || data.isEmpty()) {
                throw new IllegalArgumentException("QR data must not be empty");
            }
        }
    }

    /** A horizontal separator line. */
    record Rule() implements PrintBlock {
    }

    /** Blank lines, e.g. before the cut so the last line clears the cutter. */
    record Feed(int lines) implements PrintBlock {
        public Feed {
            if (lines < 0 || lines > 255) {
                throw new IllegalArgumentException("feed lines must be 0..255, got " + lines);
            }
        }
    }

    /** Cut the paper. */
    record Cut() implements PrintBlock {
    }
}
