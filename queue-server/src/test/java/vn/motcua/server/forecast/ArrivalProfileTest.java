package vn.motcua.server.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.client.CentreTime;
import vn.motcua.client.Category;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.PolicySettings;

/**
 * Visitors still to come are played by the usual shape of the centre's day, scaled by how busy today has been,
 * not at the last hour's rate: at 8:50 a quiet first hour says nothing about the 9 o'clock crowd.
 */
class ArrivalProfileTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    private static final long WAITING_ID = 1;

    private static long at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(CentreTime.ZONE).toInstant().toEpochMilli();
    }

    @Test
    void theUsualHourScaledByTodaysLevelSoFar() {
        ArrivalProfile usual = profileWithTwoEarlierDays();
        for (int i = 0; i < 10; i++) { // today 8:00–8:29: as many as usual for that half hour
            usual.observe("A", Category.NORMAL, at(TODAY, 8, 3 * i));
        }
        assertThat(usual.perMinuteByHour(at(TODAY, 8, 30))[9]).isCloseTo(40 / 60.0, within(1e-9));
        assertThat(usual.perMinuteByHour(at(TODAY, 8, 30))[10]).isZero();

        ArrivalProfile busy = profileWithTwoEarlierDays();
        for (int i = 0; i < 28; i++) { // today 2.8 times the usual: (28 + 8) / (10 + 8) = 2
            busy.observe("A", Category.NORMAL, at(TODAY, 8, i));
        }
        assertThat(busy.perMinuteByHour(at(TODAY, 8, 30))[9]).isCloseTo(80 / 60.0, within(1e-9));
        assertThat(busy.share("A", Category.NORMAL)).isEqualTo(1.0);
        assertThat(busy.knowsDayBefore(at(TODAY, 8, 30))).isTrue();
        assertThat(busy.knowsDayBefore(at(LocalDate.of(2026, 3, 2), 9, 0))).isFalse();
    }

    private static ArrivalProfile profileWithTwoEarlierDays() {
        ArrivalProfile p = new ArrivalProfile(CentreTime.ZONE);
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3))) {
            for (int i = 0; i < 20; i++) {
                p.observe("A", Category.NORMAL, at(day, 8, 3 * i));
            }
            for (int i = 0; i < 40; i++) {
                p.observe("A", Category.NORMAL, at(day, 9, i));
            }
        }
        return p;
    }

    @Test
    void theNineOClockPriorityCrowdOfEarlierDaysDelaysANormalVisitorAt850() {
        double withCrowd = forecastAt850(9);
        double crowdAtTen = forecastAt850(10);
        // the counter frees at about 9:10; with elderly visitors arriving from 9:00 the interleave serves two
        // of them before the normal visitor (whose cap, 80 % of an hour's target, is far off)
        assertThat(crowdAtTen).isBetween(8.0, 35.0);
        assertThat(withCrowd).isGreaterThan(crowdAtTen + 10);
    }

    private static double forecastAt850(int crowdHour) {
        ServiceTimeModel model = new ServiceTimeModel(CentreTime.ZONE, Map.of("A", 20));
        for (LocalDate day : List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3))) {
            for (int i = 0; i < 30; i++) {
                model.observeArrival("A", Category.ELDERLY, at(day, crowdHour, 2 * i));
            }
        }
        long now = at(TODAY, 8, 50);
        var waiting = List.of(new CallPolicy.Candidate(WAITING_ID, "A", Category.NORMAL, now, 0, 60 * 60_000L));
        var counter = new QueueState.CounterNow(1, List.of("A"), false, 0, true, "A", now, null, -1);
        QueueState state = new QueueState(now, waiting, List.of(counter), List.of());
        WaitForecast f = new WaitForecaster(new CallPolicy(PolicySettings.defaults()), 40)
                .forecast(state, model, Map.of("A", 60 * 60_000L), List.of(), List.of(), 11);
        return f.byTicket().get(WAITING_ID).central();
    }
}
