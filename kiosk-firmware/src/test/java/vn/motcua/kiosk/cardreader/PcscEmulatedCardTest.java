package vn.motcua.kiosk.cardreader;

import vn.motcua.client.DeviceState;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.motcua.kiosk.idcard.CardValidity;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation.Tamper;
import vn.motcua.kiosk.cardreader.emulated.ChipAccess;
import vn.motcua.kiosk.cardreader.emulated.ChipImage;
import vn.motcua.kiosk.cardreader.emulated.DemoIssuer;
import vn.motcua.kiosk.cardreader.emulated.EmulatedChip;

/**
 * The PC/SC driver through the real stack: javax.smartcardio → libpcsclite → pcscd → vsmartcard's vpcd
 * driver → a TCP socket → the emulated chip. scripts/install-deps.sh installs and starts pcscd.
 */
class PcscEmulatedCardTest {
    static final String READER = "Virtual PCD";
    private static final DemoIssuer ISSUER = DemoIssuer.generate("Test issuer");
    private final List<String> trace = Collections.synchronizedList(new ArrayList<>());
    private final Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    private VpcdCard card;

    @BeforeAll
    static void pcscdWithVpcdIsRunning() {
        if (!new PcscCardReader(READER, null, line -> { }).status().state().equals(DeviceState.ONLINE)) {
            throw new AssertionError("pcscd with vsmartcard-vpcd is not listening on localhost:" + VpcdCard.PORT
                    + " (bash scripts/install-deps.sh installs and starts it)");
        }
    }

    @AfterEach
    void takeCardAway() throws InterruptedException {
        if (card != null) {
            card.close();
            Thread.sleep(1000); // let vpcd notice the removal (it polls) before the next test lays its card
        }
    }

    private CardReader reader(CscaStore cscas) {
        return new PcscCardReader(READER, new ChipAssembler(new PassiveAuthenticator(cscas), clock), trace::add);
    }

    private AccessKey lay(ChipFields holder, Tamper tamper) throws IOException {
        return lay(holder, tamper, ChipAccess.BAC);
    }

    private AccessKey lay(ChipFields holder, Tamper tamper, ChipAccess access) throws IOException {
        lay(CardPersonalisation.personalise(holder, ISSUER, tamper, access));
        return Holders.keyOf(holder);
    }

    private void lay(ChipImage image) throws IOException {
        card = new VpcdCard(new EmulatedChip(image, line -> trace.add("card: " + line)));
        card.insert();
    }

    @Test
    void readsTheEmulatedCardThroughPcscdAndVerifiesIt() throws IOException {
        ChipFields holder = Holders.an();
        AccessKey key = lay(holder, Tamper.NONE);
        ChipReading r = reader(CscaStore.NONE.plus(ISSUER.csca())).read(key, Duration.ofSeconds(5));
        assertThat(r.fields()).isEqualTo(holder);
        assertThat(r.accessControl()).isEqualTo(ChipReading.AccessControl.BAC);
        assertThat(r.passiveAuthentication().status()).isEqualTo(PassiveAuthentication.Status.VERIFIED);
        assertThat(r.face().size()).isGreaterThan(1000);
        // the BAC exchange as the card saw it: headers and status words, printed for the test log
        List<String> bac = trace.stream().filter(l -> l.startsWith("card: ")).limit(12).toList();
        bac.forEach(l -> System.out.println("[BAC trace] " + l));
        assertThat(bac).anyMatch(l -> l.contains("C-APDU 00 84 00 00 Lc=0 Le=8") && l.endsWith("SW 9000"));
        assertThat(bac).anyMatch(l -> l.contains("C-APDU 00 82 00 00 Lc=40") && l.endsWith("SW 9000"));
        assertThat(trace).anyMatch(l -> l.contains("[SM: 00 B0"));
        assertThat(String.join("\n", trace)).doesNotContain(holder.number()).doesNotContain("Nguyễn");
    }

