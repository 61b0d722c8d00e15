package vn.motcua.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.motcua.client.Json;
import vn.motcua.kiosk.support.Golden;
import vn.motcua.kiosk.support.Ocr;
import vn.motcua.kiosk.support.QrReader;

/**
 * src/test/resources/tickets: a ticket and printer settings (.json) beside the paper it must come out as
 * (.png, the ESC/POS bytes rendered back) and what a reader must find on it (.expected.json): ZXing reads
 * the status URL from the QR, Tesseract (vie) reads the service name with its diacritics.
 */
class GoldenTicketTest {
    /** Anti-aliasing differences between JDK builds move a few edge pixels, never a glyph. */
    private static final double MAX_DIFFERENT_PIXELS = 0.005;
    private final ObjectMapper json = Json.mapper();

    static Stream<Path> tickets() throws Exception {
        return Golden.inputs("tickets", ".json").filter(p -> !p.toString().endsWith(".expected.json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tickets")
    void ticketPrintsAsTheGoldenImageAndReadsBack(Path input) throws Exception {
        JsonNode spec = json.readTree(input.toFile());
        PrinterConfig config = json.treeToValue(spec.get("printer"), PrinterConfig.class);
        TicketContent content = json.treeToValue(spec.get("ticket"), TicketContent.class);
        PrinterFonts fonts = new PrinterFonts();

        byte[] escpos = new EscPosEncoder(config, fonts).encode(TicketLayout.ticket(content));
        BufferedImage paper = new EscPosRenderer(config.dotsPerLine(), fonts).render(escpos);

        Path golden = Golden.expected(input, ".png");
        if (Golden.updating()) {
            ImageIO.write(paper, "png", golden.toFile());
        }
        assertThat(differentPixels(paper, ImageIO.read(golden.toFile()))).isLessThan(MAX_DIFFERENT_PIXELS);
        assertThat(paper.getWidth()).isEqualTo(config.dotsPerLine());

        JsonNode expected = json.readTree(Golden.expected(input, ".expected.json").toFile());
        assertThat(QrReader.read(paper)).isEqualTo(expected.get("qr").asText());
        String ocr = Ocr.vietnamese(paper);
        for (JsonNode phrase : expected.get("ocrFinds")) {
            assertThat(ocr).contains(phrase.asText());
        }
        assertThat(ocr).contains(content.number());
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
