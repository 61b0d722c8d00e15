package vn.motcua.kiosk.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.motcua.client.CentreTime;
import vn.motcua.kiosk.idcard.CccdQrParser;
import vn.motcua.kiosk.idcard.CccdResult;
import vn.motcua.kiosk.idcard.MrzParser;
import vn.motcua.kiosk.idcard.MrzResult;
import vn.motcua.kiosk.printer.PrinterLinkFuzz;
import vn.motcua.kiosk.profile.ProfileException;
import vn.motcua.kiosk.profile.ProfileLoader;

/**
 * Fuzz targets for everything the kiosk reads from outside: QR payloads, MRZ text, printer status bytes,
 * profile files. Each property runs jqwik's default number of tries in CI (1,000); the long run raises it:
 * {@code ./mvnw -pl kiosk-firmware test -Dtest=ParserFuzzTest -Djqwik.tries.default=1000000}.
 * Inputs are random text and random mutations (insert, delete, replace a character) of valid inputs, so
 * the fuzzer spends its time near the formats rather than in pure noise.
 */
class ParserFuzzTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T03:00:00Z"), CentreTime.ZONE);
    private static final String CCCD = "001089012345|012345678|Nguyễn Văn An|12051989|Nam|Số 5 phố Huế, Hà Nội|20042021";
    private static final String MRZ = "IDVNM08901234560010890123457<<\n8905123M2905121VNM<<<<<<<<<<<6\nNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<";
    private static final String PROFILE = readProfile();
    private static final CccdQrParser CCCD_PARSER = new CccdQrParser(TODAY);
    private static final MrzParser MRZ_PARSER = new MrzParser(TODAY);
    private static final ProfileLoader PROFILES = new ProfileLoader();

    @Property
    void cccdParserNeverThrowsAndValidMeansNoErrors(@ForAll("cccdInputs") String input) {
        CccdResult r = CCCD_PARSER.parse(input);
        assertThat(r.valid()).isEqualTo(r.errors().isEmpty());
        if (r.valid()) {
            assertThat(r.fields().number()).matches("\\d{12}");
            assertThat(r.fields().dateOfBirth()).isNotNull();
        }
    }

    @Property
    void mrzParserNeverThrowsAndValidMeansEveryCheckDigitHolds(@ForAll("mrzInputs") String input) {
        MrzResult r = MRZ_PARSER.parse(input);
        assertThat(r.valid()).isEqualTo(r.errors().isEmpty());
        if (r.valid()) {
            assertThat(r.fields().documentNumber()).hasSize(9);
        }
    }

    @Property
    void profileLoaderRefusesWithAProfileExceptionOnly(@ForAll("profileInputs") String input) {
        try {
            PROFILES.parse("fuzz", input.getBytes(StandardCharsets.UTF_8));
        } catch (ProfileException e) {
            assertThat(e.problems()).isNotEmpty();
        }
    }

    @Property
    void printerStatusFromAnyBytesIsAStatusNeverAnException(@ForAll("statusBytes") List<Integer> answers) {
        PrinterLinkFuzz.assertStatusIsSafe(answers);
    }

    @Provide
    Arbitrary<String> cccdInputs() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), mutations(CCCD, "|0123456789ễữNamNữ"));
    }

    @Provide
    Arbitrary<String> mrzInputs() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(120), mutations(MRZ, "<0123456789ABCMF\n"));
    }

    @Provide
    Arbitrary<String> profileInputs() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), mutations(PROFILE, "{}[]\":,0123456789truefalsnul"));
    }

    @Provide
    Arbitrary<List<Integer>> statusBytes() {
        return Arbitraries.integers().between(-1, 255).list().ofMaxSize(4);
    }

    /** A valid input with 1 to 4 random edits. */
    private static Arbitrary<String> mutations(String valid, String alphabet) {
        Arbitrary<Character> chars = Arbitraries.oneOf(Arbitraries.of(alphabet.toCharArray()).map(c -> (Character) c),
                Arbitraries.chars());
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, Integer.MAX_VALUE - 1), chars.map(c -> (int) c)).as((k, at, c) -> new int[] {k, at, c});
        return edit.list().ofMinSize(1).ofMaxSize(4).map(edits -> {
            StringBuilder s = new StringBuilder(valid);
            for (int[] e : edits) {
                int at = s.length() == 0 ? 0 : e[1] % s.length();
                switch (e[0]) {
                    case 0 -> s.insert(at, (char) e[2]);
                    case 1 -> {
                        if (s.length() > 0) {
                            s.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (s.length() > 0) {
                            s.setCharAt(at, (char) e[2]);
                        }
                    }
                }
            }
            return s.toString();
        });
    }

    private static String readProfile() {
        try {
            return Files.readString(Path.of("../hardware-profiles/rpi4-serial-58mm.json"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
