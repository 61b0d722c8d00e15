package vn.motcua.client.booking;

import java.time.LocalDate;

/** An open day within the booking horizon (centre time) and its free places over all slots. */
public record BookingDay(LocalDate date, int free) {
}
