package vn.motcua.server.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.Category;

/**
 * The day shapes the wait estimator is judged on, all in one model centre: four services, a priority
 * counter and five ordinary ones, 7:30–11:30 and 13:30–17:00, officers of different speeds.
 */
public final class DayShapes {
    /** Minutes after 7:00 that counters are open: morning and afternoon sessions. */
    static final double[][] SESSIONS = {{30, 270}, {390, 600}};
    private static final double[] NORMAL_DAY = {16, 29, 29, 26, 9, 2, 11, 25, 24, 13};
    private static final double[] QUIET = {8, 14, 14, 12, 5, 1, 6, 12, 12, 6};
    private static final double[] MORNING_PEAK = {26, 44, 40, 26, 9, 2, 10, 22, 20, 10};

    private DayShapes() {
    }

    public static List<String> names() {
        return List.of("quiet", "morning-peak", "counter-closes", "many-priority", "appointments");
    }

    public static DayPlan of(String name, LocalDate date) {
        return switch (name) {
            case "quiet" -> plan(name, date, QUIET, shares(0.12, 0), counters(-1));
            case "morning-peak" -> plan(name, date, MORNING_PEAK, shares(0.12, 0), counters(-1));
            case "counter-closes" -> plan(name, date, NORMAL_DAY, shares(0.12, 0), counters(3));
            case "many-priority" -> plan(name, date, NORMAL_DAY, shares(0.40, 0), counters(-1));
            case "appointments" -> plan(name, date, NORMAL_DAY, shares(0.10, 0.25), counters(-1));
            case "normal" -> plan(name, date, NORMAL_DAY, shares(0.12, 0), counters(-1));
            default -> throw new IllegalArgumentException("unknown day shape '" + name + "'; known: " + names());
        };
    }

    /** The demo centre's day for a weekday: Monday busiest, Friday afternoon quieter. */
    public static DayPlan weekday(LocalDate date) {
        double factor = switch (date.getDayOfWeek()) {
            case MONDAY -> 1.15;
            case TUESDAY, WEDNESDAY -> 1.0;
            case THURSDAY -> 0.95;
            case FRIDAY -> 0.85;
            default -> 0;
        };
        double[] perHour = NORMAL_DAY.clone();
        for (int i = 0; i < perHour.length; i++) {
            perHour[i] *= factor;
        }
        return plan("weekday", date, perHour, shares(0.12, 0.03), counters(-1));
    }

    private static DayPlan plan(String name, LocalDate date, double[] perHour, Map<Category, Double> shares,
                                List<DayPlan.CounterPlan> counters) {
        List<DayPlan.ServicePlan> services = List.of(
                new DayPlan.ServicePlan("HT", 0.35, 8, 0.6, false, 15),
                new DayPlan.ServicePlan("DD", 0.25, 14, 0.7, false, 15),
                new DayPlan.ServicePlan("KD", 0.15, 11, 0.6, false, 15),
                new DayPlan.ServicePlan("CT", 0.25, 5, 0.5, false, 15));
        return new DayPlan(name, date, 7, perHour, services, shares, counters, 0.06, 0.04, 0.5, 0.3, 2.5);
    }

    private static Map<Category, Double> shares(double priority, double appointments) {
        Map<Category, Double> m = new EnumMap<>(Category.class);
        m.put(Category.NORMAL, 1 - priority - appointments);
        m.put(Category.ELDERLY, priority * 0.5);
        m.put(Category.DISABLED, priority * 0.1);
        m.put(Category.PREGNANT, priority * 0.15);
        m.put(Category.MERIT, priority * 0.1);
        m.put(Category.CHILD, priority * 0.15);
        m.put(Category.APPOINTMENT, appointments);
        return m;
    }

    /** @param closingMidMorning the counter that closes at 9:30 for the rest of the morning, or -1 */
    private static List<DayPlan.CounterPlan> counters(int closingMidMorning) {
        Object[][] desks = {
            {1, List.of("HT", "DD", "KD", "CT"), true, 1.0},
            {2, List.of("HT", "CT"), false, 0.9},
            {3, List.of("HT", "CT"), false, 1.2},
            {4, List.of("DD", "KD"), false, 1.0},
            {5, List.of("DD", "KD"), false, 1.3},
            {6, List.of("CT", "HT"), false, 0.8}};
        List<DayPlan.CounterPlan> out = new ArrayList<>();
        for (Object[] d : desks) {
            int number = (int) d[0];
            List<double[]> open = number == closingMidMorning
                    ? List.of(new double[] {30, 150}, SESSIONS[1]) : List.of(SESSIONS);
            @SuppressWarnings("unchecked")
            List<String> services = (List<String>) d[1];
            out.add(new DayPlan.CounterPlan(number, services, (boolean) d[2], (double) d[3], 100 + number, open));
        }
        return out;
    }

    /** An M/M/c queue: one service, exponential times, c counters always open, constant arrivals. */
    public static DayPlan mmc(double arrivalsPerHour, double meanServiceMinutes, int counters, int hours) {
        double[] perHour = new double[hours];
        java.util.Arrays.fill(perHour, arrivalsPerHour);
        List<DayPlan.CounterPlan> desks = new ArrayList<>();
        for (int i = 1; i <= counters; i++) {
            desks.add(new DayPlan.CounterPlan(i, List.of("A"), false, 1.0, i, DayPlan.CounterPlan.always(hours * 60.0 + 1)));
        }
        return new DayPlan("mmc", LocalDate.of(2026, 1, 5), 0, perHour,
                List.of(new DayPlan.ServicePlan("A", 1, meanServiceMinutes, 1, true, 100_000)),
                Map.of(Category.NORMAL, 1.0), desks, 0, 0, 0, 0, 0);
    }
}
