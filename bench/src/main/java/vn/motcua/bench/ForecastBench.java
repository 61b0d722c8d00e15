package vn.motcua.bench;

import vn.motcua.client.CentreTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.PolicySettings;
import vn.motcua.server.simulate.DayShapes;
import vn.motcua.server.simulate.DaySimulation;
import vn.motcua.server.simulate.EstimateTrial;
import vn.motcua.server.simulate.SimTicket;
import vn.motcua.server.simulate.SimulationListener;
import vn.motcua.server.staffing.ErlangC;

/**
 * The {@code estimate} part (the forecaster against the naive estimate per day shape) and the {@code erlang}
 * part (the day simulator against Erlang C for M/M/c), both without a server.
 */
final class ForecastBench {
    private ForecastBench() {
    }

    static List<Map<String, Object>> estimate(int historyDays, int judgedDays, long seed, int oraclePlays, List<String> shapes,
                                              BiConsumer<String, String> row) {
        EstimateTrial trial = new EstimateTrial(new CallPolicy(PolicySettings.defaults()), CentreTime.ZONE, 40, oraclePlays);
        List<Map<String, Object>> out = new ArrayList<>();
        row.accept("wait estimate per day shape (" + judgedDays + " judged days after " + historyDays + " of history, seed " + seed
                + (oraclePlays > 0 ? ", oracle " + oraclePlays + " plays" : "") + ")",
                "tickets · mean wait · MAE forecaster / naive (lower by) · within ±5 min forecaster / naive · inside p10–p90"
                        + " · MAE expected from the replays' spread · MAE oracle (the floor) · oracle's p10–p90");
        for (String shape : shapes) {
            long t0 = System.nanoTime();
            EstimateTrial.Result r = trial.run(shape, historyDays, judgedDays, seed);
            row.accept("  " + shape, String.format("%d · %.1f min · %.2f / %.2f min (%.0f %%) · %.0f %% / %.0f %% · %.0f %% · %.2f min"
                    + " · %s  [%.1f s]", r.forecaster().tickets(), r.meanActualWait(), r.forecaster().mae(), r.naive().mae(),
                    100 * r.improvement(), 100 * r.forecaster().within5(), 100 * r.naive().within5(),
                    100 * r.forecaster().inRange(), r.forecaster().expectedMae(), oraclePlays <= 0 ? "– · –"
                            : String.format("%.2f min · %.0f %%", r.oracle().mae(), 100 * r.oracle().inRange()),
                    (System.nanoTime() - t0) / 1e9));
            StringBuilder groups = new StringBuilder();
            r.byGroup().forEach((g, v) -> groups.append(String.format("%s%s %d: %.2f / %s", groups.isEmpty() ? "" : " · ",
                    g, (int) v[0], v[1], Double.isNaN(v[2]) ? "–" : String.format("%.2f", v[2]))));
            row.accept("    by category (tickets: MAE forecaster / oracle)", groups.toString());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("shape", shape);
            m.put("result", r);
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> erlang(int visitorsPerRow, BiConsumer<String, String> row) {
        double[][] table = {{20, 10, 4}, {30, 10, 6}, {48, 8, 8}, {60, 5, 6}, {90, 4, 7}, {120, 6, 14}};
        List<Map<String, Object>> out = new ArrayList<>();
        row.accept("M/M/c mean wait, simulator vs Erlang C (" + visitorsPerRow + " visitors per row)",
                "λ/h · S min · c · ρ · Erlang C min · simulated min · difference");
        for (double[] r : table) {
            long t0 = System.nanoTime();
            double theory = ErlangC.of(r[0] / 60, r[1], (int) r[2]).meanWaitMinutes();
            int hours = (int) Math.ceil(visitorsPerRow / r[0]);
            List<SimTicket> tickets = new DaySimulation(DayShapes.mmc(r[0], r[1], (int) r[2], hours),
                    new CallPolicy(PolicySettings.defaults()), CentreTime.ZONE, 1).run(new SimulationListener() { });
            double simulated = tickets.stream().skip(tickets.size() / 10).filter(SimTicket::called)
                    .mapToDouble(SimTicket::waitMinutes).average().orElseThrow();
            double rho = r[0] / 60 * r[1] / r[2];
            row.accept("  " + (int) r[0] + " /h · " + r[1] + " min · " + (int) r[2], String.format(
                    "ρ %.2f · %.3f · %.3f · %+.1f %%  [%.1f s]", rho, theory, simulated, 100 * (simulated / theory - 1),
                    (System.nanoTime() - t0) / 1e9));
            out.add(Map.of("arrivalsPerHour", r[0], "meanServiceMinutes", r[1], "counters", (int) r[2], "erlangC", theory,
                    "simulated", simulated));
        }
        return out;
    }
}
