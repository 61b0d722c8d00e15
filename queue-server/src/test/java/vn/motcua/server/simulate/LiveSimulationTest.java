package vn.motcua.server.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import vn.motcua.server.app.AcceleratedClock;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.support.TestCentre;

/** The demo simulation runs through the ordinary services and fills the event log and the ratings. */
class LiveSimulationTest {
    @Test
    void aFewSimulatedHoursLeaveCallsFinishesAndRatings() throws Exception {
        try (TestCentre centre = new TestCentre(new AcceleratedClock(Clock.systemUTC(), 600));
             LiveSimulation sim = new LiveSimulation(centre.app.components(), 42).start()) {
            var db = centre.app.components().db();
            long until = System.currentTimeMillis() + 30_000;
            long ratings = 0;
            long issued = 0;
            long finished = 0;
            // until every figure has come (each at its own pace: five ratings may come before the 21st ticket)
            while (System.currentTimeMillis() < until && (ratings < 5 || issued <= 20 || finished == 0)) {
                Thread.sleep(250);
                ratings = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM rating"));
                issued = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM event WHERE type = 'ticket.issued'"));
                finished = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM event WHERE type = 'ticket.finished'"));
            }
            sim.close();
            long humanCounter = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM event WHERE counter_number = 1"));
            assertThat(issued).isGreaterThan(20);
            assertThat(finished).isPositive();
            assertThat(ratings).isGreaterThanOrEqualTo(5);
            assertThat(humanCounter).as("counter 1 is left to a human").isZero();
        }
    }

    @Test
    void aTicketFromARealKioskIsCalledAndEndedByASimulatedCounter() throws Exception {
        try (TestCentre centre = new TestCentre(new AcceleratedClock(Clock.systemUTC(), 600));
             LiveSimulation sim = new LiveSimulation(centre.app.components(), 7).start()) {
            // issued over HTTP, not by the simulation: the simulated counters know nothing of it beforehand
            long id = centre.issue("A", "NORMAL").body().get("id").asLong();
            var db = centre.app.components().db();
            // the loop ends as soon as the visit does; the bound only ends a failing run. One full run (CI=true, two
            // cores) saw the ticket called and not yet ended after 20 s of wall time (200 simulated minutes)
            long until = System.currentTimeMillis() + 90_000;
            long ended = 0;
            while (System.currentTimeMillis() < until && ended == 0) {
                Thread.sleep(250);
                ended = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM event WHERE ticket_id = ? AND type IN "
                        + "('ticket.finished', 'ticket.no_show', 'ticket.transferred')", id));
            }
            sim.close();
            long calledAtSimulatedCounter = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM event WHERE ticket_id = ? "
                    + "AND type = 'ticket.called' AND counter_number >= 2", id));
            assertThat(calledAtSimulatedCounter).isEqualTo(1);
            assertThat(ended).as("the counter saw the visit through").isEqualTo(1);
        }
    }

    @Test
    void withoutSimulateNothingHappensByItself() throws Exception {
        try (TestCentre centre = new TestCentre()) {
            Thread.sleep(500);
            long events = centre.app.components().db().read(c -> Sql.count(c, "SELECT COUNT(*) FROM event"));
            assertThat(events).isZero();
        }
    }
}
