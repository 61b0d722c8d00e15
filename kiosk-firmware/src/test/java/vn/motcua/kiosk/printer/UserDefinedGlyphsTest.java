package vn.motcua.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Text mode "udc": ESC & definitions and ESC % switches byte for byte, and what the renderer makes of them. */
class UserDefinedGlyphsTest {
    private final Font cell = new PrinterFonts().cell();

    @Test
    void aLetterThePrinterLacksIsDefinedOnceAndPrintedBetweenEscPercentOneAndZero() {
        UserDefinedGlyphs glyphs = new UserDefinedGlyphs(cell, new HashMap<>());
        CellGlyph o = CellGlyph.draw('ộ', cell);

        String first = hex(glyphs.line("Hộ Hộ"));
        String definition = "1b2603" + "2121" + "0c" + HexFormat.of().formatHex(o.columns());
        assertThat(first).isEqualTo(definition + "48" + "1b2501" + "21" + "1b2500" + "2048" + "1b2501" + "21" + "1b2500");
        // defined already: the next line only prints it
        assertThat(hex(glyphs.line("ộ"))).isEqualTo("1b2501" + "21" + "1b2500");
        assertThat(hex(glyphs.line("A0012"))).isEqualTo("4130303132");
    }

    @Test
    void consecutiveNewLettersShareOneDefineCommand() {
        UserDefinedGlyphs glyphs = new UserDefinedGlyphs(cell, new HashMap<>());
        byte[] line = glyphs.line("ịc");
        // ESC & 3 0x21 0x21, ESC % 1, 0x21, ESC % 0, 'c'
        assertThat(line).hasSize(5 + 1 + 36 + 3 + 1 + 3 + 1);
        byte[] two = glyphs.line("ạă");
        assertThat(hex(two)).startsWith("1b2603" + "2223");
        assertThat(two).hasSize(5 + 2 * 37 + 3 + 2 + 3);
    }

    @Test
    void whenEveryCodeIsTakenTheLeastRecentlyUsedLetterNotOnTheLineIsRedefined() {
        UserDefinedGlyphs glyphs = new UserDefinedGlyphs(cell, new HashMap<>(), 2);
        glyphs.line("ạ");
        glyphs.line("ă");
        glyphs.line("ạ");
        // ạ (0x21) was used last, so ê takes ă's code 0x22
        assertThat(hex(glyphs.line("ê"))).startsWith("1b2603" + "2222");
        assertThatThrownBy(() -> glyphs.line("ốồổ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than 2 user-defined characters");
    }

    @Test
    void stackedMarksAreSqueezedIntoTheCellNotCutOff() {
        CellGlyph e = CellGlyph.draw('Ễ', cell);
        CellGlyph plain = CellGlyph.draw('E', cell);
        int capTop = inkRows(plain)[0];
        assertThat(capTop).as("E's top row").isGreaterThanOrEqualTo(3);
        assertThat(inkRows(e)[0]).as("Ễ's marks reach the top of the cell").isLessThanOrEqualTo(1);
        int marks = 0;
        for (int y = 0; y < capTop - 1; y++) {
            for (int x = 0; x < CellGlyph.WIDTH; x++) {
                marks += e.dot(x, y) ? 1 : 0;
            }
        }
        assertThat(marks).as("dots of the circumflex and tilde above the capital").isGreaterThan(6);
    }

    @Test
    void theRendererDrawsTheDefinedDotsNotAFont() {
        byte[] block = new byte[36];
        java.util.Arrays.fill(block, (byte) 0xFF);
        byte[] escpos = concat(bytes("1b40"), bytes("1b2603" + "4141" + "0c"), block,
                bytes("41" + "1b2501" + "41" + "1b2500" + "0a"));
        BufferedImage paper = new EscPosRenderer(384, new PrinterFonts()).render(escpos);
        // second cell (x 12..23) is solid: the user-defined A; the first is the printer's own A
        assertThat(black(paper, 12, 24, 8, 8 + 24)).isEqualTo(12 * 24);
        assertThat(black(paper, 0, 12, 8, 8 + 24)).isBetween(20, 12 * 24 / 2);
    }

    @Test
    void escQuestionMarkAndEscAtForgetADefinition() {
        byte[] block = new byte[36];
        java.util.Arrays.fill(block, (byte) 0xFF);
        PrinterFonts fonts = new PrinterFonts();
        byte[] cancelled = concat(bytes("1b2603" + "4141" + "0c"), block, bytes("1b3f41" + "1b2501" + "41" + "0a"));
        byte[] reset = concat(bytes("1b2603" + "4141" + "0c"), block, bytes("1b40" + "1b2501" + "41" + "0a"));
        for (byte[] escpos : new byte[][] {cancelled, reset}) {
            BufferedImage paper = new EscPosRenderer(384, fonts).render(escpos);
            assertThat(black(paper, 0, 12, 8, 8 + 24)).isLessThan(12 * 24 / 2);
        }
    }

    @Test
    void aDefinitionOutsideTheCommandsRangeIsRefusedWithItsOffset() {
        assertThatThrownBy(() -> new EscPosRenderer(384, new PrinterFonts()).render(bytes("1b40" + "1b2602" + "4141")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ESC & at offset 2")
                .hasMessageContaining("y=2");
        assertThatThrownBy(() -> new EscPosRenderer(384, new PrinterFonts()).render(bytes("1b2603" + "4141" + "0d")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("13 dots wide");
    }

    private static int[] inkRows(CellGlyph g) {
        int top = CellGlyph.HEIGHT;
        int bottom = -1;
        for (int y = 0; y < CellGlyph.HEIGHT; y++) {
            for (int x = 0; x < CellGlyph.WIDTH; x++) {
                if (g.dot(x, y)) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        return new int[] {top, bottom};
    }

    private static int black(BufferedImage image, int x0, int x1, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
