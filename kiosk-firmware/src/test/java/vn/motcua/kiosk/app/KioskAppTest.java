package vn.motcua.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.motcua.client.QueueEvent;
import vn.motcua.kiosk.support.KioskRig;
import vn.motcua.kiosk.support.QrReader;
import vn.motcua.kiosk.support.SimKioskTest;

/** The sim profile's kiosk against a real queue server: take a number, printer faults, help, paper low, scans. */
class KioskAppTest extends SimKioskTest {
    @Test
    void takingANumberPrintsATicketWhoseQrLeadsToItsStatusPage() throws Exception {
        KioskRig.Reply r = rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\",\"category\":\"ELDERLY\"}");

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("number").asText()).isEqualTo("A0001");
        assertThat(r.body().get("serviceNameVi").asText()).isEqualTo("Hộ tịch");
        assertThat(r.body().get("ahead").asInt()).isZero();
        assertThat(Files.size(printed.resolve("1.bin"))).isPositive();
        String qr = QrReader.read(ImageIO.read(printed.resolve("1.png").toFile()));
        assertThat(qr).isEqualTo(r.body().get("statusUrl").asText()).startsWith(rig.serverUrl + "/t/");
        // the first status reports of the printer, scanner, chip reader and GPIO panel (on the kiosk's timer, so
        // in any order with the ticket), and the ticket
        assertThat(rig.events()).extracting(QueueEvent::type).containsExactlyInAnyOrder("device.status", "device.status",
                "device.status", "device.status", "ticket.issued");
    }

    @Test
    void twoProceduresTakeOneNumberThatNamesBothAndBadPlansPrintNothing() throws Exception {
        KioskRig.Reply bad = rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\",\"thenServices\":\"C\"}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\",\"thenServices\":[\"A\"]}").status())
                .isEqualTo(409);
        assertThat(rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\",\"thenServices\":[\"Q\"]}").status())
                .isEqualTo(409);
        assertThat(Files.exists(printed.resolve("1.bin"))).isFalse();

        KioskRig.Reply r = rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\",\"thenServices\":[\"C\"]}");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.body().get("number").asText()).isEqualTo("A0001");
        assertThat(r.body().get("serviceNameVi").asText()).isEqualTo("Hộ tịch → Đất đai");
        assertThat(Files.size(printed.resolve("1.bin"))).isPositive();
        assertThat(rig.events()).extracting(QueueEvent::type).containsOnlyOnce("ticket.issued");
    }

    @Test
    void paperOutTakesNoNumberSendsTheCitizenToTheDeskAndAlertsTheManager() throws Exception {
        assertThat(rig.kiosk("POST", "/local/sim/printer", "{\"state\":\"paper-out\"}").status()).isEqualTo(204);

        KioskRig.Reply r = rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\"}");

        assertThat(r.status()).isEqualTo(503);
        assertThat(r.body().get("error").asText()).isEqualTo("PRINTER");
        assertThat(r.body().get("messageVi").asText()).contains("quầy hướng dẫn");
        assertThat(Files.exists(printed.resolve("1.bin"))).isFalse();
        assertThat(rig.events()).extracting(QueueEvent::type).doesNotContain("ticket.issued");
        assertThat(rig.managerGet("/api/v1/devices").toString()).contains("\"code\":\"PAPER_OUT\"");
        assertThat(rig.kiosk("GET", "/local/sim/led", null).body().get("on").asBoolean()).isTrue();

        rig.kiosk("POST", "/local/sim/printer", "{\"state\":\"ok\"}");
        assertThat(rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\"}").body().get("number").asText()).isEqualTo("A0001");
        assertThat(rig.managerGet("/api/v1/devices").toString()).contains("\"code\":\"OK\"");
    }

    @Test
    void healthSaysThePrinterStateAndFailsWhileItCannotPrint() throws Exception {
        KioskRig.Reply ok = rig.kiosk("GET", "/health", null);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.body().get("status").asText()).isEqualTo("ok");
        assertThat(ok.body().at("/printer/code").asText()).isEqualTo("OK");
        assertThat(ok.body().at("/scanner/code").asText()).isEqualTo("OK");
        assertThat(ok.body().at("/gpio/state").asText()).isEqualTo("ONLINE");
        assertThat(ok.body().at("/cardReader/state").asText()).isEqualTo("ONLINE");
        assertThat(ok.body().get("stateWritable").asBoolean()).isTrue();

        rig.kiosk("POST", "/local/sim/printer", "{\"state\":\"paper-out\"}");
        rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\"}"); // the refused print reads the status

        KioskRig.Reply out = rig.kiosk("GET", "/health", null);
        assertThat(out.status()).isEqualTo(503);
        assertThat(out.body().get("status").asText()).isEqualTo("failed");
        assertThat(out.body().at("/printer/code").asText()).isEqualTo("PAPER_OUT");
    }

    @Test
    void anUnpluggedScannerAndALooseGpioWireDegradeTheKioskAndAlertTheManager() throws Exception {
        rig.kiosk("POST", "/local/sim/scanner", "{\"unplug\":true}");
        rig.kiosk("POST", "/local/sim/gpio", "{\"wiringFault\":true}");

        KioskRig.Reply h = rig.kiosk("GET", "/health", null);
        assertThat(h.status()).as("tickets still print").isEqualTo(200);
        assertThat(h.body().get("status").asText()).isEqualTo("degraded");
        assertThat(h.body().at("/scanner/state").asText()).isEqualTo("OFFLINE");
        assertThat(h.body().at("/scanner/code").asText()).isEqualTo("NOT_CONNECTED");
        assertThat(h.body().at("/gpio/code").asText()).isEqualTo("PIN_FAULT");
        String devices = rig.managerGet("/api/v1/devices").toString();
        assertThat(devices).contains("\"part\":\"scanner\",\"state\":\"OFFLINE\",\"code\":\"NOT_CONNECTED\"")
                .contains("\"part\":\"gpio\",\"state\":\"OFFLINE\",\"code\":\"PIN_FAULT\"");
        assertThat(rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\"}").status()).isEqualTo(201);

        rig.kiosk("POST", "/local/sim/scanner", "{\"unplug\":false}");
        rig.kiosk("POST", "/local/sim/gpio", "{\"wiringFault\":false}");
        assertThat(rig.kiosk("GET", "/health", null).body().get("status").asText()).isEqualTo("ok");
        assertThat(rig.managerGet("/api/v1/devices").toString()).doesNotContain("NOT_CONNECTED", "PIN_FAULT");
    }

    @Test
    void theGpioHelpButtonReachesTheServerAndPaperLowLightsTheLed() throws Exception {
        assertThat(rig.kiosk("GET", "/local/sim/led", null).body().get("on").asBoolean()).isFalse();

        rig.kiosk("POST", "/local/sim/help", null);
        rig.kiosk("POST", "/local/sim/paper-low", "{\"low\":true}");

        List<QueueEvent> events = rig.events();
        assertThat(events).filteredOn(e -> e.type().equals("help.requested")).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("kiosk-1:help button"));
        assertThat(rig.kiosk("GET", "/local/sim/led", null).body().get("on").asBoolean()).isTrue();
        assertThat(rig.managerGet("/api/v1/devices").toString()).contains("\"code\":\"PAPER_LOW\"");
        // paper low still prints
        assertThat(rig.kiosk("POST", "/local/tickets", "{\"service\":\"B\"}").status()).isEqualTo(201);

        rig.kiosk("POST", "/local/sim/paper-low", "{\"low\":false}");
        assertThat(rig.kiosk("GET", "/local/sim/led", null).body().get("on").asBoolean()).isFalse();
    }

    @Test
    void anIdCardScanReachesTheScreenMaskedAndProposesPriorityFromAge() throws Exception {
        BlockingQueue<String[]> events = screenEvents();

        String payload = "027050000123||Lê Văn Hùng|30091950|Nam|Thôn Đông, xã Phù Chẩn, Bắc Ninh|10032021";
        rig.kiosk("POST", "/local/sim/scan", rig.json(java.util.Map.of("payload", payload)));

        String[] event = events.poll(5, TimeUnit.SECONDS);
        assertThat(event[0]).isEqualTo("scan");
        assertThat(event[1]).contains("\"kind\":\"id\"", "\"elderly\":true", "\"maskedNumber\":\"********0123\"",
                "\"valid\":true").doesNotContain("Hùng", "027050000123", "Phù Chẩn");
    }

    @Test
    void theScreenLearnsTheNumberBeforeThePrintIsDone() throws Exception {
        BlockingQueue<String[]> events = screenEvents();

        KioskRig.Reply r = rig.kiosk("POST", "/local/tickets", "{\"service\":\"D\"}");

        String[] event = events.poll(5, TimeUnit.SECONDS);
        assertThat(event[0]).isEqualTo("printing");
        assertThat(event[1]).contains("\"number\":\"D0001\"");
        assertThat(r.body().get("number").asText()).isEqualTo("D0001");
    }

    /** The touch UI's event stream as (event, data) pairs, once the kiosk has taken the subscription. */
    private BlockingQueue<String[]> screenEvents() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(URI.create(rig.kioskUrl + "/local/events"))
                        .header("Accept", "text/event-stream").header("X-Kiosk-Key", rig.kiosk.localKey()).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(resp -> resp.body().forEach(lines::add));
        // the kiosk says "listening" once it keeps the stream; the page counts the stream from then on
        String first;
        do {
            first = lines.poll(5, TimeUnit.SECONDS);
            assertThat(first).as("the listening event").isNotNull();
        } while (!first.startsWith("event:") || !first.substring(6).trim().equals("listening"));
        assertThat(lines.poll(5, TimeUnit.SECONDS)).startsWith("data:");
        BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            String name = null;
            try {
                for (;;) {
                    String line = lines.take();
                    if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        events.add(new String[] {name, line.substring(5).trim()});
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    @Test
    void badRequestsFromTheScreenAreRefusedAndTakeNoNumber() throws Exception {
        assertThat(rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\",\"category\":\"VIP\"}").status()).isEqualTo(400);
        assertThat(rig.kiosk("POST", "/local/tickets", "not json").status()).isEqualTo(400);
        assertThat(rig.kiosk("POST", "/local/tickets", "{\"service\":\"Z\"}").status()).isEqualTo(409);
        assertThat(rig.events()).extracting(QueueEvent::type).doesNotContain("ticket.issued");
    }
}
