package vn.motcua.server.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.motcua.client.EventType;

/**
 * Replays event rows, in id order, into visits: the one definition of a visit's wait, processing, end and
 * rating. The centre feeds it from its SQLite event table ({@link VisitScanner}); the province hub from the
 * events its centres sent upstream. It holds no store of its own.
 */
public final class VisitReplay {
    /** Prefix of a {@code ticket.issued} detail that carries an appointment's booked slot (epoch ms). */
    public static final String SLOT_PREFIX = "slot:";
    public static final String TRANSFER_PREFIX = "transfer:";
    /** Prefix of a {@code ticket.issued} detail for the next service of a visit with several services. */
    public static final String NEXT_PREFIX = "next:";

    /** A rating as the replay needs it: the score and who finished the rated ticket. */
    public record Rating(String score, int counter, long officer) {
    }

    /**
     * What the replay found: visits rooted in the range, the days each officer worked, and the days that still
     * had a live visit before the end-of-replay rule (such a day may change and is never folded).
     */
    public record Result(List<Visit> visits, Map<Long, Set<String>> daysByOfficer, Set<String> openDays) {
        /** The visits rooted in the range. */
        public int size() {
            return visits.size();
        }
    }

    /** A live queue segment of a visit. */
    private static final class Segment {
        final Visit visit;
        String state = "WAITING";
        long servingSince = -1;
        int servingCounter;
        long servingOfficer;
        long asideSince = -1;

        Segment(Visit visit) {
            this.visit = visit;
        }
    }

