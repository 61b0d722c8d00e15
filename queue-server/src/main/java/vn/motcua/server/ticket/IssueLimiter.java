package vn.motcua.server.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.CentreTime;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.RateBuckets;

/**
 * A token bucket per device and per person for POST /api/v1/tickets, and a note for the manager's live
 * view each time one runs dry: a flood is refused long before a service's numbers run out, and someone is
 * told. In memory on purpose: a restart forgives, which is what a flood deserves anyway.
 */
public final class IssueLimiter {
    private static final Logger LOG = LoggerFactory.getLogger(IssueLimiter.class);
    /** A burst stays on the manager's screen this long. */
    static final long ALERT_MILLIS = 15 * 60_000L;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(CentreTime.ZONE);
    private final Clock clock;
    private volatile IssueLimits limits;
    private final RateBuckets buckets;
    private final ConcurrentMap<String, Burst> bursts = new ConcurrentHashMap<>();

    /** The caller that ran dry, when first and last, and how many it was refused. */
    public record Burst(String who, long firstAt, long lastAt, int refused) {
    }

    public IssueLimiter(Clock clock, IssueLimits limits) {
        this.clock = clock;
        this.limits = limits;
        this.buckets = new RateBuckets(clock);
    }

    public void limits(IssueLimits limits) {
        this.limits = limits;
        buckets.clear();
    }

    public IssueLimits limits() {
        return limits;
    }

    /** Takes one ticket's worth from the caller's bucket, or refuses with 429 and raises the burst alert. */
    public void take(Principal by) {
        IssueLimits l = limits;
        int burst = by.device() ? l.deviceBurst() : l.userBurst();
        int perMinute = by.device() ? l.devicePerMinute() : l.userPerMinute();
        if (burst == Integer.MAX_VALUE) {
            return;
        }
        String key = RateBuckets.keyOf(by);
        long now = clock.millis();
        if (!buckets.take(key, burst, perMinute)) {
            String who = (by.device() ? "thiết bị / device " : "người dùng / user ") + by.name();
            Burst b = bursts.merge(key, new Burst(who, now, now, 1), (old, x) -> now - old.lastAt() > ALERT_MILLIS
                    ? x : new Burst(old.who(), old.firstAt(), now, old.refused() + 1));
            if (b.refused() == 1) {
                LOG.warn("ticket burst refused: {} took more than {} tickets at once", by.name(), burst);
            }
            long retry = Math.max(1, (long) Math.ceil(60.0 / perMinute));
            throw new ApiException(429, "rate_limited", "Lấy số quá nhanh, xin thử lại sau " + retry + " giây / too many "
                    + "tickets in a short time; try again in " + retry + " s").retryAfter(retry);
        }
    }

    /** The share rule: refused once this caller took {@code dailySharePerService} numbers of the service today. */
    public void checkShare(Principal by, String service, long takenToday) {
        if (takenToday >= limits.dailySharePerService()) {
            throw new ApiException(429, "daily_share_used", "Thiết bị/người dùng này đã lấy " + takenToday + " số của dịch vụ "
                    + service + " hôm nay / this caller took its day's share of service " + service + "'s numbers");
        }
    }

    /** Bursts of the last quarter hour, for the manager: Vietnamese and English text, and who (the alert's key). */
    public List<String[]> recentBursts() {
        long now = clock.millis();
        List<String[]> out = new ArrayList<>();
        bursts.values().removeIf(b -> now - b.lastAt() > ALERT_MILLIS);
        for (Burst b : bursts.values()) {
            String at = HH_MM.format(Instant.ofEpochMilli(b.firstAt()));
            out.add(new String[] {
                "Lấy số dồn dập: " + b.who() + " bị từ chối " + b.refused() + " lần (từ " + at + ")",
                "Ticket burst: " + b.who() + " refused " + b.refused() + " times (since " + at + ")", b.who()});
        }
        return out;
    }
}
