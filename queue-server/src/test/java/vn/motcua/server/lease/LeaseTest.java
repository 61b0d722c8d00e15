package vn.motcua.server.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.motcua.server.support.CentreOnTestClock;
import vn.motcua.server.support.TestCentre;

/** Leased numbers for offline kiosks, over real HTTP on a temp SQLite file. */
class LeaseTest extends CentreOnTestClock {
    LeaseTest() {
        super(java.time.Instant.parse("2026-11-23T02:00:00Z")); // 09:00 in the centre
    }

    private TestCentre.Response lease(String token, String service, int size) {
        return centre.call("POST", "/api/v1/leases", token, "{\"service\":\"" + service + "\",\"size\":" + size + "}");
    }

    private TestCentre.Response replay(long leaseId, String number, OffsetDateTime at, String requestId) {
        return centre.call("POST", "/api/v1/tickets/offline", centre.kioskToken(), "{\"leaseId\":" + leaseId
                + ",\"number\":\"" + number + "\",\"category\":\"NORMAL\",\"issuedAt\":\"" + at + "\",\"requestId\":\""
                + requestId + "\"}");
    }

    @Test
    void aLeasedBlockIsNeverIssuedOnlineAndReplayedTicketsQueueByArrival() {
        TestCentre.Response lease = lease(centre.kioskToken(), "A", 10);
        assertThat(lease.status()).isEqualTo(201);
        // from the top of the range, so a normal day still starts at A0001
        assertThat(lease.body().get("first").asInt()).isEqualTo(9990);
        assertThat(lease.body().get("last").asInt()).isEqualTo(9999);
        long leaseId = lease.body().get("id").asLong();
        assertThat(lease(centre.kioskToken(), "A", 5).body().get("first").asInt()).isEqualTo(9985);

        clock.advance(java.time.Duration.ofMinutes(10));
        assertThat(centre.issue("A", "NORMAL").body().get("number").asText()).isEqualTo("A0001");

        OffsetDateTime printedBefore = OffsetDateTime.of(2026, 11, 23, 9, 5, 0, 0, ZoneOffset.ofHours(7));
        TestCentre.Response replayed = replay(leaseId, "A9990", printedBefore, "offline-1");
        assertThat(replayed.status()).isEqualTo(201);
        assertThat(replayed.body().get("number").asText()).isEqualTo("A9990");
        // same requestId again (the kiosk lost the answer): the same ticket, not a second one
        TestCentre.Response again = replay(leaseId, "A9990", printedBefore, "offline-1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id").asLong()).isEqualTo(replayed.body().get("id").asLong());

        String officer = centre.officerAt(2);
        centre.call("POST", "/api/v1/counters/2/open", officer, null);
        TestCentre.Response called = centre.call("POST", "/api/v1/counters/2/next", officer, null);
        assertThat(called.body().toString()).contains("A9990"); // printed at 09:05, before A0001 at 09:10
    }

    @Test
    void refusedReplaysChangeNothing() {
        long leaseId = lease(centre.kioskToken(), "B", 5).body().get("id").asLong();
        OffsetDateTime now = OffsetDateTime.of(2026, 11, 23, 9, 0, 0, 0, ZoneOffset.ofHours(7));

        assertThat(replay(leaseId, "B9994", now, "r1").status()).isEqualTo(400);       // outside the block 9995..9999
        assertThat(replay(leaseId, "A9995", now, "r2").status()).isEqualTo(400);       // another service's prefix
        assertThat(replay(leaseId, "B9995", now.minusDays(1), "r3").status()).isEqualTo(400); // not the lease's day
        assertThat(replay(leaseId + 99, "B9995", now, "r4").status()).isEqualTo(404);  // no such lease
        assertThat(replay(leaseId, "B9995", now, "r5").status()).isEqualTo(201);
        assertThat(replay(leaseId, "B9995", now, "r6").status()).isEqualTo(409);       // number already used
        assertThat(lease(centre.kioskToken(), "B", 0).status()).isEqualTo(400);
        assertThat(lease(centre.kioskToken(), "Z", 5).status()).isEqualTo(400);
        assertThat(lease(centre.boardToken(), "B", 5).status()).isEqualTo(403);
        assertThat(lease(null, "B", 5).status()).isEqualTo(401);

        var queue = centre.call("GET", "/api/v1/queue", null, null).body().toString();
        assertThat(queue).contains("\"waiting\":1");
    }

    @Test
    void aLeaseFromYesterdayCannotJoinTodaysQueue() {
        long leaseId = lease(centre.kioskToken(), "C", 5).body().get("id").asLong();
        OffsetDateTime printed = OffsetDateTime.of(2026, 11, 23, 16, 0, 0, 0, ZoneOffset.ofHours(7));
        clock.advance(java.time.Duration.ofDays(1));

        TestCentre.Response r = replay(leaseId, "C9995", printed, "late-1");

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body().toString()).contains("lease_expired");
    }
}
