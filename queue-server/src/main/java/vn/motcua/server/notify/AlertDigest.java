package vn.motcua.server.notify;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;
import vn.motcua.server.ticket.ServiceDay;

/**
 * The live view's alerts on the manager's phone, run in the notifier's rounds. The service levels are checked
 * here too (every {@link #WATCH_MILLIS}), because nobody may have the dashboard open. Each alert episode is
 * told once, in at most one message per interval: the first alert goes at once, those raised within the
 * interval after it wait and go together ("3 cảnh báo: …; …; …"), at most {@link #LISTED} spelled out. An episode
 * that cleared or was acknowledged before its message was made is not told.
 */
final class AlertDigest {
    static final long WATCH_MILLIS = 15_000;
    static final int LISTED = 3;
    static final int MAX_TEXT = 320;

    private final Database db;
    private final Clock clock;
    private final CentreSettings centre;
    private final Notifier.ServiceLevelCheck watch;
    private final AlertMessages store = new AlertMessages();
    private final Outbox outbox;
    private long lastWatch;

    AlertDigest(Database db, Clock clock, CentreSettings centre, Notifier.ServiceLevelCheck watch) {
        this.db = db;
        this.clock = clock;
        this.centre = centre;
        this.watch = watch;
        this.outbox = new Outbox("alert_message", db, clock);
    }

    /** Checks the service levels when due, and makes the next message when the interval allows and something is untold. */
    void gather(NotifySettings s, List<String> channels) {
        NotifySettings.ManagerAlerts m = s.manager();
        if (m == null || channels.isEmpty()) {
            return;
        }
        long now = clock.millis();
        db.transaction(c -> {
            if (now - lastWatch >= WATCH_MILLIS || now < lastWatch) {
                lastWatch = now;
                watch.check(c, now);
            }
            Long last = store.lastCreated(c).orElse(null);
            if (last != null && now - last < m.intervalMinutes() * 60_000L) {
                return null;
            }
            List<AlertMessages.Untold> untold = store.untold(c, m.kinds(), ServiceDay.start(ServiceDay.of(now)));
            if (untold.isEmpty()) {
                return null;
            }
            String text = text(centre.name(c), untold.stream().map(AlertMessages.Untold::text).toList());
            for (String ch : channels) {
                store.enqueue(c, ch, text, untold.size(), now);
            }
            store.told(c, untold, now);
            return null;
        });
    }

    /** Sends the due messages to the manager's phone; failures are retried with the call-backs' backoff. */
    void send(NotifySettings s, Function<String, Channel> channels) {
        long now = clock.millis();
        for (AlertMessages.Due d : db.read(c -> store.due(c, now, 20))) {
            Channel channel = channels.apply(d.channel());
            if (channel == null || s.manager() == null) {
                outbox.drop(d.id(), channel == null ? "channel off" : "no manager phone");
                continue;
            }
            outbox.deliver(d.id(), d.attempts(), s, d.channel() + " alert message " + d.id(),
                    () -> channel.send(s.manager().phone(), Message.alert(d.text())));
        }
    }

    /** "Trung tâm X: <alert>", or "Trung tâm X, 4 cảnh báo: a; b; c; và 1 cảnh báo khác", at most {@link #MAX_TEXT} characters. */
    static String text(String centreName, List<String> alerts) {
        StringBuilder b = new StringBuilder(centreName == null || centreName.isBlank() ? "Một cửa" : centreName.strip());
        if (alerts.size() == 1) {
            b.append(": ").append(alerts.get(0));
        } else {
            b.append(", ").append(alerts.size()).append(" cảnh báo: ");
            b.append(String.join("; ", alerts.subList(0, Math.min(LISTED, alerts.size()))));
            if (alerts.size() > LISTED) {
                b.append("; và ").append(alerts.size() - LISTED).append(" cảnh báo khác");
            }
        }
        return b.length() <= MAX_TEXT ? b.toString() : b.substring(0, MAX_TEXT - 1) + "…";
    }
}
