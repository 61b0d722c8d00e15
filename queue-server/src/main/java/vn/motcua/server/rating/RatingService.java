package vn.motcua.server.rating;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import vn.motcua.client.CentreTime;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.ServiceDay;

/**
 * One rating per finished ticket, given on the tablet of the counter that finished it and only for a short
 * while after: a tablet cannot rate a ticket of another counter, an old ticket, or the same ticket twice.
 */
public final class RatingService {
    /** How long after the finish the tablet keeps asking. */
    public static final long WINDOW_MILLIS = 10 * 60_000L;
    static final int MAX_REASONS = Reason.values().length;

    private final Database db;
    private final Clock clock;
    private final vn.motcua.server.upstream.Outbox outbox = new vn.motcua.server.upstream.Outbox();

    public RatingService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The wire shape of POST /api/v1/ratings. */
    public record RatingRequest(Integer counter, Long ticketId, String score, List<String> reasons) {
    }

    /** A ticket waiting for its rating at a counter. */
    public record Pending(long ticketId, String number, String service, int counter, OffsetDateTime finishedAt) {
    }

    public record Rated(long ticketId, String number, int counter, String score, List<String> reasons, OffsetDateTime at) {
    }

    private record Finish(long ticketId, String number, String service, long at, int counter, Long officer) {
    }

    /**
     * A rating comes from the tablet of the counter that served ({@code device add --counter N}); any other
     * device token, a kiosk's included, is refused, so nobody can use up a ticket's one rating elsewhere.
     */
    public void requireTabletOf(Principal device, int counter) {
        Optional<Integer> bound = db.read(c -> Sql.one(c, "SELECT counter_number FROM device WHERE id = ? "
                + "AND counter_number IS NOT NULL", rs -> rs.getInt(1), device.id()));
        if (bound.isEmpty() || bound.get() != counter) {
            throw ApiException.forbidden("Thiết bị này không phải máy đánh giá của quầy " + counter
                    + " / this device is not the rating tablet of counter " + counter);
        }
    }

    public Optional<Pending> pending(int counter) {
        long now = clock.millis();
        return db.read(c -> {
            Optional<Finish> f = lastFinish(c, counter, now);
            if (f.isEmpty() || Sql.count(c, "SELECT COUNT(*) FROM rating WHERE ticket_id = ?", f.get().ticketId()) > 0) {
                return Optional.empty();
            }
            Finish x = f.get();
            return Optional.of(new Pending(x.ticketId(), x.number(), x.service(), x.counter(), time(x.at())));
        });
    }

    public Rated rate(RatingRequest request, Principal device) {
        if (request.counter() == null || request.ticketId() == null || request.score() == null) {
            throw ApiException.badRequest("invalid_field", "Thiếu trường bắt buộc / missing field 'counter', 'ticketId' or 'score'");
        }
        Score score;
        try {
            score = Score.valueOf(request.score());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_field", "Mức đánh giá không hợp lệ / field 'score' must be one of "
                    + java.util.Arrays.toString(Score.values()));
        }
        List<String> reasons = new ArrayList<>(new LinkedHashSet<>(request.reasons() == null ? List.of() : request.reasons()));
        if (reasons.size() > MAX_REASONS) {
            throw ApiException.badRequest("invalid_field", "Quá nhiều lý do / too many entries in 'reasons'");
        }
        for (String r : reasons) {
            try {
                Reason.valueOf(r);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw ApiException.badRequest("invalid_field", "Lý do không hợp lệ / field 'reasons' has an unknown entry");
            }
        }
        int counter = request.counter();
        long ticketId = request.ticketId();
        long now = clock.millis();
        return db.transaction(c -> {
            Finish f = Sql.one(c, "SELECT e.ticket_id, e.number, e.service_code, e.at, e.counter_number, e.officer_id FROM event e "
                            + "WHERE e.ticket_id = ? AND e.type = 'ticket.finished' ORDER BY e.id DESC LIMIT 1",
                    RatingService::finish, ticketId).orElseThrow(() -> ApiException.conflict(
                    "Số này chưa được phục vụ xong / the ticket has not been finished"));
            if (f.counter() != counter) {
                throw ApiException.forbidden("Số này không kết thúc tại quầy " + counter + " / the ticket was not finished at counter "
                        + counter);
            }
            if (now - f.at() > WINDOW_MILLIS) {
                throw ApiException.conflict("Đã hết thời gian đánh giá / the rating window has closed");
            }
            if (Sql.count(c, "SELECT COUNT(*) FROM rating WHERE ticket_id = ?", ticketId) > 0) {
                throw new ApiException(409, "already_rated", "Số này đã được đánh giá / the ticket has been rated already");
            }
            Sql.update(c, "INSERT INTO rating (ticket_id, at, service_day, counter_number, officer_id, device_id, score, reasons) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", ticketId, now, ServiceDay.of(now), counter, f.officer(),
                    device.deviceId(), score.name(), reasons.isEmpty() ? null : String.join(",", reasons));
            outbox.rating(c, now, ticketId, counter, f.officer(), score.name(), List.copyOf(reasons));
            return new Rated(ticketId, f.number(), counter, score.name(), reasons, time(now));
        });
    }

    private static Optional<Finish> lastFinish(Connection c, int counter, long now) throws SQLException {
        // Restricted to the service days the window can reach so the (service_day, type) index does the work.
        return Sql.one(c, "SELECT ticket_id, number, service_code, at, counter_number, officer_id FROM event "
                        + "WHERE service_day IN (?, ?) AND type = 'ticket.finished' AND counter_number = ? AND at >= ? "
                        + "ORDER BY id DESC LIMIT 1", RatingService::finish,
                ServiceDay.of(now - WINDOW_MILLIS), ServiceDay.of(now), counter, now - WINDOW_MILLIS);
    }

    private static Finish finish(java.sql.ResultSet rs) throws SQLException {
        return new Finish(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getInt(5),
                Sql.longOrNull(rs, "officer_id"));
    }

    private static OffsetDateTime time(long millis) {
        return Instant.ofEpochMilli(millis).atZone(CentreTime.ZONE).toOffsetDateTime();
    }
}
