package vn.motcua.client;

/**
 * Ticket life cycle: WAITING → CALLED → SERVING → DONE, with the side exits of DESIGN.md; CALLED or SERVING →
 * ASIDE ("chờ bổ sung": the citizen fills in a form) → CALLED again when an officer calls it back.
 */
public enum TicketState {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, TRANSFERRED, CANCELLED, EXPIRED, ASIDE;

    public boolean isLive() {
        return this == WAITING || this == CALLED || this == SERVING || this == ASIDE;
    }
}
