package vn.motcua.server.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.server.rating.Score;

/** Collects one slice's visits; {@link #group} turns them into figures. */
final class Accumulator {
    private long[] waits = new long[16];
    private int nWait;
    private int waitWithin;
    private long[] procs = new long[16];
    private int nProc;
    private int procWithin;
    int visits;
    private int noShows;
    private int cancels;
    private int stillWaiting;
    private int received;
    private long[] asides = new long[4];
    private int nAside;
    private final int[] scores = new int[Score.values().length];

    void visit(Visit v) {
        visits++;
        if ("NO_SHOW".equals(v.end)) {
            noShows++;
        } else if ("CANCELLED".equals(v.end)) {
            cancels++;
        }
        if (v.waitingAtClose) {
            stillWaiting++;
        }
        if ("RECEIVED".equals(v.outcome)) {
            received++;
        }
        if (v.setAside) {
            if (nAside == asides.length) {
                asides = Arrays.copyOf(asides, nAside * 2);
            }
            asides[nAside++] = v.aside;
        }
    }

    void waited(long millis, long targetMillis) {
        if (nWait == waits.length) {
            waits = Arrays.copyOf(waits, nWait * 2);
        }
        waits[nWait++] = millis;
        if (millis <= targetMillis) {
            waitWithin++;
        }
    }

    void processing(long millis, long targetMillis) {
        if (nProc == procs.length) {
            procs = Arrays.copyOf(procs, nProc * 2);
        }
        procs[nProc++] = millis;
        if (millis <= targetMillis) {
            procWithin++;
        }
    }

    void rating(String score) {
        scores[Score.valueOf(score).ordinal()]++;
    }

    /** Adds a visit with its wait, processing and rating as a whole. */
    void all(Visit v, Targets t) {
        visit(v);
        if (v.called()) {
            waited(v.waitMillis(), t.waitMillis(v.service));
        }
        if (v.served()) {
            processing(v.processing, t.processingMillis(v.service));
        }
        if (v.rating != null) {
            rating(v.rating);
        }
    }

    /** The additive counts behind the shares, for sums over days and centres. */
    DayTally tally(int officerDays) {
        int ratings = 0;
        int satisfied = 0;
        for (Score s : Score.values()) {
            ratings += scores[s.ordinal()];
            satisfied += s.satisfied() ? scores[s.ordinal()] : 0;
        }
        return new DayTally(visits, nWait, waitWithin, nProc, procWithin, ratings, satisfied, received, noShows, cancels,
                officerDays);
    }

    Group group(String key, String nameVi, String nameEn) {
        int ratings = 0;
        int satisfied = 0;
        Map<String, Integer> byScore = new LinkedHashMap<>();
        for (Score s : Score.values()) {
            int n = scores[s.ordinal()];
            byScore.put(s.name(), n);
            ratings += n;
            if (s.satisfied()) {
                satisfied += n;
            }
        }
        return new Group(key, nameVi, nameEn, visits, Stats.of(waits, nWait, waitWithin), Stats.of(procs, nProc, procWithin),
                Stats.share(noShows, visits), Stats.share(cancels, visits), noShows, cancels, stillWaiting, received,
                new Group.Satisfaction(ratings, Stats.share(satisfied, ratings), byScore), nAside,
                Stats.untargeted(asides, nAside));
    }

    /** Wait and processing target per service, in ms. */
    interface Targets {
        long waitMillis(String service);

        long processingMillis(String service);
    }
}
