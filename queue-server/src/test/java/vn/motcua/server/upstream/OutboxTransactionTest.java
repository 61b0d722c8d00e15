package vn.motcua.server.upstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.client.upstream.UpstreamKind;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.event.NewEvent;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.TestCentre;

/** An outbox row exists exactly when the change it carries committed. */
class OutboxTransactionTest {
    private TestCentre centre;
    private ServerApp.Components app;
    private final Outbox outbox = new Outbox();

    @BeforeEach
    void start() throws Exception {
        centre = new TestCentre();
        app = centre.app.components();
    }

    @AfterEach
    void stop() {
        centre.close();
    }

    private List<UpstreamEvent> rows() {
        return app.db().read(c -> outbox.after(c, 0, 10_000));
    }

    @Test
    void aRolledBackEventLeavesNoRowAndACommittedOneLeavesItsRow() {
        int before = rows().size();
        long now = app.clock().millis();
        assertThatThrownBy(() -> app.recorder().transaction(tx -> {
            tx.record(NewEvent.counterChanged(now, "2026-03-02", 3, "OPEN", null));
            throw new IllegalStateException("the work fails after recording");
        })).hasMessageContaining("fails after recording");
        assertThat(rows()).hasSize(before);

        long eventId = app.recorder().transaction(tx -> tx.record(NewEvent.counterChanged(now, "2026-03-02", 3, "OPEN", null)))
                .id();
        List<UpstreamEvent> after = rows();
        assertThat(after).hasSize(before + 1);
        UpstreamEvent last = after.get(after.size() - 1);
        assertThat(last.kind()).isEqualTo(UpstreamKind.QUEUE);
        assertThat(last.queue().eventId()).isEqualTo(eventId);
        assertThat(last.queue().counter()).isEqualTo(3);
        assertThat(last.queue().counterState()).isEqualTo("OPEN");
        assertThat(last.serviceDay()).isEqualTo("2026-03-02");
    }

    @Test
    void aServiceIsFedWithItsTransaction() {
        int before = rows().size();
        ServiceDef s = new ServiceDef("Z", "Z", "Thử nghiệm", "Trial", 12, 25, 8, true, 99);
        assertThatThrownBy(() -> app.db().transaction(c -> {
            app.services().insert(c, s, app.clock().millis());
            throw new IllegalStateException("undo");
        })).hasMessage("undo");
        assertThat(rows()).hasSize(before);
        java.util.Optional<ServiceDef> undone = app.db().read(c -> app.services().find(c, "Z"));
        assertThat(undone).isEmpty();

        app.db().transaction(c -> {
            app.services().insert(c, s, app.clock().millis());
            return null;
        });
        UpstreamEvent last = rows().get(before);
        assertThat(last.kind()).isEqualTo(UpstreamKind.SERVICE);
        assertThat(last.service().code()).isEqualTo("Z");
        assertThat(last.service().nameVi()).isEqualTo("Thử nghiệm");
        assertThat(last.service().targetWaitMin()).isEqualTo(12);
        assertThat(last.service().targetProcessingMin()).isEqualTo(25);
        assertThat(last.service().carryOver()).isTrue();
    }

    @Test
    void theMigrationQueuesTheCatalogueOnceAndIdsAreNeverReusedAfterPruning() {
        // the demo catalogue was seeded after V14, through ServiceStore: one SERVICE row per service
        List<String> services = app.db().read(c -> app.services().all(c)).stream().map(ServiceDef::code).toList();
        assertThat(rows().stream().filter(e -> e.kind() == UpstreamKind.SERVICE).map(e -> e.service().code()))
                .containsExactlyInAnyOrderElementsOf(services);
        long maxBefore = rows().get(rows().size() - 1).id();
        int pruned = app.db().transaction(c -> outbox.pruneUnconfigured(c, app.clock().millis() + Duration.ofDays(1).toMillis()));
        assertThat(pruned).isPositive();
        assertThat(rows()).isEmpty();
        long id = app.recorder().transaction(tx -> tx.record(NewEvent.counterChanged(app.clock().millis(), "2026-03-02", 3,
                "OPEN", null))).id();
        assertThat(rows()).singleElement().satisfies(e -> {
            assertThat(e.id()).isGreaterThan(maxBefore);
            assertThat(e.queue().eventId()).isEqualTo(id);
        });
    }

    @Test
    void theSeededDemoHistoryIsFedRowForRowLikeLiveWork() {
        int before = rows().size();
        int visits = new vn.motcua.server.demo.HistorySeeder().seed(app, java.time.LocalDate.of(2026, 3, 4), 1, 18);
        assertThat(visits).isPositive();
        List<UpstreamEvent> fed = rows().subList(before, rows().size());
        List<vn.motcua.client.QueueEvent> events = app.db().read(c -> app.events().after(c, 0, 1_000_000));
        List<UpstreamEvent> queue = fed.stream().filter(e -> e.kind() == UpstreamKind.QUEUE).toList();
        assertThat(queue).hasSameSizeAs(events);
        for (int i = 0; i < events.size(); i++) {
            vn.motcua.client.QueueEvent e = events.get(i);
            UpstreamEvent u = queue.get(i);
            assertThat(u.queue().eventId()).isEqualTo(e.id());
            assertThat(u.at()).isEqualTo(e.at().toInstant().toEpochMilli());
            assertThat(u.queue().type()).isEqualTo(e.type());
            assertThat(u.queue().ticketId()).isEqualTo(e.ticketId());
            assertThat(u.queue().number()).isEqualTo(e.number());
            assertThat(u.queue().service()).isEqualTo(e.service());
            assertThat(u.queue().category()).isEqualTo(e.category() == null ? null : e.category().name());
            assertThat(u.queue().state()).isEqualTo(e.state() == null ? null : e.state().name());
            assertThat(u.queue().counter()).isEqualTo(e.counter());
            assertThat(u.queue().recalls()).isEqualTo(e.recalls());
            assertThat(u.queue().detail()).isEqualTo(e.detail());
        }
        List<Long> officers = app.db().read(c -> Sql.list(c, "SELECT officer_id FROM event ORDER BY id",
                rs -> Sql.longOrNull(rs, "officer_id")));
        assertThat(queue.stream().map(u -> u.queue().officer()).toList()).isEqualTo(officers);
        List<String> ratings = app.db().read(c -> Sql.list(c, "SELECT ticket_id || ' ' || score || ' ' || "
                + "COALESCE(reasons, '') FROM rating ORDER BY ticket_id", rs -> rs.getString(1)));
        assertThat(ratings).isNotEmpty().anyMatch(r -> r.endsWith("FAST_SERVICE"));
        assertThat(fed.stream().filter(e -> e.kind() == UpstreamKind.RATING)
                .map(e -> e.rating().ticketId() + " " + e.rating().score() + " " + String.join(",", e.rating().reasons()))
                .sorted(java.util.Comparator.comparingLong(r -> Long.parseLong(r.substring(0, r.indexOf(' '))))))
                .containsExactlyElementsOf(ratings);
    }

    @Test
    void aHelpRequestsFreeTextStaysHome() {
        assertThat(Outbox.publicDetail(vn.motcua.client.EventType.HELP_REQUESTED, "kiosk-1:Nguyễn Văn A cần giúp"))
                .isEqualTo("kiosk-1");
        assertThat(Outbox.publicDetail(vn.motcua.client.EventType.TICKET_FINISHED, "RECEIVED")).isEqualTo("RECEIVED");
        long stateRows = app.db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM upstream_state"));
        assertThat(stateRows).isEqualTo(1);
    }
}
