package vn.motcua.kiosk.printer;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fonts with Vietnamese glyphs. DejaVu from the system when present; the bold sans face is bundled
 * because Java's logical fonts on a bare Pi image may have no Vietnamese glyphs at all.
 */
public final class PrinterFonts {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final String BUNDLED = "DejaVuSans-Bold.ttf";

    static final String VIETNAMESE_LETTERS = "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợ"
            + "pqrstuùủũúụưừửữứựvxyỳỷỹýỵAÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬĐEÈẺẼÉẸÊỀỂỄẾỆIÌỈĨÍỊOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢUÙỦŨÚỤƯỪỬỮỨỰYỲỶỸÝỴ";

    private final Font raster;
    private final Font cell;

    public PrinterFonts() {
        this(DEJAVU);
    }

    PrinterFonts(Path fontDir) {
        this.raster = load(fontDir.resolve("DejaVuSans-Bold.ttf"));
        Path mono = fontDir.resolve("DejaVuSansMono-Bold.ttf");
        Font monoFont = Files.isReadable(mono) ? load(mono) : null;
        // DejaVu Sans Mono lacks many stacked-mark letters (ỉ, ắ, ố): a code-page printer prints them,
        // so the rendering must too.
        this.cell = monoFont != null && monoFont.canDisplayUpTo(VIETNAMESE_LETTERS) == -1 ? monoFont : raster;
    }

    /** The face used to rasterise Vietnamese text for GS v 0. */
    public Font raster() {
        return raster;
    }

    /** The face the renderer draws printer-font characters with (monospaced when available). */
    public Font cell() {
        return cell;
    }

    private static Font load(Path file) {
        try {
            if (Files.isReadable(file)) {
                return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
            }
            try (InputStream in = PrinterFonts.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font " + BUNDLED + " missing from the jar");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a TrueType font: " + file, e);
        }
    }
}
