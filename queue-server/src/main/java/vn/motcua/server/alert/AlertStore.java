package vn.motcua.server.alert;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import vn.motcua.client.CentreTime;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.ServiceDay;

/**
 * Alert episodes the manager sees and acknowledges. A repeat of an alert that nobody has acknowledged yet
 * joins its episode (counted, not listed again), also when the fault had cleared in between: a printer that
 * flaps between paper out and online is one line "×4", not four.
 */
public final class AlertStore {
    /** How long an acknowledged alert stays on the live view, greyed, with who handled it. */
    public static final Duration SHOWN_AFTER_ACK = Duration.ofMinutes(15);

    /** An episode as the live view shows it. */
    public record Alert(long id, String kind, String service, String messageVi, String messageEn, int repeats,
                        OffsetDateTime firstAt, OffsetDateTime lastAt, String ackedBy, OffsetDateTime ackedAt,
                        boolean resolved) {
    }

    private record Open(long id, boolean resolved) {
    }

    /**
     * A device reported a fault or a citizen pressed for help: a new episode, or one more report of the
     * unacknowledged one (also when it had cleared in between).
     *
     * @return whether the live view changes: a new episode or a cleared one back
     */
    public boolean report(Connection c, String kind, String key, String service, String messageVi, String messageEn,
                          long at) throws SQLException {
        Optional<Open> open = unacknowledged(c, key);
        if (open.isEmpty()) {
            insert(c, kind, key, service, messageVi, messageEn, at);
            return true;
        }
        Sql.update(c, "UPDATE live_alert SET repeats = repeats + 1, last_at = ?, resolved_at = NULL WHERE id = ?", at,
                open.get().id());
        return open.get().resolved();
    }

    /**
     * A condition that is checked again and again (a service past its limit) still holds: raised once, its
     * text kept current (how long the longest wait is now); back after it had cleared counts as a repeat.
     *
     * @return whether the live view changes: a new episode or a cleared one back
     */
    public boolean hold(Connection c, String kind, String key, String service, String messageVi, String messageEn,
                        long since, long now) throws SQLException {
        Optional<Open> open = unacknowledged(c, key);
        if (open.isEmpty()) {
            if (Sql.count(c, "SELECT COUNT(*) FROM live_alert WHERE alert_key = ? AND resolved_at IS NULL", key) > 0) {
                // acknowledged and still true: the manager knows; only the text moves on
                Sql.update(c, "UPDATE live_alert SET message_vi = ?, message_en = ? WHERE alert_key = ? AND resolved_at IS NULL",
                        messageVi, messageEn, key);
                return false;
            }
            insert(c, kind, key, service, messageVi, messageEn, since);
            return true;
        }
        if (open.get().resolved()) {
            Sql.update(c, "UPDATE live_alert SET repeats = repeats + 1, last_at = ?, resolved_at = NULL, message_vi = ?, "
                    + "message_en = ? WHERE id = ?", now, messageVi, messageEn, open.get().id());
            return true;
        }
        Sql.update(c, "UPDATE live_alert SET message_vi = ?, message_en = ? WHERE id = ?", messageVi, messageEn,
                open.get().id());
        return false;
    }

    /**
     * Alerts kept elsewhere in memory (ticket bursts: {vi, en, who}) brought into step: each held under
     * {@code kind:who}, the ones no longer listed cleared.
     */
    public void sync(Connection c, String kind, List<String[]> current, long now) throws SQLException {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (String[] a : current) {
            String key = kind + ":" + a[2];
            keys.add(key);
            hold(c, kind, key, null, a[0], a[1], now, now);
        }
        for (String key : Sql.list(c, "SELECT alert_key FROM live_alert WHERE kind = ? AND resolved_at IS NULL",
                rs -> rs.getString(1), kind)) {
            if (!keys.contains(key)) {
                resolve(c, key, now);
            }
        }
    }

    private static Optional<Open> unacknowledged(Connection c, String key) throws SQLException {
        return Sql.one(c, "SELECT id, resolved_at FROM live_alert WHERE alert_key = ? AND acked_at IS NULL "
                + "ORDER BY id DESC LIMIT 1", rs -> new Open(rs.getLong(1), rs.getObject(2) != null), key);
    }

