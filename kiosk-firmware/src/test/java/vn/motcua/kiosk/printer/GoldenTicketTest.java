package vn.motcua.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.client.Json;
import vn.motcua.kiosk.support.Golden;
import vn.motcua.kiosk.support.Ocr;
import vn.motcua.kiosk.support.QrReader;

/**
 * src/test/resources/golden/ticket: a ticket and printer settings (.json) beside the exact ESC/POS bytes it
 * must encode to (.escpos), the paper those bytes come out as (.png, rendered back) and what a reader must
 * find on it (.expected.json): ZXing reads the status URL from the QR, Tesseract (vie) reads Vietnamese
 * phrases with their diacritics. Run with -Dgolden.update=true to rewrite .escpos and .png, then review the
 * diff: a change of one byte is a change of the printed ticket.
 */
class GoldenTicketTest {
    /** Anti-aliasing differences between JDK builds move a few edge pixels, never a glyph. */
    private static final double MAX_DIFFERENT_PIXELS = 0.005;
    /** Issue 15: a full Vietnamese ticket with its QR in at most 6 KB on printers without a Vietnamese code page. */
    private static final int UDC_TICKET_BUDGET = 6 * 1024;
    private final ObjectMapper json = Json.mapper();

    static Stream<Path> tickets() throws Exception {
        return Golden.inputs("golden/ticket", ".json").filter(p -> !p.toString().endsWith(".expected.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tickets")
    void ticketEncodesToTheGoldenBytes(Path input) throws Exception {
        Case c = load(input);
        byte[] escpos = c.encode();

        Path golden = Golden.expected(input, ".escpos");
        if (Golden.updating()) {
            Files.write(golden, escpos);
        }
        byte[] expected = Files.readAllBytes(golden);
        assertThat(escpos.length).as("length of %s", golden).isEqualTo(expected.length);
        assertThat(HexFormat.of().formatHex(escpos)).as("bytes of %s", golden).isEqualTo(HexFormat.of().formatHex(expected));
        if (c.config.udcText()) {
            assertThat(escpos.length).isLessThanOrEqualTo(UDC_TICKET_BUDGET);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tickets")
    void ticketPrintsAsTheGoldenImageAndReadsBack(Path input) throws Exception {
        Case c = load(input);
        BufferedImage paper = new EscPosRenderer(c.config.dotsPerLine(), c.fonts).render(c.encode());

        Path golden = Golden.expected(input, ".png");
        if (Golden.updating()) {
            ImageIO.write(paper, "png", golden.toFile());
        }
        assertThat(differentPixels(paper, ImageIO.read(golden.toFile()))).isLessThan(MAX_DIFFERENT_PIXELS);
        assertThat(paper.getWidth()).isEqualTo(c.config.dotsPerLine());

        JsonNode expected = json.readTree(Golden.expected(input, ".expected.json").toFile());
        assertThat(QrReader.read(paper)).isEqualTo(expected.get("qr").asText());
        String ocr = Ocr.vietnamese(paper);
        for (JsonNode phrase : expected.get("ocrFinds")) {
            assertThat(ocr).contains(phrase.asText());
        }
        assertThat(ocr).contains(c.content.number());
    }

    private record Case(PrinterConfig config, TicketContent content, PrinterFonts fonts) {
        byte[] encode() {
            return new EscPosEncoder(config, fonts).encode(TicketLayout.ticket(content));
        }
    }

    private Case load(Path input) throws Exception {
        JsonNode spec = json.readTree(input.toFile());
        return new Case(json.treeToValue(spec.get("printer"), PrinterConfig.class),
                json.treeToValue(spec.get("ticket"), TicketContent.class), new PrinterFonts());
    }

    private static double differentPixels(BufferedImage actual, BufferedImage golden) {
        if (actual.getWidth() != golden.getWidth() || Math.abs(actual.getHeight() - golden.getHeight()) > 2) {
            return 1.0;
        }
        int height = Math.min(actual.getHeight(), golden.getHeight());
        long different = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                if ((actual.getRGB(x, y) & 0xFFFFFF) != (golden.getRGB(x, y) & 0xFFFFFF)) {
                    different++;
                }
            }
        }
        return (double) different / ((long) height * actual.getWidth());
    }
}
