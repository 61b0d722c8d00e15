package vn.motcua.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.client.QueueEvent;
import vn.motcua.kiosk.printer.EscPosRenderer;
import vn.motcua.kiosk.printer.PrinterConfig;
import vn.motcua.kiosk.printer.PrinterFonts;
import vn.motcua.kiosk.printer.PrinterStatus;
import vn.motcua.kiosk.profile.HardwareProfile;
import vn.motcua.kiosk.profile.ProfileLoader;
import vn.motcua.kiosk.printer.EscPosPrinterEmulator;
import vn.motcua.kiosk.support.KioskRig;
import vn.motcua.kiosk.support.QrReader;
import vn.motcua.kiosk.support.SocatPair;

/**
 * The rpi4-serial-58mm kiosk with its printer on a socat PTY: the fake printer at the far end answers
 * DLE EOT, and a ticket that did not print must not stay in the queue.
 */
class KioskSerialPrinterTest {
    @TempDir
    Path dir;
    private SocatPair pty;
    private EscPosPrinterEmulator printer;
    private KioskRig rig;

    @BeforeEach
    void start() throws Exception {
        pty = new SocatPair(dir);
        printer = new EscPosPrinterEmulator(new FileInputStream(pty.far().toFile()), new FileOutputStream(pty.far().toFile()));
        HardwareProfile rpi = new ProfileLoader().load("rpi4-serial-58mm");
        PrinterConfig p = rpi.printer();
        HardwareProfile profile = new HardwareProfile(rpi.name(), rpi.description(), new PrinterConfig(p.transport(),
                pty.device().toString(), null, p.baud(), p.paperWidthMm(), p.dotsPerLine(), p.textMode(), p.codePage(),
                p.qrMode(), 300), new ProfileLoader().load("sim").scanner(), new ProfileLoader().load("sim").gpio(), rpi.ui(),
                rpi.camera(), rpi.cardReader());
        rig = new KioskRig(dir.resolve("server"), profile, KioskDevices.open(profile));
    }

    @AfterEach
    void stop() throws Exception {
        rig.close();
        printer.close();
        pty.close();
    }

    @Test
    void theTicketCrossesTheSerialLineAndReadsBack() throws Exception {
        KioskRig.Reply r = rig.kiosk("POST", "/local/tickets", "{\"service\":\"C\"}");

        assertThat(r.status()).isEqualTo(201);
        var paper = new EscPosRenderer(384, new PrinterFonts()).render(printer.printed());
        assertThat(QrReader.read(paper)).isEqualTo(r.body().get("statusUrl").asText());
    }

    @Test
    void aPrinterAnsweringPaperOutIsRefusedBeforeANumberIsTaken() throws Exception {
        printer.state(new PrinterStatus(true, true, false, false, false, "paper out"));

        KioskRig.Reply r = rig.kiosk("POST", "/local/tickets", "{\"service\":\"C\"}");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.body().get("error").asText()).isEqualTo("PRINTER");
        assertThat(printer.printed()).isEmpty();
        assertThat(rig.events()).extracting(QueueEvent::type).doesNotContain("ticket.issued");
        assertThat(rig.managerGet("/api/v1/devices").toString()).contains("\"code\":\"PAPER_OUT\"");
    }

    @Test
    void aCoverOpenedWhilePrintingCancelsTheTicketOnTheServer() throws Exception {
        printer.failDuringNextDocument(new PrinterStatus(true, false, false, true, false, "cover open"));

        KioskRig.Reply r = rig.kiosk("POST", "/local/tickets", "{\"service\":\"C\"}");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.body().get("messageVi").asText()).contains("quầy hướng dẫn");
        assertThat(rig.events()).extracting(QueueEvent::type).contains("ticket.issued", "ticket.cancelled");
        assertThat(rig.managerGet("/api/v1/queue").toString()).doesNotContain("C0001");
        assertThat(rig.managerGet("/api/v1/devices").toString()).contains("\"code\":\"COVER_OPEN\"");
    }

    @Test
    void anUnpluggedPrinterIsOfflineAndNothingIsClaimed() throws Exception {
        printer.silent(true);

        KioskRig.Reply r = rig.kiosk("POST", "/local/tickets", "{\"service\":\"C\"}");

        assertThat(r.status()).isEqualTo(503);
        assertThat(rig.events()).extracting(QueueEvent::type).doesNotContain("ticket.issued");
        assertThat(rig.managerGet("/api/v1/devices").toString()).contains("\"code\":\"NO_ANSWER\"");
    }
}