    private static void insert(Connection c, String kind, String key, String service, String messageVi, String messageEn,
                               long at) throws SQLException {
        Sql.insert(c, "INSERT INTO live_alert (kind, alert_key, service_code, message_vi, message_en, first_at, last_at, "
                + "repeats) VALUES (?, ?, ?, ?, ?, ?, ?, 1)", kind, key, service, messageVi, messageEn, at, at);
    }

    /** The condition behind {@code key} is over (the service is back under its limit). */
    public boolean resolve(Connection c, String key, long at) throws SQLException {
        return Sql.update(c, "UPDATE live_alert SET resolved_at = ? WHERE alert_key = ? AND resolved_at IS NULL", at, key) > 0;
    }

    /** Every open alert whose key starts with {@code prefix} is over (a device part back ONLINE). */
    public boolean resolvePrefix(Connection c, String prefix, long at) throws SQLException {
        return Sql.update(c, "UPDATE live_alert SET resolved_at = ? WHERE SUBSTR(alert_key, 1, ?) = ? "
                + "AND resolved_at IS NULL", at, prefix.length(), prefix) > 0;
    }

    /** The open alerts of {@code prefix} other than {@code key} are over (a part that went from one fault to another). */
    public boolean resolveOthers(Connection c, String prefix, String key, long at) throws SQLException {
        return Sql.update(c, "UPDATE live_alert SET resolved_at = ? WHERE SUBSTR(alert_key, 1, ?) = ? "
                + "AND alert_key <> ? AND resolved_at IS NULL", at, prefix.length(), prefix, key) > 0;
    }

    /**
     * "Đã xử lý": who and when. A help request is over once handled; a device fault stays listed (greyed) until
     * the device reports the part back. Acknowledging twice is refused and changes nothing.
     */
    public Alert acknowledge(Connection c, long id, Principal by, long at) throws SQLException {
        Alert a = find(c, id).orElseThrow(() -> ApiException.notFound("Cảnh báo / alert " + id));
        if (a.ackedAt() != null) {
            throw ApiException.conflict("Cảnh báo đã được " + a.ackedBy() + " xử lý lúc " + a.ackedAt().toLocalTime()
                    + " / alert already acknowledged by " + a.ackedBy());
        }
        Sql.update(c, "UPDATE live_alert SET acked_by = ?, acked_name = ?, acked_at = ?, resolved_at = CASE WHEN kind = 'help' "
                + "THEN ? ELSE resolved_at END WHERE id = ?", by.userId(), by.name(), at, at, id);
        return find(c, id).orElseThrow();
    }

    /**
     * What the live view lists: every open episode (help requests of today only) and, for a quarter of an hour,
     * the ones acknowledged, oldest first.
     */
    public List<Alert> shown(Connection c, long now) throws SQLException {
        long dayStart = ServiceDay.start(ServiceDay.of(now));
        return Sql.list(c, "SELECT " + COLUMNS + " FROM live_alert WHERE (resolved_at IS NULL AND (kind <> 'help' OR last_at >= ?)) "
                + "OR acked_at >= ? ORDER BY first_at, id", AlertStore::map, dayStart, now - SHOWN_AFTER_ACK.toMillis());
    }

    public Optional<Alert> find(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM live_alert WHERE id = ?", AlertStore::map, id);
    }

    private static final String COLUMNS = "id, kind, service_code, message_vi, message_en, repeats, first_at, last_at, "
            + "acked_name, acked_at, resolved_at";

    private static Alert map(java.sql.ResultSet rs) throws SQLException {
        Long acked = Sql.longOrNull(rs, "acked_at");
        return new Alert(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                time(rs.getLong(7)), time(rs.getLong(8)), rs.getString(9), acked == null ? null : time(acked),
                rs.getObject(11) != null);
    }

    private static OffsetDateTime time(long millis) {
        return Instant.ofEpochMilli(millis).atZone(CentreTime.ZONE).toOffsetDateTime();
    }
}