    @Test
    void readsAPaceCardWithJmrtdAndGetsWhatBacGets() throws Exception {
        ChipFields holder = Holders.an();
        AccessKey key = Holders.keyOf(holder);
        ChipImage image = CardPersonalisation.personalise(holder, ISSUER, Tamper.NONE, ChipAccess.PACE);
        lay(image);
        ChipReading pace = reader(CscaStore.NONE.plus(ISSUER.csca())).read(key, Duration.ofSeconds(5));
        assertThat(pace.accessControl()).isEqualTo(ChipReading.AccessControl.PACE);
        List<String> exchange = trace.stream().filter(l -> l.startsWith("card: ")).limit(8).toList();
        exchange.forEach(l -> System.out.println("[PACE trace] " + l));
        assertThat(exchange).anyMatch(l -> l.contains("C-APDU 00 22 C1 A4") && l.endsWith("SW 9000"));
        assertThat(exchange).anyMatch(l -> l.contains("C-APDU 10 86 00 00 Lc=2 ") && l.endsWith("SW 9000"));
        assertThat(exchange).anyMatch(l -> l.contains("C-APDU 00 86 00 00 Lc=12") && l.endsWith("SW 9000"));
        assertThat(trace).noneMatch(l -> l.contains("C-APDU 00 84")); // no BAC challenge: PACE opened the session
        assertThat(trace).anyMatch(l -> l.contains("[SM: 00 B0"));
        takeCardAway();
        trace.clear();
        lay(image.withAccess(ChipAccess.BAC)); // the same card, SOD included, without EF.CardAccess
        ChipReading bac = reader(CscaStore.NONE.plus(ISSUER.csca())).read(key, Duration.ofSeconds(5));
        assertThat(bac.accessControl()).isEqualTo(ChipReading.AccessControl.BAC);
        assertThat(pace.fields()).isEqualTo(holder).isEqualTo(bac.fields());
        assertThat(pace.mrz()).isEqualTo(bac.mrz());
        assertThat(pace.passiveAuthentication()).isEqualTo(bac.passiveAuthentication());
        assertThat(pace.passiveAuthentication().status()).isEqualTo(PassiveAuthentication.Status.VERIFIED);
        assertThat(pace.face().image()).isEqualTo(bac.face().image());
        assertThat(pace.bytesRead()).isEqualTo(bac.bytesRead());
    }