    private final String from;
    private final String to;
    private final Map<Long, Rating> ratings;
    private final List<Visit> visits = new ArrayList<>();
    private final Map<String, String> names = new HashMap<>();
    private final Map<Long, Set<String>> days = new HashMap<>();
    private final Map<Long, Segment> live = new HashMap<>();
    /**
     * The visits just finished, for the next service of a visit with several: its issue event follows the finish in
     * the same transaction, so a few recent ones suffice.
     */
    private final Map<Long, Visit> done = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Visit> eldest) {
            return size() > 64;
        }
    };
    private boolean following;

    /** Visits issued on days {@code from..to} (yyyy-MM-dd); {@code ratings} by ticket id. */
    public VisitReplay(String from, String to, Map<Long, Rating> ratings) {
        this.from = from;
        this.to = to;
        this.ratings = ratings;
    }

    /**
     * From now on only follows visits already live: rows after the range's last day that a carried-over queue
     * may hold (no new visit, no officer day is taken from them).
     */
    public void follow() {
        following = true;
    }

    /** Tickets whose visit is still live (not ended): a carried-over queue may keep them past the range. */
    public List<Long> liveTickets() {
        return live.entrySet().stream().filter(e -> e.getValue().visit.end == null).map(Map.Entry::getKey).toList();
    }

    /**
     * One event row. {@code ticket}, {@code counter} and {@code officer} are null where the row has none;
     * {@code detail} carries a slot, a transfer's origin or a finished ticket's outcome.
     */
    public void accept(String type, long at, String serviceDay, Long ticket, String service, String category,
                       Integer counter, Long officer, String detail) {
        // Interned: a million visits share a few hundred distinct days, services and categories.
        String day = names.computeIfAbsent(serviceDay, k -> k);
        boolean inRange = !following && day.compareTo(from) >= 0 && day.compareTo(to) <= 0;
        if (inRange && officer != null) {
            days.computeIfAbsent(officer, k -> new HashSet<>()).add(day);
        }
        if (ticket == null) {
            return;
        }
        EventType kind = EventType.of(type);
        if (kind == EventType.TICKET_ISSUED) {
            issued(ticket, at, day, service, category, detail, inRange);
            return;
        }
        Segment seg = live.get(ticket);
        if (seg == null || kind == null) {
            return;
        }
        Visit v = seg.visit;
        int counterNumber = counter == null ? 0 : counter;
        long officerId = officer == null ? -1 : officer;
        switch (kind) {
            case TICKET_CALLED -> {
                seg.state = "CALLED";
                if (seg.asideSince >= 0) {
                    v.aside += at - seg.asideSince;
                    seg.asideSince = -1;
                }
                if (v.firstCall < 0) {
                    v.firstCall = at;
                    v.firstCounter = counterNumber;
                    v.firstOfficer = officerId;
                }
            }
            case TICKET_STARTED -> {
                seg.state = "SERVING";
                seg.servingSince = at;
                seg.servingCounter = counterNumber;
                seg.servingOfficer = officerId;
            }
            case TICKET_FINISHED -> {
                closeServing(seg, at);
                v.end = "DONE";
                v.outcome = detail == null ? null : names.computeIfAbsent(detail, k -> k);
                v.finishOfficer = officerId;
                Rating r = ratings.get(ticket);
                if (r != null) {
                    v.rating = r.score();
                    v.ratingCounter = r.counter();
                    v.ratingOfficer = r.officer();
                }
                live.remove(ticket);
                done.put(ticket, v);
            }
            case TICKET_TRANSFERRED -> closeServing(seg, at);
            case TICKET_SET_ASIDE -> {
                // aside is neither waiting nor processing: counted apart once called back
                closeServing(seg, at);
                seg.state = "ASIDE";
                seg.asideSince = at;
                v.setAside = true;
            }
            case TICKET_NO_SHOW -> {
                seg.state = "NO_SHOW";
                v.end = "NO_SHOW";
            }
            case TICKET_REINSTATED -> {
                seg.state = "WAITING";
                v.end = null;
            }
            case TICKET_CANCELLED -> {
                v.end = "CANCELLED";
                live.remove(ticket);
            }
            case TICKET_EXPIRED -> {
                // A serving segment cut by the end of day has no true end: it is left out rather than
                // counted as hours of processing.
                v.waitingAtClose = "WAITING".equals(seg.state);
                v.end = "EXPIRED";
                live.remove(ticket);
            }
            default -> {
                // recalled, carried_over: the visit's figures do not change.
            }
        }
    }

    private void issued(long ticket, long at, String day, String service, String category, String detail,
                        boolean inRange) {
        if (detail != null && detail.startsWith(NEXT_PREFIX)) {
            // the next service of a visit with several: its own visit of that service, waiting from when it joined
            // that queue
            Visit prev = done.get(Long.parseLong(detail.substring(NEXT_PREFIX.length())));
            if (prev != null) {
                Visit v = new Visit(ticket, service == null ? null : names.computeIfAbsent(service, k -> k), prev.category,
                        prev.day, prev.arrival, at);
                v.visitRoot = prev.visitRoot;
                v.leg = prev.leg + 1;
                visits.add(v);
                live.put(ticket, new Segment(v));
            }
        } else if (detail != null && detail.startsWith(TRANSFER_PREFIX)) {
            Segment origin = live.remove(Long.parseLong(detail.substring(TRANSFER_PREFIX.length())));
            if (origin != null) {
                live.put(ticket, new Segment(origin.visit));
            }
        } else if (inRange) {
            long waitStart = at;
            String cat = category == null ? null : names.computeIfAbsent(category, k -> k);
            if ("APPOINTMENT".equals(cat) && detail != null && detail.startsWith(SLOT_PREFIX)) {
                waitStart = Math.max(at, Long.parseLong(detail.substring(SLOT_PREFIX.length())));
            }
            Visit v = new Visit(ticket, service == null ? null : names.computeIfAbsent(service, k -> k), cat, day, at,
                    waitStart);
            visits.add(v);
            live.put(ticket, new Segment(v));
        }
    }

    private static void closeServing(Segment seg, long at) {
        if (seg.servingSince >= 0) {
            seg.visit.addServing(seg.servingCounter, seg.servingOfficer, at - seg.servingSince);
            seg.servingSince = -1;
        }
    }

    /**
     * Ends the replay. A visit of a day before {@code today} that is still live ended with its day (its expiry is
     * recorded by the next day's first action, which may lie outside the range): it counts as expired, and as
     * waiting at close if it was waiting.
     */
    public Result finish(String today) {
        Set<String> open = new HashSet<>();
        for (Segment seg : live.values()) {
            Visit v = seg.visit;
            if (v.end == null) {
                open.add(v.day);
            }
            if (v.end == null && v.day.compareTo(today) < 0) {
                v.end = "EXPIRED";
                v.waitingAtClose = "WAITING".equals(seg.state);
            }
        }
        return new Result(visits, days, open);
    }
}
