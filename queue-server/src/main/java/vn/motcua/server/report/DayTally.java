package vn.motcua.server.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.server.service.ServiceDef;

/**
 * The figures of a set of visits as additive counts: summed over days and centres they give the same shares
 * as {@link SummaryBuilder} (share waiting within target, processed within target, satisfaction), and
 * productivity as dossiers received per officer-day. The province hub keeps one per centre and finished day.
 */
public record DayTally(int visits, int waited, int waitWithin, int processed, int processingWithin, int ratings,
                       int satisfied, int received, int noShows, int cancelled, int officerDays) {
    public static final DayTally ZERO = new DayTally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The replayed visits' counts, with each service's own targets; officer-days of the replay's range. */
    public static DayTally of(VisitReplay.Result replayed, List<ServiceDef> services) {
        Map<String, ServiceDef> byCode = new LinkedHashMap<>();
        for (ServiceDef s : services) {
            byCode.put(s.code(), s);
        }
        Accumulator.Targets targets = SummaryBuilder.targets(byCode);
        Accumulator acc = new Accumulator();
        for (Visit v : replayed.visits()) {
            acc.all(v, targets);
        }
        int officerDays = 0;
        for (Set<String> days : replayed.daysByOfficer().values()) {
            officerDays += days.size();
        }
        return acc.tally(officerDays);
    }

    public DayTally plus(DayTally o) {
        return new DayTally(visits + o.visits, waited + o.waited, waitWithin + o.waitWithin, processed + o.processed,
                processingWithin + o.processingWithin, ratings + o.ratings, satisfied + o.satisfied, received + o.received,
                noShows + o.noShows, cancelled + o.cancelled, officerDays + o.officerDays);
    }

    /** Share of called visits that waited within their service's target; null without any. */
    public Double waitWithinShare() {
        return Stats.share(waitWithin, waited);
    }

    public Double processingWithinShare() {
        return Stats.share(processingWithin, processed);
    }

    public Double satisfaction() {
        return Stats.share(satisfied, ratings);
    }

    /**
     * Dossiers received per officer-day, annualised over {@code workingDaysPerYear} and divided by the yearly
     * {@code norm}: 1.0 is exactly on the norm (the same formula as a centre's productivity table).
     */
    public Double normShare(int workingDaysPerYear, int norm) {
        return officerDays == 0 || norm == 0 ? null
                : Math.round(received * 10000.0 * workingDaysPerYear / officerDays / norm) / 10000.0;
    }
}
