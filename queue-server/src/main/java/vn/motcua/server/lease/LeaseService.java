package vn.motcua.server.lease;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import vn.motcua.client.Category;
import vn.motcua.client.Lease;
import vn.motcua.client.LeaseRequest;
import vn.motcua.client.OfflineTicketRequest;
import vn.motcua.client.TicketState;
import vn.motcua.client.TicketView;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.event.Recorder;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.service.ServiceDef;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.DayRollover;
import vn.motcua.server.ticket.ServiceDay;
import vn.motcua.server.ticket.Ticket;
import vn.motcua.server.ticket.TicketEvents;
import vn.motcua.server.ticket.TicketStore;
import vn.motcua.server.ticket.TicketViews;

/**
 * Numbers for kiosks that lose the server: a kiosk leases a block of today's numbers while it can reach
 * the server, prints from it while it cannot, and replays each printed ticket afterwards. Blocks are
 * taken from the top of the day's range (9999 down) and online issuing stops below the lowest block, so
 * no number can be issued twice and a normal day still starts at 0001; a replayed ticket
 * keeps the time it was printed so it queues by arrival.
 */
public final class LeaseService {
    static final int MAX_LEASE = 200;
    private static final long CLOCK_SKEW_MS = 5 * 60_000;

    private final Recorder recorder;
    private final Clock clock;
    private final ServiceStore services;
    private final TicketStore tickets;
    private final TicketViews views;
    private final DayRollover rollover;

    public LeaseService(Recorder recorder, Clock clock, ServiceStore services, TicketStore tickets, TicketViews views,
                        DayRollover rollover) {
        this.recorder = recorder;
        this.clock = clock;
        this.services = services;
        this.tickets = tickets;
        this.views = views;
        this.rollover = rollover;
    }

    public Lease grant(LeaseRequest request, Principal kiosk) {
        if (request.size() < 1 || request.size() > MAX_LEASE) {
            throw ApiException.badRequest("invalid_field", "size phải từ 1 đến " + MAX_LEASE + " / field 'size' must be 1.."
                    + MAX_LEASE);
        }
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            ServiceDef service = service(c, request.service());
            long now = clock.millis();
            rollover.ensure(tx, now);
            String day = ServiceDay.of(now);
            // Blocks come from the top of the day's range so online numbers still start at 0001.
            int last = tickets.lowestLeased(c, service.code(), day) - 1;
            int first = last - request.size() + 1;
            int issuedUpTo = Sql.one(c, "SELECT last_value FROM number_sequence WHERE service_code = ? AND service_day = ?",
                    rs -> rs.getInt(1), service.code(), day).orElse(0);
            if (first <= issuedUpTo) {
                throw new ApiException(409, "numbers_exhausted",
                        "Không còn đủ số trong ngày / not enough numbers left today for service " + service.code());
            }
            long id = Sql.insert(c, "INSERT INTO number_lease (device_id, service_code, service_day, first_value, last_value, "
                    + "granted_at) VALUES (?, ?, ?, ?, ?, ?)", kiosk.id(), service.code(), day, first, last, now);
            return new Lease(id, service.code(), service.prefix(), day, first, last);
        });
    }

    /** @return the ticket and whether it was created now (false: the same requestId was replayed before) */
    public Replayed replay(OfflineTicketRequest r, Principal kiosk, String baseUrl) {
        String requestId = r.requestId();
        if (requestId == null || !requestId.matches("[A-Za-z0-9._:-]{1,100}")) {
            throw ApiException.badRequest("invalid_field", "requestId bắt buộc / field 'requestId' is required ([A-Za-z0-9._:-]{1,100})");
        }
        if (r.issuedAt() == null || r.number() == null) {
            throw ApiException.badRequest("invalid_field", "Thiếu issuedAt hoặc number / fields 'issuedAt' and 'number' are required");
        }
        Category category = r.category() == null ? Category.NORMAL : r.category();
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            Optional<Ticket> earlier = tickets.findByRequest(c, kiosk.id(), requestId);
            if (earlier.isPresent()) {
                return new Replayed(views.view(c, earlier.get(), baseUrl, false), false);
            }
            long now = clock.millis();
            rollover.ensure(tx, now);
            LeaseRow lease = Sql.one(c, "SELECT service_code, service_day, first_value, last_value FROM number_lease "
                            + "WHERE id = ? AND device_id = ?",
                    rs -> new LeaseRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)), r.leaseId(), kiosk.id())
                    .orElseThrow(() -> ApiException.notFound("Không có lô số này của ki-ốt / no such lease for this kiosk: "
                            + r.leaseId()));
            ServiceDef service = service(c, lease.service());
            int sequence = sequence(r.number(), service.prefix());
            if (sequence < lease.first() || sequence > lease.last()) {
                throw ApiException.badRequest("invalid_field", "Số " + r.number() + " không thuộc lô / number outside lease "
                        + service.prefix() + lease.first() + ".." + lease.last());
            }
            long issuedAt = r.issuedAt().toInstant().toEpochMilli();
            if (issuedAt > now + CLOCK_SKEW_MS || !ServiceDay.of(issuedAt).equals(lease.day())) {
                throw ApiException.badRequest("invalid_field", "issuedAt không thuộc ngày của lô / issuedAt outside the lease's day "
                        + lease.day());
            }
            if (!lease.day().equals(ServiceDay.of(now))) {
                throw new ApiException(409, "lease_expired", "Lô số của ngày " + lease.day()
                        + " đã hết hạn / the lease's day is over; the ticket cannot join today's queue");
            }
            String number = Ticket.number(service.prefix(), sequence);
            if (tickets.findByNumber(c, service.code(), lease.day(), number).isPresent()) {
                throw ApiException.conflict("Số " + number + " đã được dùng / number already used: " + number);
            }
            Ticket fresh = new Ticket(0, number, service.code(), lease.day(), category, TicketState.WAITING, issuedAt,
                    issuedAt, null, null, 0, null, kiosk.id(), requestId, now);
            long id = tickets.insert(c, fresh);
            tx.record(TicketEvents.issued(issuedAt, lease.day(), fresh.withId(id), null, kiosk.id(), "offline"));
            return new Replayed(views.view(c, tickets.find(c, id).orElseThrow(), baseUrl, false), true);
        });
    }

    public record Replayed(TicketView ticket, boolean created) {
    }

    private record LeaseRow(String service, String day, int first, int last) {
    }

    private ServiceDef service(Connection c, String code) throws SQLException {
        if (code == null || code.isBlank()) {
            throw ApiException.badRequest("invalid_field", "Thiếu trường bắt buộc / missing field 'service'");
        }
        return services.find(c, code).orElseThrow(() -> ApiException.badRequest("invalid_field",
                "Dịch vụ không tồn tại / unknown service in field 'service': " + code));
    }

    private static int sequence(String number, String prefix) {
        if (!number.startsWith(prefix) || !number.substring(prefix.length()).matches("\\d{4}")) {
            throw ApiException.badRequest("invalid_field", "number phải có dạng " + prefix + "NNNN / field 'number' must look like "
                    + prefix + "0042");
        }
        return Integer.parseInt(number.substring(prefix.length()));
    }
}
