package vn.motcua.server.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.server.staffing.StaffingAdvice;

/**
 * {@code staffing}: counters needed for one hour's arrivals (Erlang C, M/M/c), printed as one JSON object.
 * Exit 2 with the reason on input no staffing can meet.
 */
@Command(name = "staffing", mixinStandardHelpOptions = true,
        description = "Số quầy cần mở (Erlang C) / counters needed so that the mean wait ≤ the target and "
                + "P(wait ≤ target) ≥ the service level.")
public final class StaffingCommand implements Callable<Integer> {
    @Option(names = "--arrivals-per-hour", required = true, description = "Lượt đến mỗi giờ / arrivals per hour")
    double arrivalsPerHour;

    @Option(names = "--mean-service-minutes", required = true, description = "Thời gian phục vụ TB (phút) / mean service minutes")
    double meanServiceMinutes;

    @Option(names = "--target-wait-minutes", defaultValue = "15", description = "Mục tiêu chờ (phút), mặc định ${DEFAULT-VALUE}")
    double targetWaitMinutes;

    @Option(names = "--service-level", defaultValue = "0.9", description = "Tỷ lệ chờ trong mục tiêu, 0–1, mặc định ${DEFAULT-VALUE}")
    double serviceLevel;

    @Override
    public Integer call() {
        StaffingAdvice a;
        try {
            a = StaffingAdvice.advise(arrivalsPerHour, meanServiceMinutes, targetWaitMinutes, serviceLevel);
        } catch (IllegalArgumentException e) {
            System.err.println("Không tính được / cannot advise: " + e.getMessage());
            return 2;
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"counters\":%d,\"expectedWaitMinutes\":%.2f,\"probabilityWithinTarget\":%.4f,\"utilisation\":%.4f}",
                a.counters(), a.expectedWaitMinutes(), a.probabilityWithinTarget(), a.utilisation()));
        return 0;
    }
}
