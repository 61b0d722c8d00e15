package vn.motcua.client;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of event in the append-only log and on /api/v1/events. {@link QueueEvent#type()} keeps the
 * wire name as text so that a client still reads a stream that carries a kind newer than itself.
 */
public enum EventType {
    TICKET_ISSUED("ticket.issued"),
    TICKET_CALLED("ticket.called"),
    TICKET_RECALLED("ticket.recalled"),
    TICKET_STARTED("ticket.started"),
    TICKET_FINISHED("ticket.finished"),
    TICKET_NO_SHOW("ticket.no_show"),
    TICKET_REINSTATED("ticket.reinstated"),
    TICKET_TRANSFERRED("ticket.transferred"),
    TICKET_CANCELLED("ticket.cancelled"),
    TICKET_EXPIRED("ticket.expired"),
    TICKET_CARRIED_OVER("ticket.carried_over"),
    /** An officer set a visit aside ("chờ bổ sung"); it is called back later with {@code ticket.called}. */
    TICKET_SET_ASIDE("ticket.set_aside"),
    COUNTER_CHANGED("counter.changed"),
    DEVICE_STATUS("device.status"),
    HELP_REQUESTED("help.requested"),
    /** A manager acknowledged an alert ("đã xử lý"). */
    ALERT_ACKNOWLEDGED("alert.acknowledged");

    private static final Map<String, EventType> BY_WIRE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(EventType::wire, Function.identity()));

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    /** The name stored in the event table and sent as {@code type}. */
    public String wire() {
        return wire;
    }

    /** The kind named {@code wire}, or null for a kind this build does not know. */
    public static EventType of(String wire) {
        return wire == null ? null : BY_WIRE.get(wire);
    }

    /** Whether {@code wire} names this kind. */
    public boolean is(String wire) {
        return this.wire.equals(wire);
    }
}
