package vn.motcua.server.hub;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.stream.Stream;
import vn.motcua.client.EventType;
import vn.motcua.client.upstream.DossierFact;
import vn.motcua.client.upstream.QueueFact;
import vn.motcua.client.upstream.RatingFact;
import vn.motcua.client.upstream.ServiceFact;
import vn.motcua.client.upstream.UpstreamBatch;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.server.rating.Score;

/**
 * Checks a whole batch before a row is written, so a malformed batch is refused with a message naming the
 * event and the field, and nothing of it is stored.
 */
final class BatchCheck {
    static final int MAX_EVENTS = 500;
    /** Events dated further than this into the future are refused: a centre's clock gone wrong. */
    private static final long FUTURE_SLACK_MS = 24 * 3_600_000L;

    private BatchCheck() {
    }

    /** The problem with {@code batch}, or null when it can be stored. */
    static String problem(UpstreamBatch batch, long now) {
        if (batch.centre() == null || batch.centre().isBlank()) {
            return "field 'centre' is missing";
        }
        if (batch.events() == null) {
            return "field 'events' is missing";
        }
        if (batch.events().size() > MAX_EVENTS) {
            return "a batch carries at most " + MAX_EVENTS + " events, this one " + batch.events().size();
        }
        long previous = 0;
        for (int i = 0; i < batch.events().size(); i++) {
            UpstreamEvent e = batch.events().get(i);
            String where = "events[" + i + "]";
            if (e == null) {
                return where + " is null";
            }
            where = where + " (id " + e.id() + ")";
            if (e.id() <= 0) {
                return where + ": 'id' must be positive";
            }
            if (e.id() <= previous) {
                return where + ": ids must strictly increase within a batch (previous " + previous + ")";
            }
            previous = e.id();
            String p = event(e, now);
            if (p != null) {
                return where + ": " + p;
            }
        }
        return null;
    }

    private static String event(UpstreamEvent e, long now) {
        if (e.kind() == null) {
            return "'kind' is missing";
        }
        if (e.at() <= 0 || e.at() > now + FUTURE_SLACK_MS) {
            return "'at' " + e.at() + " is not a plausible epoch-ms time";
        }
        if (e.serviceDay() == null || !e.serviceDay().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return "'serviceDay' must be yyyy-MM-dd";
        }
        try {
            LocalDate.parse(e.serviceDay());
        } catch (DateTimeParseException x) {
            return "'serviceDay' " + e.serviceDay() + " is not a date";
        }
        long facts = Stream.of(e.queue(), e.rating(), e.dossier(), e.service()).filter(Objects::nonNull).count();
        Object named = switch (e.kind()) {
            case QUEUE -> e.queue();
            case RATING -> e.rating();
            case DOSSIER -> e.dossier();
            case SERVICE -> e.service();
        };
        if (facts != 1 || named == null) {
            return "exactly one fact must be set, the one named by kind " + e.kind();
        }
        return switch (e.kind()) {
            case QUEUE -> queue(e.queue());
            case RATING -> rating(e.rating());
            case DOSSIER -> dossier(e.dossier());
            case SERVICE -> service(e.service());
        };
    }

    private static String queue(QueueFact q) {
        if (q.eventId() <= 0) {
            return "queue.eventId must be positive";
        }
        if (q.type() == null || q.type().isBlank() || q.type().length() > 40) {
            return "queue.type must be 1-40 characters";
        }
        if (EventType.TICKET_ISSUED.is(q.type()) && (q.ticketId() == null || q.service() == null)) {
            return "queue.type ticket.issued needs ticketId and service";
        }
        String p = text("queue.number", q.number(), 10);
        p = p != null ? p : text("queue.service", q.service(), 20);
        p = p != null ? p : text("queue.category", q.category(), 20);
        p = p != null ? p : text("queue.state", q.state(), 20);
        p = p != null ? p : text("queue.counterState", q.counterState(), 10);
        p = p != null ? p : text("queue.detail", q.detail(), 200);
        if (p == null && q.recalls() < 0) {
            p = "queue.recalls must not be negative";
        }
        return p;
    }

    private static String rating(RatingFact r) {
        if (r.ticketId() <= 0) {
            return "rating.ticketId must be positive";
        }
        try {
            Score.valueOf(r.score() == null ? "" : r.score());
        } catch (IllegalArgumentException x) {
            return "rating.score must be one of " + java.util.Arrays.toString(Score.values());
        }
        if (r.reasons() != null && String.join(",", r.reasons()).length() > 400) {
            return "rating.reasons longer than 400 characters";
        }
        return null;
    }

    private static String dossier(DossierFact d) {
        if (d.code() == null || d.code().isBlank()) {
            return "dossier.code is missing";
        }
        if (d.status() == null || d.status().isBlank()) {
            return "dossier.status is missing";
        }
        String p = text("dossier.code", d.code(), 60);
        p = p != null ? p : text("dossier.service", d.service(), 20);
        p = p != null ? p : text("dossier.procedure", d.procedure(), 60);
        return p != null ? p : text("dossier.status", d.status(), 30);
    }

    private static String service(ServiceFact s) {
        if (s.code() == null || s.code().isBlank() || s.nameVi() == null || s.nameVi().isBlank()) {
            return "service.code and service.nameVi are required";
        }
        if (s.targetWaitMin() <= 0 || s.targetProcessingMin() <= 0) {
            return "service targets must be positive minutes";
        }
        String p = text("service.code", s.code(), 20);
        p = p != null ? p : text("service.nameVi", s.nameVi(), 200);
        return p != null ? p : text("service.nameEn", s.nameEn(), 200);
    }

    private static String text(String field, String value, int max) {
        return value != null && value.length() > max ? field + " longer than " + max + " characters" : null;
    }
}
