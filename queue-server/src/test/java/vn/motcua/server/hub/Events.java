package vn.motcua.server.hub;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
