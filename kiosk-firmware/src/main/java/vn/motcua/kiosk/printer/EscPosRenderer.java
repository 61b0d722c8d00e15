package vn.motcua.kiosk.printer;

import java.awt.image.BufferedImage;

/**
 * Renders ESC/POS bytes back to an image of the printed paper: what the simulated printer shows and
 * what tests read with ZXing and Tesseract. It understands the commands this package emits (init,
 * justification, print modes and character size, text in the default or Windows-1258 table,
 * user-defined characters (ESC &amp;, ESC %, ESC ?), GS v 0
 * raster, GS ( k QR codes, feeds, cuts, DLE EOT) and refuses anything else with the offset of the
 * unknown command, so a stray byte in the output is caught rather than drawn.
 */
public final class EscPosRenderer {

    private final int dotsPerLine;
    private final PrinterFonts fonts;

    public EscPosRenderer(int dotsPerLine, PrinterFonts fonts) {
        this.dotsPerLine = dotsPerLine;
        this.fonts = fonts;
    }

    /** @throws IllegalArgumentException for bytes that are not a well-formed document */
    public BufferedImage render(byte[] escpos) {
        return new RenderPass(escpos, new PaperCanvas(dotsPerLine), fonts.cell()).run();
    }
}
