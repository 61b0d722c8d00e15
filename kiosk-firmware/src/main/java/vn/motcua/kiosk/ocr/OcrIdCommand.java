package vn.motcua.kiosk.ocr;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.motcua.client.Json;

/**
 * {@code ocr-id IMAGE}: reads either face of a 2016, 2021 or 2024 ID card and prints
 * {@code {"model":…,"side":…,"fields":{...},"confidence":{...},"toCheck":[...],"byLabel":[...],
 * "mrzLines":[...],"mrz":{...},"mismatches":[...],"millis":n}}. Exit 0 when the model was recognised, every
 * field was found at or above the threshold and a back's MRZ holds and agrees with it; 1 when something needs
 * checking; 2 when the image could not be read.
 * Prints nothing of the card to stderr: the JSON on stdout is the only copy.
 */
@Command(name = "ocr-id", mixinStandardHelpOptions = true,
        description = "Read either face of an ID card (2016 CCCD, 2021 chip CCCD, 2024 Căn cước) with Tesseract and print "
                + "its model, fields and, on a back, the checked MRZ as JSON.")
public final class OcrIdCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IMAGE", description = "PNG or JPEG photo/scan of one face of the card.")
    Path image;

    @Option(names = "--tessdata", description = "Folder with vie.traineddata (default $TESSDATA_PREFIX or "
            + IdCardOcr.DEFAULT_TESSDATA + ").")
    String tessdata;

    @Option(names = "--threshold", defaultValue = "0.80",
            description = "Confidence under which a field is listed in toCheck (default ${DEFAULT-VALUE}).")
    double threshold;

    private final PrintStream out;
    private final PrintStream err;

    public OcrIdCommand() {
        this(new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
    }

    OcrIdCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws Exception {
        if (threshold < 0 || threshold > 1) {
            err.println("--threshold must be between 0 and 1, got " + threshold);
            return 2;
        }
        IdCardReading reading;
        try {
            var picture = IdCardOcr.load(image);
            reading = new IdCardOcr(tessdata == null ? IdCardOcr.tessdata() : tessdata, threshold).read(picture);
        } catch (OcrException | IllegalStateException e) {
            err.println(e.getMessage());
            return 2;
        }
        out.println(Json.mapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(reading));
        boolean mrzHolds = reading.mrz() == null || (reading.mrz().valid() && reading.mismatches().isEmpty());
        return reading.model() != null && reading.toCheck().isEmpty() && mrzHolds ? 0 : 1;
    }
}
