package vn.motcua.server.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Erlang C and A against hand-worked values and the textbook formula computed another way. */
class ErlangTest {
    /** a^c/c! · c/(c−a) / (Σ_{k<c} a^k/k! + a^c/c! · c/(c−a)), written out directly for small c. */
    private static double erlangCDirect(double a, int c) {
        double term = 1;
        double sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term * c / (c - a);
        return top / (sum + top);
    }

    @Test
    void probabilityOfWaitingMatchesTheWorkedExampleAndTheDirectFormula() {
        // a = 2 Erlangs, 3 counters: C = (8/6 · 3) / (1 + 2 + 2 + 8/6 · 3) = 4/9
        assertThat(ErlangC.of(2, 1, 3).probabilityOfWaiting()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(ErlangC.of(2, 1, 3).meanWaitMinutes()).isCloseTo(4.0 / 9, within(1e-12));
        for (int c = 2; c < 40; c += 3) {
            double a = c * 0.85;
            assertThat(ErlangC.probabilityOfWaiting(a, c)).isCloseTo(erlangCDirect(a, c), within(1e-9));
        }
    }

    @Test
    void staffingPicksTheSmallestCountMeetingBothConditions() {
        StaffingAdvice a = StaffingAdvice.advise(60, 10, 5, 0.8);
        assertThat(a.counters()).isGreaterThan(10);
        ErlangC.Result fewer = ErlangC.of(1, 10, a.counters() - 1);
        boolean fewerMeets = fewer.meanWaitMinutes() <= 5 && fewer.probabilityWithin(5, 1, 0.1) >= 0.8;
        assertThat(fewerMeets).isFalse();
        assertThat(a.probabilityWithinTarget()).isGreaterThanOrEqualTo(0.8);
        assertThat(a.expectedWaitMinutes()).isLessThanOrEqualTo(5);
        assertThat(a.utilisation()).isCloseTo(10.0 / a.counters(), within(1e-9));
    }

    @Test
    void impossibleInputIsRefusedWithItsName() {
        assertThatThrownBy(() -> StaffingAdvice.advise(60, 10, 5, 1)).hasMessageContaining("--service-level");
        assertThatThrownBy(() -> StaffingAdvice.advise(-1, 10, 5, 0.9)).hasMessageContaining("--arrivals-per-hour");
        assertThatThrownBy(() -> StaffingAdvice.advise(60, 0, 5, 0.9)).hasMessageContaining("--mean-service-minutes");
        assertThatThrownBy(() -> StaffingAdvice.advise(1e9, 60, 5, 0.9)).hasMessageContaining("counters would be needed");
    }

    @Test
    void erlangAWithVeryPatientVisitorsIsErlangC() {
        ErlangC.Result c = ErlangC.of(0.8, 10, 9);
        ErlangA.Result a = ErlangA.of(0.8, 10, 1e7, 9, 5);
        assertThat(a.meanWaitMinutes()).isCloseTo(c.meanWaitMinutes(), within(1e-3));
        assertThat(a.probabilityWithinTarget()).isCloseTo(c.probabilityWithin(5, 0.8, 0.1), within(1e-4));
        assertThat(a.abandonShare()).isLessThan(1e-5);
    }

    @Test
    void impatientVisitorsShortenTheWaitAndSomeLeave() {
        ErlangA.Result patient = ErlangA.of(0.8, 10, 1e7, 8, 5);
        ErlangA.Result impatient = ErlangA.of(0.8, 10, 20, 8, 5);
        assertThat(impatient.meanWaitMinutes()).isLessThan(patient.meanWaitMinutes());
        assertThat(impatient.abandonShare()).isBetween(0.01, 0.5);
        // overloaded (a = 12 on 8 counters) is still finite with abandonment
        assertThat(ErlangA.of(1.2, 10, 20, 8, 5).meanWaitMinutes()).isFinite().isPositive();
    }
}
