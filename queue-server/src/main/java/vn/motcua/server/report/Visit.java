package vn.motcua.server.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.CentreTime;

/**
 * One visitor's trip through the centre: the segment issued at the kiosk and every segment a transfer made
 * from it. Built from the events (or read back from its folded row); kept small because a year of a large
 * centre is a million of them.
 */
public final class Visit {
    /** A serving segment: who served and for how long. */
    record Serving(int counter, long officer, long millis) {
    }

    final long rootTicket;
    /** A visit with several services: the first service's visit's root ticket; {@code leg} counts from 0. */
    long visitRoot;
    int leg;
    final String service;
    final String category;
    final String day;
    final long arrival;
    /** Arrival, or for an appointment the later of check-in and the booked slot. */
    final long waitStart;
    /** Hour of day and ISO weekday (1 Monday) of the arrival in Asia/Ho_Chi_Minh. */
    final byte hour;
    final byte weekday;
    long firstCall = -1;
    int firstCounter = -1;
    long firstOfficer = -1;
    long processing;
    List<Serving> servings;
    /** DONE, NO_SHOW, CANCELLED, EXPIRED; null while still live. */
    String end;
    boolean waitingAtClose;
    String outcome;
    long finishOfficer = -1;
    String rating;
    int ratingCounter = -1;
    long ratingOfficer = -1;
    /** Whether an officer set the visit aside ("chờ bổ sung"), and the time it spent aside until called back. */
    boolean setAside;
    long aside;

    Visit(long rootTicket, String service, String category, String day, long arrival, long waitStart) {
        this.rootTicket = rootTicket;
        this.visitRoot = rootTicket;
        this.service = service;
        this.category = category;
        this.day = day;
        this.arrival = arrival;
        this.waitStart = waitStart;
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochMilli(arrival), CentreTime.ZONE);
        this.hour = (byte) local.getHour();
        this.weekday = (byte) local.getDayOfWeek().getValue();
    }

    /** The counter that first called the visit, or -1. */
    public int firstCounter() {
        return firstCounter;
    }

    boolean called() {
        return firstCall >= 0;
    }

    long waitMillis() {
        return firstCall - waitStart;
    }

    boolean served() {
        return servings != null;
    }

    void addServing(int counter, long officer, long millis) {
        if (servings == null) {
            servings = new ArrayList<>(1);
        }
        servings.add(new Serving(counter, officer, millis));
        processing += millis;
    }
}
