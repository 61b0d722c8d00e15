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
    void aHelpRequestsFreeTextStaysHome() {
        assertThat(Outbox.publicDetail(vn.motcua.client.EventType.HELP_REQUESTED, "kiosk-1:Nguyễn Văn A cần giúp"))
                .isEqualTo("kiosk-1");
        assertThat(Outbox.publicDetail(vn.motcua.client.EventType.TICKET_FINISHED, "RECEIVED")).isEqualTo("RECEIVED");
        long stateRows = app.db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM upstream_state"));
        assertThat(stateRows).isEqualTo(1);
    }
}
