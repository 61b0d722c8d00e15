package vn.motcua.client;

/** Ticket life cycle: WAITING → CALLED → SERVING → DONE, with the side exits of DESIGN.md. */
public enum TicketState {
    WAITING, CALLED, SERVING, DONE, NO_SHOW, TRANSFERRED, CANCELLED, EXPIRED;

    public boolean isLive() {
        return this == WAITING || this == CALLED || this == SERVING;
    }
}
