package vn.motcua.kiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.QueueEvent;
import vn.motcua.kiosk.offline.OfflineJournal;
import vn.motcua.kiosk.support.KioskRig;
import vn.motcua.kiosk.support.Ocr;
import vn.motcua.kiosk.support.SimKioskTest;

/** The server goes away and comes back: leased numbers, tickets printed offline, replay in arrival order. */
class KioskOfflineTest extends SimKioskTest {
    @BeforeEach
    void leased() throws Exception {
        // the kiosk leases service by service in the background; every service used below must be covered
        // (D was left out and, on a loaded machine, not yet leased when its test stopped the server)
        long until = System.currentTimeMillis() + 20_000;
        while (java.util.stream.Stream.of("A", "B", "C", "D").anyMatch(s -> rig.kiosk.offline().held(s) < 5)
                && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
    }

    @Test
    void offlineTicketsPrintFromTheLeaseAndJoinTheQueueInArrivalOrder() throws Exception {
        assertThat(rig.kiosk.offline().held("A")).isEqualTo(5);
        rig.stopServer();

        KioskRig.Reply first = rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\"}");
        KioskRig.Reply second = rig.kiosk("POST", "/local/tickets", "{\"service\":\"A\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("number").asText()).isEqualTo("A9995"); // the block 9995..9999
        assertThat(first.body().has("estimatedWaitMinutes")).isFalse();
        assertThat(second.body().get("number").asText()).isEqualTo("A9996");
        String printed = Ocr.vietnamese(ImageIO.read(dir.resolve("printer/1.png").toFile()));
        assertThat(printed).contains("chưa xác định");

        rig.restartServer();
        String online = rig.managerPost("/api/v1/tickets", "{\"service\":\"A\"}").get("number").asText();
        assertThat(online).isEqualTo("A0001"); // online numbers stay below the leased block
        assertThat(rig.kiosk.offline().replay()).isZero();

        List<QueueEvent> issued = rig.events().stream().filter(e -> e.type().equals("ticket.issued")).toList();
        assertThat(issued).extracting(QueueEvent::number).containsExactlyInAnyOrder("A9995", "A9996", "A0001");
        assertThat(issued).extracting(QueueEvent::number).doesNotHaveDuplicates();
        // the queue serves by arrival: the two offline tickets were printed before A0001 was issued
        String officer = rig.officerToken(2);
        rig.officerPost(officer, "/api/v1/counters/2/open");
        assertThat(rig.officerPost(officer, "/api/v1/counters/2/next").toString()).contains("A9995");
    }

    @Test
    void aKioskWithoutSpareNumbersSaysSoAndInventsNone() throws Exception {
        rig.stopServer();
        for (int i = 1; i <= 5; i++) {
            assertThat(rig.kiosk("POST", "/local/tickets", "{\"service\":\"B\"}").status()).isEqualTo(201);
        }
        KioskRig.Reply none = rig.kiosk("POST", "/local/tickets", "{\"service\":\"B\"}");

        assertThat(none.status()).isEqualTo(503);
        assertThat(none.body().get("messageVi").asText()).contains("không còn số dự phòng");
        assertThat(java.nio.file.Files.exists(dir.resolve("printer/6.bin"))).isFalse();
    }

    @Test
    void aPrintFailureOfflineVoidsTheNumberAndNothingIsReplayedForIt() throws Exception {
        rig.stopServer();
        rig.kiosk("POST", "/local/sim/printer", "{\"state\":\"cover-open\"}");
        assertThat(rig.kiosk("POST", "/local/tickets", "{\"service\":\"C\"}").status()).isEqualTo(503);
        rig.kiosk("POST", "/local/sim/printer", "{\"state\":\"ok\"}");
        // the status check refuses before a number is reserved, so the lease is untouched
        assertThat(rig.kiosk.offline().held("C")).isEqualTo(5);

        rig.restartServer();
        assertThat(rig.kiosk.offline().replay()).isZero();
        assertThat(rig.events()).extracting(QueueEvent::type).doesNotContain("ticket.issued");
    }

    @Test
    void theJournalSurvivesARestartOfTheKiosk() throws Exception {
        rig.stopServer();
        rig.kiosk("POST", "/local/tickets", "{\"service\":\"D\"}");

        OfflineJournal reopened = new OfflineJournal(rig.kioskStateDir());
        assertThat(reopened.pending()).singleElement().satisfies(e -> {
            assertThat(e.number()).isEqualTo("D9995");
            assertThat(e.status()).isEqualTo(OfflineJournal.Status.PRINTED);
        });
    }
}
