package vn.motcua.kiosk.printer;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst.Justification;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.barcode.QRCode;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a {@link PrintDocument} into the ESC/POS bytes for one printer model.
 *
 * <p>Raster mode sends text that needs Vietnamese glyphs as GS v 0 images and plain ASCII (digits, the
 * queue number, English lines) as printer text, which is ten to fifty times smaller on the wire.
 * UDC mode sends all text as printer text and the letters the printer lacks as user-defined characters
 * ({@link UserDefinedGlyphs}). Code-page mode sends all text as ESC t n + Windows-1258 bytes.
 */
public final class EscPosEncoder {

    static final int FONT_A_WIDTH = 12;
    static final int WPC1258 = 52;
    private static final byte LF = 0x0A;
    private static final byte ESC = 0x1B;
    private static final int QUIET_ZONE_MODULES = 4;

    private final PrinterConfig config;
    private final TextRasterizer rasterizer;
    private final QrRaster qrRaster = new QrRaster();
    private final Cp1258Encoder cp1258 = new Cp1258Encoder();
    private final Font cellFont;
    private final Map<Integer, CellGlyph> glyphCache = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException when printer.textMode or printer.qrMode is not one this encoder knows */
    public EscPosEncoder(PrinterConfig config, PrinterFonts fonts) {
        config.validateModes();
        this.config = config;
        this.rasterizer = new TextRasterizer(fonts.raster());
        this.cellFont = fonts.cell();
    }

    public byte[] encode(PrintDocument document) {
        // per document: ESC @ at its start clears the printer's user-defined characters
        UserDefinedGlyphs glyphs = new UserDefinedGlyphs(cellFont, glyphCache);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EscPos escpos = new EscPos(out)) {
            escpos.initializePrinter();
            if (config.codepageText()) {
                escpos.setPrinterCharacterTable(config.codePage() == null ? WPC1258 : config.codePage());
            }
            for (PrintBlock block : document.blocks()) {
                write(escpos, out, block, glyphs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ESC/POS encoding into memory failed", e);
        }
        return out.toByteArray();
    }

    private void write(EscPos escpos, ByteArrayOutputStream out, PrintBlock block, UserDefinedGlyphs glyphs)
            throws IOException {
        if (block instanceof PrintBlock.Text text) {
            writeText(escpos, out, text, glyphs);
        } else if (block instanceof PrintBlock.Qr qr) {
            writeQr(escpos, qr.data());
        } else if (block instanceof PrintBlock.Rule) {
            int chars = config.dotsPerLine() / FONT_A_WIDTH;
            escpos.writeLF(style(PrintBlock.Align.LEFT, 1), "-".repeat(chars));
        } else if (block instanceof PrintBlock.Feed feed) {
            escpos.feed(feed.lines());
        } else if (block instanceof PrintBlock.Cut) {
            escpos.cut(EscPos.CutMode.PART);
        }
    }

    private void writeText(EscPos escpos, ByteArrayOutputStream out, PrintBlock.Text text, UserDefinedGlyphs glyphs)
            throws IOException {
        if (config.codepageText() || config.udcText()) {
            int magnify = magnification(text.size());
            Style style = style(text.align(), magnify);
            for (String line : wrapForPrinterFont(text.text(), magnify)) {
                out.writeBytes(style.getConfigBytes());
                out.writeBytes(config.udcText() ? glyphs.line(line) : cp1258.encode(line));
                out.write(LF);
            }
        } else if (printableAscii(text.text())) {
            int magnify = magnification(text.size());
            for (String line : wrapForPrinterFont(text.text(), magnify)) {
                escpos.writeLF(style(text.align(), magnify), line);
            }
        } else {
            for (BufferedImage line : rasterizer.render(text.text(), rasterPixels(text.size()), config.dotsPerLine())) {
                writeImage(escpos, line, text.align());
            }
        }
    }

    private void writeQr(EscPos escpos, String data) throws IOException {
        int module = Math.max(3, config.dotsPerLine() / 64);
        if (config.nativeQr()) {
            escpos.write(new QRCode()
                    .setSize(module)
                    .setErrorCorrectionLevel(QRCode.QRErrorCorrectionLevel.QR_ECLEVEL_M_Default)
                    .setJustification(Justification.Center), data);
        } else {
            // A QR is made of square blocks: send it at half size and let the printer double it in both
            // directions (GS v 0 m=3), a quarter of the bytes for the same picture (odd modules lose a dot).
            BufferedImage half = qrRaster.render(data, Math.max(1, module / 2));
            escpos.write(new RasterBitImageWrapper().setJustification(Justification.Center)
                            .setRasterBitImageMode(RasterBitImageWrapper.RasterBitImageMode.Quadruple),
                    new EscPosImage(new CoffeeImageImpl(half), new BitonalThreshold()));
        }
        // ISO/IEC 18004 wants 4 modules of quiet zone around the symbol; the printer adds none, and the
        // next line's marks would touch it. Above it, the layout's blank line is wider already.
        escpos.write(new byte[] {ESC, 'J', (byte) (QUIET_ZONE_MODULES * module)}, 0, 3);
    }

    private static void writeImage(EscPos escpos, BufferedImage image, PrintBlock.Align align) throws IOException {
        escpos.write(new RasterBitImageWrapper().setJustification(justification(align)),
                new EscPosImage(new CoffeeImageImpl(image), new BitonalThreshold()));
    }

    private List<String> wrapForPrinterFont(String text, int magnify) {
        int perLine = config.dotsPerLine() / (FONT_A_WIDTH * magnify);
        return LineWrap.wrap(text, s -> s.codePointCount(0, s.length()) <= perLine);
    }

    private int magnification(PrintBlock.Size size) {
        return switch (size) {
            case SMALL, NORMAL -> 1;
            case LARGE -> 2;
            case HUGE -> config.dotsPerLine() >= 576 ? 5 : 4;
        };
    }

    private static int rasterPixels(PrintBlock.Size size) {
        return switch (size) {
            case SMALL -> 22;
            case NORMAL -> 26;
            case LARGE -> 44;
            case HUGE -> 88;
        };
    }

    private static Style style(PrintBlock.Align align, int magnify) {
        Style.FontSize size = Style.FontSize.values()[magnify - 1];
        return new Style().setJustification(justification(align)).setFontSize(size, size);
    }

    private static Justification justification(PrintBlock.Align align) {
        return switch (align) {
            case LEFT -> Justification.Left_Default;
            case CENTER -> Justification.Center;
            case RIGHT -> Justification.Right;
        };
    }

    static boolean printableAscii(String s) {
        return s.chars().allMatch(c -> c >= 0x20 && c < 0x7F);
    }
}
