package vn.motcua.server.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.motcua.client.CentreTime;
import vn.motcua.server.dossier.DossierCodes;
import vn.motcua.server.dossier.WorkingDays;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * The seeded history's kiosk dossiers: about half of the past visits that ended with a dossier received at a
 * service with a procedure get the dossier the kiosk would have filed before the ticket (its components
 * reused, uploaded or on paper), a due day in working days and a result on time, late or not yet, so the
 * national indicators have a past to show. Simulated people: no real personal data.
 */
public final class HistoryDossiers {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final String NUMBER = "001099000001";
    private static final String NAME = "Công dân mô phỏng";

    private record Visit(long ticketId, String number, String service, long arrivedAt) {
    }

    /** Files the dossiers of the visits before {@code today}; returns how many. */
    public int seed(Database db, LocalDate today, long now, long seed) {
        Random random = new Random(seed);
        WorkingDays workingDays = new WorkingDays(new vn.motcua.server.settings.CalendarStore());
        return db.transaction(c -> {
            Map<String, String> procedureOf = new HashMap<>();
            Sql.list(c, "SELECT service_code, code FROM procedure_def ORDER BY sort_order, code",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}).forEach(p -> procedureOf.putIfAbsent(p[0], p[1]));
            List<Visit> visits = Sql.list(c, "SELECT t.id, t.number, t.service_code, t.arrived_at FROM ticket t "
                    + "WHERE t.origin_ticket_id IS NULL AND t.service_day < ? AND EXISTS (SELECT 1 FROM event e "
                    + "WHERE e.ticket_id = t.id AND e.type = 'ticket.finished' AND e.detail = 'RECEIVED') ORDER BY t.arrived_at",
                    rs -> new Visit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)), today.toString());
            String agency = new DossierCodes(new vn.motcua.server.settings.CentreSettings()).agency(c);
            Map<String, Integer> sequence = new HashMap<>();
            int filed = 0;
            for (Visit v : visits) {
                String procedure = procedureOf.get(v.service());
                if (procedure == null || random.nextDouble() >= 0.5) {
                    continue;
                }
                ZonedDateTime received = Instant.ofEpochMilli(v.arrivedAt()).atZone(CentreTime.ZONE);
                String day = received.format(DAY);
                int seq = sequence.merge(day, 1, Integer::sum);
                String code = agency + "-" + day + "-" + String.format("%04d", seq);
                long due = workingDays.add(c, received, 1 + random.nextInt(5)).toInstant().toEpochMilli();
                Long resolved = resolvedAt(random, v.arrivedAt(), due, now);
                long id = Sql.insert(c, "INSERT INTO dossier (code, procedure_code, service_code, applicant_number, "
                        + "applicant_name, declaration, status, received_at, due_at, consent_at, consent_text, ticket_id, "
                        + "ticket_number) VALUES (?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, 'dossier-consent-v1', ?, ?)", code, procedure,
                        v.service(), NUMBER, NAME, resolved == null ? "IN_PROCESSING" : "RETURNED", v.arrivedAt(), due,
                        v.arrivedAt(), v.ticketId(), v.number());
                document(c, id, 0, null, "Tờ khai", "DECLARATION");
                double r = random.nextDouble();
                document(c, id, 1, "KQ0003", "Căn cước công dân", r < 0.4 ? "REUSE" : r < 0.85 ? "UPLOAD" : "PAPER");
                document(c, id, 2, null, "Giấy tờ kèm theo", random.nextDouble() < 0.75 ? "UPLOAD" : "PAPER");
                event(c, id, v.arrivedAt(), "RECEIVED");
                event(c, id, v.arrivedAt() + 3_600_000, "IN_PROCESSING");
                if (resolved != null) {
                    event(c, id, resolved, "READY");
                    event(c, id, Math.min(now, resolved + 86_400_000), "RETURNED");
                }
                filed++;
            }
            for (var e : sequence.entrySet()) {
                Sql.update(c, "INSERT INTO dossier_sequence (agency_code, day, last_value) VALUES (?, ?, ?)", agency,
                        e.getKey(), e.getValue());
            }
            return filed;
        });
    }

    /** Nine in ten on time, some late, some not yet; never after {@code now}. */
    private static Long resolvedAt(Random random, long received, long due, long now) {
        double r = random.nextDouble();
        long at = r < 0.9 ? received + 3_600_000 + (long) (random.nextDouble() * Math.max(0, due - received - 3_600_000))
                : r < 0.96 ? due + 86_400_000L * (1 + random.nextInt(3)) : Long.MAX_VALUE;
        return at <= now ? at : null;
    }

    private static void document(Connection c, long dossier, int position, String type, String name, String source)
            throws SQLException {
        Sql.update(c, "INSERT INTO dossier_document (dossier_id, position, doc_type, name_vi, source) VALUES (?, ?, ?, ?, ?)",
                dossier, position, type, name, source);
    }

    private static void event(Connection c, long dossier, long at, String status) throws SQLException {
        Sql.update(c, "INSERT INTO dossier_event (dossier_id, at, status, note) VALUES (?, ?, ?, 'demo-history')", dossier, at,
                status);
    }
}
