package vn.motcua.server.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.motcua.client.CentreTime;
import vn.motcua.client.Json;
import vn.motcua.client.upstream.QueueFact;
import vn.motcua.client.upstream.RatingFact;
import vn.motcua.client.upstream.ServiceFact;
import vn.motcua.client.upstream.UpstreamBatch;
import vn.motcua.client.upstream.UpstreamEvent;
import vn.motcua.client.upstream.UpstreamKind;

/** Builds a centre's upstream events in outbox order, as a publisher would send them. */
final class Events {
    private final List<UpstreamEvent> events = new ArrayList<>();
    private long nextId;
    private long nextEvent;

    Events(long firstId) {
        this.nextId = firstId;
        this.nextEvent = firstId * 10;
    }

    static String day(long at) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(at), CentreTime.ZONE).toString();
    }

    Events queue(String type, long at, Long ticket, String service, String state, Integer counter, String counterState,
                 Long officer, String detail) {
        events.add(new UpstreamEvent(nextId++, UpstreamKind.QUEUE, at, day(at), new QueueFact(nextEvent++, type, ticket,
                ticket == null ? null : service + ticket, service, ticket == null ? null : "NORMAL", state, counter, counterState,
                officer, 0, detail), null, null, null));
        return this;
    }

    Events issued(long at, long ticket, String service) {
        return queue("ticket.issued", at, ticket, service, "WAITING", null, null, null, null);
    }

    Events called(long at, long ticket, String service, int counter, long officer) {
        return queue("ticket.called", at, ticket, service, "CALLED", counter, null, officer, null);
    }

    Events started(long at, long ticket, String service, int counter, long officer) {
        return queue("ticket.started", at, ticket, service, "SERVING", counter, null, officer, null);
    }

    Events finished(long at, long ticket, String service, int counter, long officer) {
        return queue("ticket.finished", at, ticket, service, "DONE", counter, null, officer, "RECEIVED");
    }

    Events counter(long at, int counter, String state, long officer) {
        return queue("counter.changed", at, null, null, null, counter, state, officer, null);
    }

    Events rating(long at, long ticket, int counter, long officer, String score) {
        events.add(new UpstreamEvent(nextId++, UpstreamKind.RATING, at, day(at),
                null, new RatingFact(ticket, counter, officer, score, List.of("FAST_SERVICE")), null, null));
        return this;
    }

    Events service(long at, String code, String nameVi, int waitMin, int processingMin) {
        events.add(new UpstreamEvent(nextId++, UpstreamKind.SERVICE, at, day(at), null, null, null,
                new ServiceFact(code, nameVi, code, waitMin, processingMin)));
        return this;
    }

    /**
     * One visit of ticket {@code ticket}: waits 0–40 min at one of two counters (officers 7 and 8), then a no-show (one
     * in ten) or 5–50 min of service and, half the time, a rating. Returns {ticket, counter} when rated, else null.
     */
    long[] visit(Random random, long arrival, long ticket, String service) {
        int counter = 1 + random.nextInt(2);
        long officer = 6 + counter;
        long call = arrival + random.nextInt(40) * 60_000L;
        issued(arrival, ticket, service).called(call, ticket, service, counter, officer);
        if (random.nextInt(10) == 0) {
            queue("ticket.no_show", call + 180_000L, ticket, service, "NO_SHOW", counter, null, officer, null);
            return null;
        }
        long end = call + (5 + random.nextInt(45)) * 60_000L;
        started(call + 30_000L, ticket, service, counter, officer).finished(end, ticket, service, counter, officer);
        if (random.nextBoolean()) {
            rating(end + 30_000L, ticket, counter, officer, random.nextInt(4) == 0 ? "DISSATISFIED" : "SATISFIED");
            return new long[] {ticket, counter};
        }
        return null;
    }

    /** Epoch ms of {@code hour:minute} on {@code day} in the centre's time. */
    static long at(String day, int hour, int minute) {
        return LocalDate.parse(day).atTime(hour, minute).atZone(CentreTime.ZONE).toInstant().toEpochMilli();
    }

    List<UpstreamEvent> list() {
        return List.copyOf(events);
    }

    String batch(String centre) {
        return json(new UpstreamBatch(centre, events));
    }

    static String json(Object o) {
        try {
            return Json.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
