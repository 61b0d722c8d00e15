package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.motcua.client.Json;
import vn.motcua.kiosk.idcard.IdMask;
import vn.motcua.kiosk.support.Golden;

/**
 * src/test/resources/cards: synthetic card images (clean-* and degraded-*) beside the JSON of what is
 * printed on them. Regenerate with -Dgolden.update=true. The full accuracy run, with times, is the bench part ocr (docs/ocr.md).
 */
class CardOcrBlackboxTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static IdCardOcr ocr;

    @BeforeAll
    static void setUp() throws Exception {
        if (Golden.updating()) {
            for (long seed : SyntheticCards.blackboxSeeds()) {
                for (SyntheticCards.Quality q : SyntheticCards.Quality.values()) {
                    SyntheticCards.Card card = SyntheticCards.make(seed, q);
                    // photos are JPEG as a phone or document camera gives them; clean scans PNG
                    String format = q == SyntheticCards.Quality.CLEAN ? "png" : "jpg";
                    Path png = Golden.folder("cards").resolve(card.id() + "." + format);
                    ImageIO.write(card.image(), format, png.toFile());
                    JSON.enable(SerializationFeature.INDENT_OUTPUT).writeValue(
                            Golden.expected(png, ".json").toFile(), card.fields());
                }
            }
        }
        ocr = new IdCardOcr();
    }

    private record Score(int right, int total, long slowestMillis) {
    }

    private Score score(String prefix) throws Exception {
        int right = 0;
        int total = 0;
        long slowest = 0;
        for (Path png : Golden.inputs("cards", "g").filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
            Map<String, String> expected = JSON.readValue(Golden.expected(png, ".json").toFile(), new TypeReference<>() { });
            IdCardReading r = ocr.read(IdCardOcr.load(png));
            slowest = Math.max(slowest, r.millis());
            for (Map.Entry<String, String> e : expected.entrySet()) {
                total++;
                if (e.getValue().equals(r.fields().get(e.getKey()))) {
                    right++;
                } else {
                    // made-up people, but numbers are masked all the same: log checks look for 12 digits
                    boolean number = e.getKey().equals("number");
                    String read = r.fields().get(e.getKey());
                    System.out.printf("OCR miss %s %s: «%s» read «%s»%n", png.getFileName(), e.getKey(),
                            number ? IdMask.mask(e.getValue()) : e.getValue(),
                            number && read != null ? IdMask.mask(read) : read);
                    assertThat(r.confidence()).containsKey(e.getKey());
                }
            }
        }
        assertThat(total).as("cards in the folder for " + prefix).isGreaterThanOrEqualTo(7 * 6);
        System.out.printf("OCR %s cards: %d/%d fields exact, slowest %d ms%n", prefix, right, total, slowest);
        return new Score(right, total, slowest);
    }

    @Test
    void cleanCardsAreReadAlmostWhole() throws Exception {
        Score s = score("clean-");
        assertThat(100.0 * s.right() / s.total()).as("exact fields on clean cards, %").isGreaterThanOrEqualTo(92);
    }

    @Test
    void degradedPhotosStillGiveMostFields() throws Exception {
        Score s = score("degraded-");
        assertThat(100.0 * s.right() / s.total()).as("exact fields on degraded cards, %").isGreaterThanOrEqualTo(90);
    }

    @Test
    void cliPrintsTheFieldsAsJson() throws Exception {
        Path png = Golden.inputs("cards", ".png").filter(p -> p.getFileName().toString().startsWith("clean-"))
                .findFirst().orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new OcrIdCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(png.toString());
        Map<String, Object> json = JSON.readValue(out.toString(StandardCharsets.UTF_8), new TypeReference<>() { });
        assertThat(code).isIn(0, 1);
        assertThat(json).containsKeys("fields", "confidence", "toCheck", "millis");
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) json.get("fields");
        assertThat(fields).containsOnlyKeys(CardTextParser.FIELDS);
        Map<String, String> expected = JSON.readValue(Golden.expected(png, ".json").toFile(), new TypeReference<>() { });
        assertThat(fields.get("number")).isEqualTo(expected.get("number"));
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(expected.get("number"));
    }

    @Test
    void cliRefusesWhatIsNotAnImage() throws Exception {
        Path notImage = Files.createTempFile("not-a-card", ".png");
        Files.writeString(notImage, "001203012345|Nguyễn Văn A");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new CommandLine(new OcrIdCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(notImage.toString());
        assertThat(code).isEqualTo(2);
        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("is not a PNG, JPEG, GIF or BMP image");
        assertThat(new CommandLine(new OcrIdCommand(new PrintStream(out), new PrintStream(err)))
                .execute("/nonexistent/card.png")).isEqualTo(2);
    }
}
