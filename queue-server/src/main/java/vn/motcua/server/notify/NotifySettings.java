package vn.motcua.server.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How call-backs are sent (setting {@code notify}). {@code aheadThreshold}: "còn khoảng N số nữa" goes when a
 * ticket has at most this many people ahead; {@code maxAttempts} and {@code backoffSeconds}: a failed send is
 * retried after backoff × 2^(attempt − 1) seconds (at most 10 minutes) until it has been tried this often.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NotifySettings(Sms sms, Webhook webhook, int aheadThreshold, int maxAttempts, int backoffSeconds,
                             ManagerAlerts manager) {
    public static final String SETTING = "notify";
    static final String HIDDEN = "********";

    /**
     * An SMS gateway over HTTP: POST {@code url} with JSON {"to", "text"} and HTTP basic credentials. The
     * templates may use {number}, {counter} and {ahead}, nothing else: no name, no personal number.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Sms(String url, String username, String password, String soonTemplate, String calledTemplate) {
        public Sms {
            checkUrl(url, "sms.url");
            if (soonTemplate == null || soonTemplate.isBlank()) {
                soonTemplate = "Số {number}: còn khoảng {ahead} số nữa đến lượt quý khách.";
            }
            if (calledTemplate == null || calledTemplate.isBlank()) {
                calledTemplate = "Mời số {number} đến quầy {counter}.";
            }
            for (String t : new String[] {soonTemplate, calledTemplate}) {
                if (t.length() > 160 || t.replaceAll("\\{(number|counter|ahead)}", "").contains("{")) {
                    throw new IllegalArgumentException("sms templates: at most 160 characters, "
                            + "placeholders {number}, {counter}, {ahead} only");
                }
            }
        }
    }

    /** A webhook: POST {@code url} with JSON {"kind", "number", "counter", "ahead", "text"}; {@code token} as a Bearer header. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Webhook(String url, String token) {
        public Webhook {
            checkUrl(url, "webhook.url");
        }
    }

    /**
     * Alerts of the live view sent to the manager's phone (by SMS) and to the webhook. {@code kinds}: which
     * alerts (wait, queue: a service past its limit; device: a kiosk fault; help: the help button), by default
     * the first three. {@code intervalMinutes} (default 10): at most one message per interval; the alerts raised in between
     * go together in the next one. An alert is told once: its repeats while nobody acknowledged it are not.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ManagerAlerts(String phone, List<String> kinds, Integer intervalMinutes) {
        static final List<String> KINDS = List.of("wait", "queue", "device", "help");

        public ManagerAlerts {
            String canonical = vn.motcua.server.booking.Phones.canonical(phone);
            if (canonical == null) {
                throw new IllegalArgumentException("manager.phone must be a Vietnamese mobile number (10 digits, 03/05/07/08/09)");
            }
            phone = canonical;
            kinds = kinds == null || kinds.isEmpty() ? KINDS.subList(0, 3) : List.copyOf(kinds);
            if (!KINDS.containsAll(kinds)) {
                throw new IllegalArgumentException("manager.kinds: each one of " + KINDS);
            }
            intervalMinutes = intervalMinutes == null ? 10 : intervalMinutes;
            if (intervalMinutes < 1 || intervalMinutes > 240) {
                throw new IllegalArgumentException("manager.intervalMinutes must be 1..240");
            }
        }
    }

    public NotifySettings(Sms sms, Webhook webhook, int aheadThreshold, int maxAttempts, int backoffSeconds) {
        this(sms, webhook, aheadThreshold, maxAttempts, backoffSeconds, null);
    }

    public NotifySettings {
        if (aheadThreshold < 1 || aheadThreshold > 50) {
            throw new IllegalArgumentException("aheadThreshold must be 1..50");
        }
        if (maxAttempts < 1 || maxAttempts > 20) {
            throw new IllegalArgumentException("maxAttempts must be 1..20");
        }
        if (backoffSeconds < 1 || backoffSeconds > 600) {
            throw new IllegalArgumentException("backoffSeconds must be 1..600");
        }
    }

    /** Nothing is sent until the manager configures a channel. */
    public static NotifySettings defaults() {
        return new NotifySettings(null, null, 3, 6, 5);
    }

    /** As shown to the manager: the password and token never leave the server. */
    public NotifySettings redacted() {
        return new NotifySettings(sms == null ? null : new Sms(sms.url(), sms.username(), sms.password() == null ? null : HIDDEN,
                sms.soonTemplate(), sms.calledTemplate()),
                webhook == null ? null : new Webhook(webhook.url(), webhook.token() == null ? null : HIDDEN),
                aheadThreshold, maxAttempts, backoffSeconds, manager);
    }

    /** A saved form whose secret is the placeholder keeps the secret stored before. */
    public NotifySettings keepingSecretsOf(NotifySettings old) {
        Sms s = sms;
        if (s != null && HIDDEN.equals(s.password())) {
            s = new Sms(s.url(), s.username(), old.sms() == null ? null : old.sms().password(), s.soonTemplate(), s.calledTemplate());
        }
        Webhook w = webhook;
        if (w != null && HIDDEN.equals(w.token())) {
            w = new Webhook(w.url(), old.webhook() == null ? null : old.webhook().token());
        }
        return new NotifySettings(s, w, aheadThreshold, maxAttempts, backoffSeconds, manager);
    }

    long backoffMillis(int attempt) {
        return Math.min(600_000L, backoffSeconds * 1000L << Math.min(20, attempt - 1));
    }

    private static void checkUrl(String url, String field) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://")) || url.length() > 500) {
            throw new IllegalArgumentException(field + " must be an http:// or https:// address");
        }
    }
}
