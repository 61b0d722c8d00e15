package vn.motcua.client;

import java.util.List;

/** Per-counter part of the public queue snapshot; {@code state} is OPEN, PAUSED or CLOSED. */
public record CounterStatus(int number, String state, List<String> services, boolean priority,
                            String currentNumber, Long currentTicketId, String currentState) {
}
