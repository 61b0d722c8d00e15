package vn.motcua.server.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.client.CentreTime;
import vn.motcua.client.Category;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.PolicySettings;

/**
 * Visitors still to come are played in by category: the policy orders priority visitors by category weight,
 * so an elderly visitor arriving later goes ahead of a waiting appointment visitor and a later appointment
 * visitor does not. (Playing every future priority visitor as elderly made appointment visitors' forecasts
 * hours too long on the bench's appointment day.)
 */
class ArrivalCategoryForecastTest {
    /** Monday 2026-03-02 09:00 in Asia/Ho_Chi_Minh. */
    private static final long NOW = Instant.parse("2026-03-02T02:00:00Z").toEpochMilli();
    private static final long WAITING_ID = 1;

    @Test
    void laterElderlyVisitorsGoAheadOfAnAppointmentVisitorLaterAppointmentsDoNot() {
        double afterAppointments = forecast(Category.APPOINTMENT);
        double afterElderly = forecast(Category.ELDERLY);
        // the counter frees in about 10 min and calls the appointment visitor, unless elderly visitors came
        assertThat(afterAppointments).isBetween(3.0, 20.0);
        assertThat(afterElderly).isGreaterThan(2 * afterAppointments);
    }

    private static double forecast(Category recentArrivals) {
        ServiceTimeModel model = new ServiceTimeModel(CentreTime.ZONE, Map.of("A", 10));
        for (int i = 0; i < 30; i++) { // one every 2 minutes over the last hour
            model.observeArrival("A", recentArrivals, NOW - 60 * 60_000L + i * 2 * 60_000L);
        }
        var waiting = List.of(new CallPolicy.Candidate(WAITING_ID, "A", Category.APPOINTMENT, NOW, 0, 15 * 60_000L));
        var counter = new QueueState.CounterNow(1, List.of("A"), false, 0, true, "A", NOW - 60_000L, null, -1);
        QueueState state = new QueueState(NOW, waiting, List.of(counter), List.of());
        WaitForecast f = new WaitForecaster(new CallPolicy(PolicySettings.defaults()), 40)
                .forecast(state, model, Map.of("A", 15 * 60_000L), List.of(), List.of(), 11);
        // Elderly visitors at 30 an hour against a counter that serves 6: played for the next three hours, most
        // replays never reach the appointment visitor within the horizon, and the forecaster gives no figure.
        WaitForecast.Estimate e = f.byTicket().get(WAITING_ID);
        return e == null ? Double.POSITIVE_INFINITY : e.central();
    }
}
