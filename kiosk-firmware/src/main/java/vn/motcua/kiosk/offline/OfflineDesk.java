package vn.motcua.kiosk.offline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Category;
import vn.motcua.client.CentreTime;
import vn.motcua.client.LeaseRequest;
import vn.motcua.client.OfflineTicketRequest;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;

/**
 * Issuing without the server: keeps a block of leased numbers per service (sized from the last hour's
 * demand so it covers about half an hour of outage), hands them out when the server cannot be reached,
 * and replays every printed offline ticket, in issue order, once it can.
 */
public final class OfflineDesk {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineDesk.class);
    static final int MIN_LEASE = 5;
    static final int MAX_LEASE = 50;

    private final QueueClient server;
    private final LeaseBook book;
    private final OfflineJournal journal;
    private final Clock clock;
    private final Map<String, Deque<Instant>> demand = new ConcurrentHashMap<>();

    public OfflineDesk(QueueClient server, LeaseBook book, OfflineJournal journal, Clock clock) {
        this.server = server;
        this.book = book;
        this.journal = journal;
        this.clock = clock;
    }

    /** Takes a leased number and writes it to the journal before anything is printed. */
    public Optional<OfflineJournal.Entry> reserve(String service, Category category) {
        return book.take(service, today()).map(taken -> {
            OfflineJournal.Entry entry = new OfflineJournal.Entry("offline-" + UUID.randomUUID(), taken.lease().id(),
                    service, taken.number(), category, OffsetDateTime.now(clock.withZone(CentreTime.ZONE)),
                    OfflineJournal.Status.RESERVED);
            journal.record(entry);
            countDemand(service);
            return entry;
        });
    }

    public void printed(OfflineJournal.Entry entry) {
        journal.mark(entry, OfflineJournal.Status.PRINTED);
    }

    /** The number was not printed: it is skipped, never handed out again. */
    public void voided(OfflineJournal.Entry entry) {
        journal.mark(entry, OfflineJournal.Status.VOID);
    }

    public void countDemand(String service) {
        Deque<Instant> times = demand.computeIfAbsent(service, k -> new ArrayDeque<>());
        synchronized (times) {
            times.add(clock.instant());
        }
    }

    /** Numbers to hold for a service: half an hour of the last hour's demand, within 5..50. */
    int target(String service) {
        Deque<Instant> times = demand.getOrDefault(service, new ArrayDeque<>());
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        synchronized (times) {
            times.removeIf(t -> t.isBefore(hourAgo));
            return Math.max(MIN_LEASE, Math.min(MAX_LEASE, (times.size() + 1) / 2));
        }
    }

    /** Tops up every service whose held numbers fell under half its target; quiet when the server is away. */
    public void keepLeases(Collection<String> services) {
        for (String service : services) {
            int target = target(service);
            if (book.remaining(service, today()) * 2 >= target) {
                continue;
            }
            try {
                book.add(server.lease(new LeaseRequest(service, target)));
            } catch (QueueApiException e) {
                if (e.unreachable()) {
                    return;
                }
                LOG.warn("lease for service {} refused: {}", service, e.getMessage());
            }
        }
    }

    public int held(String service) {
        return book.remaining(service, today());
    }

    /**
     * Replays pending offline tickets in the order they were issued; stops at the first that cannot reach
     * the server, so order is kept across outages.
     *
     * @return how many are still pending
     */
    public int replay() {
        for (OfflineJournal.Entry e : journal.pending()) {
            try {
                server.replayOfflineTicket(new OfflineTicketRequest(e.leaseId(), e.number(), e.category(), e.issuedAt(),
                        e.requestId()));
                journal.mark(e, OfflineJournal.Status.REPLAYED);
            } catch (QueueApiException ex) {
                if (ex.unreachable() || ex.status() >= 500) {
                    break;
                }
                // The server refused it for good (e.g. the lease's day is over): keep the record, stop retrying.
                LOG.error("offline ticket {} refused by the server: {} {}", e.number(), ex.status(), ex.code());
                journal.mark(e, OfflineJournal.Status.REJECTED);
            }
        }
        return journal.pending().size();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(CentreTime.ZONE));
    }
}