    @Test
    void aPaceCardRefusesAWrongKeyAndTheCliExitsOne() throws Exception {
        ChipFields holder = Holders.an();
        lay(holder, Tamper.NONE, ChipAccess.PACE);
        Cli refused = cli("--reader", READER, "--document-number", holder.number(), "--birth", "1990-03-15", "--expiry", "2015-03-16");
        assertThat(refused.exit).isEqualTo(1);
        assertThat(refused.err).contains("kiểm tra lại thẻ", "PACE failed, SW 6300", "BAC failed");
        assertThat(refused.out).isEmpty();
        // the chip refused the terminal's authentication token: the last GENERAL AUTHENTICATE step
        assertThat(trace).anyMatch(l -> l.contains("C-APDU 00 86 00 00 Lc=12") && l.endsWith("SW 6300"));
        // then the BAC fallback, refused by the same wrong key
        assertThat(trace).anyMatch(l -> l.contains("C-APDU 00 82 00 00 Lc=40") && l.endsWith("SW 6300"));
        assertThatThrownBy(() -> reader(CscaStore.NONE).read(new AccessKey("090012345", "900315", "150315"), Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(CardReaderException.class, e -> assertThat(e.kind()).isEqualTo(CardReaderException.Kind.KEY_REFUSED));
    }

    @Test
    void aCardWhosePaceFailsForAnotherReasonIsReadWithBac() throws IOException {
        ChipFields holder = Holders.an();
        AccessKey key = lay(holder, Tamper.NONE, ChipAccess.PACE_FAULTY);
        ChipReading r = reader(CscaStore.NONE.plus(ISSUER.csca())).read(key, Duration.ofSeconds(5));
        assertThat(r.accessControl()).isEqualTo(ChipReading.AccessControl.BAC);
        assertThat(r.fields()).isEqualTo(holder);
        assertThat(trace).anyMatch(l -> l.contains("C-APDU 00 22 C1 A4") && l.endsWith("SW 6A80"));
        assertThat(trace).anyMatch(l -> l.startsWith("PACE refused") && l.contains("SW 6A80"));
        assertThat(trace).anyMatch(l -> l.contains("C-APDU 00 82 00 00 Lc=40") && l.endsWith("SW 9000"));
    }

    @Test
    void aTamperedDataGroupFailsPassiveAuthentication() throws IOException {
        AccessKey key = lay(Holders.an(), Tamper.DG13_CHANGED_AFTER_SIGNING);
        ChipReading r = reader(CscaStore.NONE.plus(ISSUER.csca())).read(key, Duration.ofSeconds(5));
        assertThat(r.passiveAuthentication()).isEqualTo(new PassiveAuthentication(PassiveAuthentication.Status.FAILED,
                "DG13 hash does not match the SOD"));
    }

    @Test
    void anUntrustedIssuerIsNotVerifiedAndNoCscaIsNotConfigured() throws IOException {
        AccessKey key = lay(Holders.an(), Tamper.NONE);
        DemoIssuer other = DemoIssuer.generate("Other issuer");
        assertThat(reader(CscaStore.NONE.plus(other.csca())).read(key, Duration.ofSeconds(5)).passiveAuthentication().status())
                .isEqualTo(PassiveAuthentication.Status.FAILED);
        assertThat(reader(CscaStore.NONE).read(key, Duration.ofSeconds(5)).passiveAuthentication().status())
                .isEqualTo(PassiveAuthentication.Status.NOT_CONFIGURED);
    }

    @Test
    void aWrongKeyIsRefused() throws IOException {
        lay(Holders.an(), Tamper.NONE);
        assertThatThrownBy(() -> reader(CscaStore.NONE).read(new AccessKey("090012345", "900315", "150315"), Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(CardReaderException.class, e -> assertThat(e.kind()).isEqualTo(CardReaderException.Kind.KEY_REFUSED));
    }

    @Test
    void aCardLiftedMidReadIsReadOnOnceItIsBack() throws IOException {
        ChipFields holder = Holders.an();
        AccessKey key = lay(holder, Tamper.NONE);
        card.liftAfter(30, 500);
        ChipReading r = reader(CscaStore.NONE.plus(ISSUER.csca())).read(key, Duration.ofSeconds(5));
        assertThat(r.resumes()).isEqualTo(1);
        assertThat(r.fields()).isEqualTo(holder);
        assertThat(r.passiveAuthentication().status()).isEqualTo(PassiveAuthentication.Status.VERIFIED);
    }

    @Test
    void noCardAndAnAbsentReaderAreTold() {
        assertThatThrownBy(() -> reader(CscaStore.NONE).read(Holders.keyOf(Holders.an()), Duration.ofMillis(500)))
                .isInstanceOfSatisfying(CardReaderException.class, e -> assertThat(e.kind()).isEqualTo(CardReaderException.Kind.NO_CARD));
        CardReader absent = new PcscCardReader("No Such Reader", new ChipAssembler(new PassiveAuthenticator(CscaStore.NONE), clock), trace::add);
        assertThat(absent.status().state()).isEqualTo(DeviceState.OFFLINE);
        assertThatThrownBy(() -> absent.read(Holders.keyOf(Holders.an()), Duration.ofMillis(500)))
                .isInstanceOfSatisfying(CardReaderException.class, e -> assertThat(e.kind()).isEqualTo(CardReaderException.Kind.NO_READER));
    }

    @Test
    void theCliPrintsOneJsonObjectAndExitsByOutcome(@TempDir Path dir) throws Exception {
        ChipFields holder = Holders.an();
        lay(holder, Tamper.NONE);
        Path csca = dir.resolve("csca");
        Files.createDirectories(csca);
        Files.write(csca.resolve("demo.der"), ISSUER.csca().getEncoded());
        String qr = holder.number() + "|" + holder.oldIdNumber() + "|" + holder.name() + "|15031990|Nam|"
                + holder.placeOfResidence() + "|01072021";
        Cli ok = cli("--reader", READER, "--qr", qr, "--csca", csca.toString());
        assertThat(ok.exit).as(ok.err).isZero();
        System.out.println("[read-chip stdout]\n" + ok.out);
        assertThat(ok.out).contains("\"passiveAuthentication\" : \"VERIFIED\"", "\"accessControl\" : \"BAC\"",
                "\"dateOfBirth\" : \"1990-03-15\"", "\"format\" : \"JPEG\"", "\"qrMismatches\" : [ ]");
        assertThat(ok.out.strip()).startsWith("{").endsWith("}");

        Cli refused = cli("--reader", READER, "--document-number", holder.number(), "--birth", "1990-03-15", "--expiry", "2015-03-16");
        assertThat(refused.exit).isEqualTo(1);
        assertThat(refused.err).contains("kiểm tra lại thẻ");
        assertThat(refused.out).isEmpty();

        card.close();
        Thread.sleep(1000);
        Cli none = cli("--reader", READER, "--wait", "1", "--mrz", "IDVNM0900123454001090012345<<3\\n9003151M1503152VNM<<<<<<<<<<<0\\nNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<");
        assertThat(none.exit).as(none.err).isIn(2, 64);
        Cli noReader = cli("--reader", "No Such Reader", "--document-number", holder.number(), "--birth", "1990-03-15", "--expiry", "2015-03-15");
        assertThat(noReader.exit).isEqualTo(2);
        assertThat(noReader.err).doesNotContain(holder.number());
    }

    @Test
    void aCardThatNeverExpiresIsReadWithTheKeyOfItsMrzsFillers() throws IOException {
        ChipFields holder = Holders.elderly();
        assertThat(CardValidity.expiry(LocalDate.parse(holder.dateOfBirth()), LocalDate.parse(holder.issueDate()))).isEmpty();
        lay(holder, Tamper.NONE);
        // the back's MRZ as printed: the expiry six fillers, its check digit '<'
        Cli ok = cli("--reader", READER, "--mrz",
                "IDVNM05801234560010580123457<<\\n5803125F<<<<<<<VNM<<<<<<<<<<<2\\nTRAN<<THI<MAI<<<<<<<<<<<<<<<<<");
        assertThat(ok.exit).as(ok.err).isZero();
        assertThat(ok.out).contains("\"expiryDate\" : \"Không thời hạn\"", "\"dateOfBirth\" : \"1958-03-12\"");
    }

    private record Cli(int exit, String out, String err) {
    }

    private Cli cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new ReadChipCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock)).execute(args);
        return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
