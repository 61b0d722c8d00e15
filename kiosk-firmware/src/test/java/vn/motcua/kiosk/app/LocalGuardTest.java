package vn.motcua.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.client.QueueEvent;
import vn.motcua.kiosk.printer.EscPosPrinterEmulator;
import vn.motcua.kiosk.printer.PrinterConfig;
import vn.motcua.kiosk.profile.HardwareProfile;
import vn.motcua.kiosk.profile.ProfileLoader;
import vn.motcua.kiosk.scanner.ScannerConfig;
import vn.motcua.kiosk.support.KioskRig;
import vn.motcua.kiosk.support.SocatPair;

/**
 * Issue 16: the kiosk's local API answers only its own page. Each request is the one another page (or a
 * DNS-rebinding site) sent, as raw HTTP so the Host, Origin and Content-Type are exactly the attacker's.
 */
class LocalGuardTest {
    @TempDir
    Path dir;

    /** Status line and body of one raw HTTP/1.1 request to the kiosk. */
    private static String[] raw(KioskRig rig, String method, String path, Map<String, String> headers, String body)
            throws Exception {
        StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        if (!headers.containsKey("Host")) {
            req.append("Host: 127.0.0.1:").append(rig.kiosk.port()).append("\r\n");
        }
        headers.forEach((k, v) -> req.append(k).append(": ").append(v).append("\r\n"));
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        // without a body a browser sends no Content-Length (GET, DELETE); chunks carry their own lengths
        if (body != null && !headers.containsKey("Transfer-Encoding")) {
            req.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        req.append("Connection: close\r\n\r\n");
        try (Socket s = new Socket("127.0.0.1", rig.kiosk.port())) {
            s.getOutputStream().write(req.toString().getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().write(bytes);
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            return new String[] {answer.substring(0, answer.indexOf("\r\n")), end < 0 ? "" : answer.substring(end + 4)};
        }
    }

    private static long issued(KioskRig rig) {
        return rig.events().stream().filter(e -> e.type().equals("ticket.issued") || e.type().equals("help.requested")).count();
    }

    @Test
    void anotherPageCannotDriveTheKiosk() throws Exception {
        try (KioskRig rig = KioskRig.sim(dir)) {
            String key = rig.kiosk.localKey();
            // the no-cors fetch of the issue: text/plain, no key
            String[] plain = raw(rig, "POST", "/local/tickets", Map.of("Content-Type", "text/plain"), "{\"service\":\"C\"}");
            assertThat(plain[0]).contains("403");
            assertThat(plain[1]).contains("kiosk_key");
            assertThat(raw(rig, "POST", "/local/help", Map.of("Content-Type", "application/x-www-form-urlencoded"), "a=b")[0])
                    .contains("403");
            assertThat(raw(rig, "POST", "/local/sim/printer", Map.of("Content-Type", "text/plain"), "{\"state\":\"paper-out\"}")[0])
                    .contains("403");
            // with the key (which another page cannot read) but a body that needs no preflight: still refused
            assertThat(raw(rig, "POST", "/local/tickets", Map.of("Content-Type", "text/plain", LocalGuard.HEADER, key),
                    "{\"service\":\"C\"}")[0]).contains("415");
            // a page of another origin, even one that somehow had the key
            assertThat(raw(rig, "POST", "/local/tickets", Map.of("Content-Type", "application/json", LocalGuard.HEADER, key,
                    "Origin", "http://evil.example"), "{\"service\":\"C\"}")[0]).contains("403");
            assertThat(issued(rig)).as("no ticket, no help request").isZero();
            assertThat(rig.kiosk("GET", "/local/status", null).body().get("printer").toString()).doesNotContain("PAPER_OUT");

            // the kiosk's own page, as its script sends it, works
            String[] own = raw(rig, "POST", "/local/tickets", Map.of("Content-Type", "application/json", LocalGuard.HEADER, key,
                    "Origin", "http://127.0.0.1:" + rig.kiosk.port()), "{\"service\":\"C\"}");
            assertThat(own[0]).contains("201");
            assertThat(issued(rig)).isEqualTo(1);
        }
    }

    @Test
    void aForeignHostGetsNothingAndThePageNeverHoldsTheFullNumber() throws Exception {
        try (KioskRig rig = KioskRig.sim(dir)) {
            String key = rig.kiosk.localKey();
            String attacker = "attacker.example:" + rig.kiosk.port();
            // DNS rebinding: the attacker's name in Host. Neither the page (with its key) nor the API answers.
            assertThat(raw(rig, "GET", "/", Map.of("Host", attacker), null)[0]).contains("403");
            assertThat(raw(rig, "GET", "/local/dossier/identity", Map.of("Host", attacker, LocalGuard.HEADER, key), null)[0])
                    .contains("403");
            // the own page carries this boot's key
            String[] page = raw(rig, "GET", "/", Map.of(), null);
            assertThat(page[0]).contains("200");
            assertThat(page[1]).contains("<meta name=\"kiosk-key\" content=\"" + key + "\">");

            rig.kiosk("POST", "/local/dossier/session", null);
            rig.kiosk("POST", "/local/sim/scan", rig.json(Map.of("payload",
                    "001089012345||Nguyễn Văn An|12051989|Nam|Số 1 Tràng Tiền, Hà Nội|20042021")));
            String identity = "";
            for (int i = 0; i < 50 && !identity.contains("\"identified\":true"); i++) {
                Thread.sleep(100);
                identity = rig.kiosk("GET", "/local/dossier/identity", null).body().toString();
            }
            assertThat(identity).contains("\"identified\":true", "********2345", "Nguyễn Văn An").doesNotContain("001089012345");
        }
    }

    @Test
    void theOwnPageEndsADossierSessionWithABodilessDelete() throws Exception {
        try (KioskRig rig = KioskRig.sim(dir)) {
            String key = rig.kiosk.localKey();
            // a card scanned on the greeting is held for this visit's dossier
            rig.kiosk("POST", "/local/sim/scan", rig.json(Map.of("payload",
                    "001089012345||Nguyễn Văn An|12051989|Nam|Số 1 Tràng Tiền, Hà Nội|20042021"))); // handled before it answers
            // the page going home ends the visit as Chromium sends it: DELETE, the key, no body, no Content-Length
            assertThat(raw(rig, "DELETE", "/local/dossier/session", Map.of(LocalGuard.HEADER, key), null)[0]).contains(" 204 ");
            // so the next citizen's dossier does not start with that card
            rig.kiosk("POST", "/local/dossier/session", null);
            assertThat(rig.kiosk("GET", "/local/dossier/identity", null).body().get("identified").asBoolean())
                    .as("the previous visitor's card").isFalse();
            // a DELETE that does carry a body still has to carry it as JSON
            assertThat(raw(rig, "DELETE", "/local/dossier/session", Map.of(LocalGuard.HEADER, key, "Content-Type", "text/plain"),
                    "x")[0]).contains(" 415 ");
            assertThat(raw(rig, "DELETE", "/local/dossier/session", Map.of(LocalGuard.HEADER, key, "Content-Type", "text/plain",
                    "Transfer-Encoding", "chunked"), "1\r\nx\r\n0\r\n\r\n")[0]).contains(" 415 ");
        }
    }

    @Test
    void aRealProfileHasNoSimulationRoutes() throws Exception {
        Path printerPty = Files.createDirectories(dir.resolve("printer-pty"));
        Path scannerPty = Files.createDirectories(dir.resolve("scanner-pty"));
        try (SocatPair printerLine = new SocatPair(printerPty); SocatPair scannerLine = new SocatPair(scannerPty);
             EscPosPrinterEmulator printer = new EscPosPrinterEmulator(new FileInputStream(printerLine.far().toFile()),
                     new FileOutputStream(printerLine.far().toFile()))) {
            HardwareProfile rpi = new ProfileLoader().load("rpi4-serial-58mm");
            PrinterConfig p = rpi.printer();
            // every part real: serial printer and scanner on PTYs, no GPIO panel, no document camera
            HardwareProfile real = new HardwareProfile(rpi.name(), rpi.description(), new PrinterConfig(p.transport(),
                    printerLine.device().toString(), null, p.baud(), p.paperWidthMm(), p.dotsPerLine(), p.textMode(),
                    p.codePage(), p.qrMode(), 300), new ScannerConfig("serial", scannerLine.device().toString(), 9600, null, 100),
                    new ProfileLoader().load("x86-usb-80mm").gpio(), rpi.ui(), rpi.camera(), rpi.cardReader());
            try (KioskRig rig = new KioskRig(dir.resolve("server"), real, KioskDevices.open(real))) {
                for (String[] route : new String[][] {{"POST", "/local/sim/scan"}, {"POST", "/local/sim/help"},
                        {"POST", "/local/sim/paper-low"}, {"GET", "/local/sim/led"}, {"POST", "/local/sim/printer"},
                        {"GET", "/local/sim/last-ticket.png"}, {"POST", "/local/sim/document-camera"}, {"POST", "/local/sim/card"}}) {
                    String body = route[0].equals("POST") ? "{\"file\":\"/etc/passwd\",\"state\":\"paper-out\"}" : null;
                    assertThat(raw(rig, route[0], route[1], Map.of("Content-Type", "application/json", LocalGuard.HEADER,
                            rig.kiosk.localKey()), body)[0]).as(route[1]).contains(" 404 ");
                }
                assertThat(rig.kiosk("GET", "/local/config", null).body().get("simulated").asBoolean()).isFalse();
                assertThat(rig.events()).extracting(QueueEvent::type).doesNotContain("help.requested");
            }
        }
    }
}
