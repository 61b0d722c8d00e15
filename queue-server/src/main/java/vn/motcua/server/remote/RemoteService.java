package vn.motcua.server.remote;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Json;
import vn.motcua.client.TicketView;
import vn.motcua.server.booking.Phones;
import vn.motcua.server.event.Recorder;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.notify.NotifyStore;
import vn.motcua.server.queue.RemoteTickets;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;
import vn.motcua.server.ticket.Ticket;
import vn.motcua.server.ticket.TicketService;
import vn.motcua.server.ticket.TicketStore;
import vn.motcua.server.ticket.TicketViews;
import vn.motcua.server.ticket.ServiceDay;

/**
 * Joining a queue from a phone where the centre allows it. The ticket is "remote" until its holder scans
 * the code the kiosk or the entrance shows (a daily code from the centre's key, so it cannot be had from
 * home before the day); unconfirmed it is never called, and once fewer than {@code confirmWithin} people
 * are ahead it is skipped (cancelled with detail remote_unconfirmed). The phone gets call-backs.
 */
public final class RemoteService implements RemoteTickets, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RemoteService.class);
    static final String KEY_SETTING = "remote.entranceKey";
    private static final String SKIPPED = "remote_unconfirmed";
    private final Database db;
    private final Recorder recorder;
    private final Clock clock;
    private final CentreSettings centre;
    private final TicketService tickets;
    private final TicketStore ticketStore;
    private final TicketViews views;
    private final NotifyStore contacts;
    private final RemoteStore store = new RemoteStore();
    private final SecureRandom random = new SecureRandom();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "remote-sweep");
        t.setDaemon(true);
        return t;
    });
    private volatile RemoteSettings settings;

    private final byte[] entranceKey;

    public RemoteService(Database db, Recorder recorder, Clock clock, CentreSettings centre, TicketService tickets,
                         TicketStore ticketStore, TicketViews views, NotifyStore contacts) {
        this.db = db;
        this.recorder = recorder;
        this.clock = clock;
        this.centre = centre;
        this.tickets = tickets;
        this.ticketStore = ticketStore;
        this.views = views;
        this.contacts = contacts;
        this.settings = db.read(this::load);
        // made once at start: made lazily, a refused confirm with a wrong code wrote the new key (ApiBodyFuzzTest)
        this.entranceKey = db.transaction(this::key);
    }

    public RemoteService start() {
        timer.scheduleWithFixedDelay(this::sweepQuietly, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    public RemoteView join(String service, String rawPhone, String baseUrl) {
        String phone = Phones.canonical(vn.motcua.server.http.Require.present(rawPhone, "phone"));
        vn.motcua.server.http.Require.present(service, "service");
        if (phone == null) {
            throw ApiException.badRequest("invalid_field", "Số điện thoại di động không hợp lệ / field 'phone' is not a Vietnamese mobile number");
        }
        RemoteSettings s = settings;
        if (!s.allows(service)) {
            throw new ApiException(409, "remote_closed", "Trung tâm chưa cho lấy số từ xa cho dịch vụ này / remote joining is "
                    + "not open for this service");
        }
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            long now = clock.millis();
            String day = ServiceDay.of(now);
            if (store.joinedByPhone(c, phone, day) >= s.perPhonePerDay()) {
                throw new ApiException(409, "remote_limit", "Mỗi số điện thoại chỉ lấy được " + s.perPhonePerDay()
                        + " số từ xa trong ngày / at most " + s.perPhonePerDay() + " remote tickets per phone per day");
            }
            TicketView t = tickets.issueRemote(tx, service, baseUrl);
            if (t.ahead() != null && t.ahead() < s.confirmWithin()) {
                // nobody could come in time: the transaction rolls back, no number is used
                throw new ApiException(409, "queue_short", "Hàng chờ đang ngắn (" + t.ahead() + " người), xin mời đến trực tiếp "
                        + "và lấy số tại ki-ốt / the queue is short (" + t.ahead() + " waiting): please come and take a number at the kiosk");
            }
            store.insert(c, t.id(), sha256(token), day, now);
            contacts.addContact(c, t.id(), phone, now);
            return view(c, t.id(), token);
        });
    }

    public RemoteView view(String token) {
        return db.read(c -> view(c, row(c, token).ticketId(), null));
    }

    public RemoteView confirm(String token, String code) {
        if (code == null || !code.equals(entranceCode(ServiceDay.of(clock.millis())))) {
            throw ApiException.badRequest("invalid_field", "Mã xác nhận không đúng: xin quét mã QR tại ki-ốt hoặc cửa vào của trung "
                    + "tâm hôm nay / field 'code' is not today's code shown at the centre");
        }
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            RemoteStore.Row r = row(c, token);
            if (r.skippedAt() != null) {
                throw new ApiException(409, "remote_skipped", "Số đã bị bỏ qua vì chưa xác nhận kịp; xin lấy số mới tại ki-ốt / "
                        + "the ticket was skipped, unconfirmed in time; please take a new number at the kiosk");
            }
            if (r.confirmedAt() == null) {
                store.confirm(c, r.ticketId(), clock.millis());
            }
            return view(c, r.ticketId(), null);
        });
    }

    /** Today's code behind the entrance QR: 8 symbols of HMAC-SHA256(centre key, day). */
    public String entranceCode(String day) {
        byte[] key = entranceKey;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal(("entrance:" + day).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(h, 0, 5).toUpperCase(java.util.Locale.ROOT);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String entranceUrl(String baseUrl) {
        return baseUrl + "/xac-nhan?ma=" + entranceCode(ServiceDay.of(clock.millis()));
    }

    /** Skips the unconfirmed tickets that came within {@code confirmWithin} places of the front. */
    public int sweep() {
        RemoteSettings s = settings;
        return recorder.transaction(tx -> {
            Connection c = tx.connection();
            int skipped = 0;
            for (long id : store.openUnconfirmed(c)) {
                Ticket t = ticketStore.find(c, id).orElseThrow();
                if (views.ahead(c, t) < s.confirmWithin()) {
                    tickets.cancelBySystem(tx, id, SKIPPED);
                    store.skip(c, id, clock.millis());
                    skipped++;
                }
            }
            return skipped;
        });
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.error("remote sweep failed: {}", e.toString());
        }
    }

    @Override
    public Set<Long> unconfirmed(Connection c, java.util.Collection<Long> ticketIds) throws SQLException {
        return store.unconfirmed(c, ticketIds);
    }

    public RemoteSettings settings() {
        return settings;
    }

    public void save(RemoteSettings s) {
        String text;
        try {
            text = Json.mapper().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        db.transaction(c -> {
            centre.put(c, RemoteSettings.SETTING, text);
            return null;
        });
        settings = s;
    }

    private RemoteView view(Connection c, long ticketId, String token) throws SQLException {
        Ticket t = ticketStore.find(c, ticketId).orElseThrow();
        RemoteStore.Row r = rowById(c, ticketId);
        String remote = r.skippedAt() != null ? "SKIPPED" : r.confirmedAt() != null ? "CONFIRMED" : "UNCONFIRMED";
        Integer ahead = t.state() == vn.motcua.client.TicketState.WAITING ? views.ahead(c, t) : null;
        int within = settings.confirmWithin();
        String vi = switch (remote) {
            case "UNCONFIRMED" -> "Số từ xa: xin đến trung tâm và quét mã QR tại ki-ốt hoặc cửa vào trước khi chỉ còn " + within
                    + " người phía trước, nếu không số sẽ bị bỏ qua.";
            case "CONFIRMED" -> "Đã xác nhận có mặt. Xin chờ gọi số.";
            default -> "Số đã bị bỏ qua vì chưa xác nhận kịp. Xin lấy số mới tại ki-ốt.";
        };
        String en = switch (remote) {
            case "UNCONFIRMED" -> "Remote ticket: come to the centre and scan the QR code at the kiosk or entrance before fewer than "
                    + within + " people are ahead, or the ticket is skipped.";
            case "CONFIRMED" -> "Arrival confirmed. Please wait to be called.";
            default -> "The ticket was skipped, unconfirmed in time. Please take a new number at the kiosk.";
        };
        return new RemoteView(token, t.id(), t.number(), t.serviceCode(), t.state().name(), remote, ahead, t.counterNumber(),
                within, "/t/" + t.id(), vi, en);
    }

    private RemoteStore.Row rowById(Connection c, long ticketId) throws SQLException {
        return vn.motcua.server.storage.Sql.one(c, "SELECT ticket_id, service_day, confirmed_at, skipped_at FROM remote_ticket "
                + "WHERE ticket_id = ?", rs -> new RemoteStore.Row(rs.getLong(1), rs.getString(2),
                vn.motcua.server.storage.Sql.longOrNull(rs, "confirmed_at"), vn.motcua.server.storage.Sql.longOrNull(rs, "skipped_at")),
                ticketId).orElseThrow();
    }

    private RemoteStore.Row row(Connection c, String token) throws SQLException {
        if (token == null || token.length() > 64) {
            throw ApiException.notFound("Số từ xa / remote ticket");
        }
        return store.byToken(c, sha256(token)).orElseThrow(() -> ApiException.notFound("Số từ xa / remote ticket"));
    }

    private byte[] key(Connection c) throws SQLException {
        var stored = centre.get(c, KEY_SETTING);
        if (stored.isPresent()) {
            return Base64.getDecoder().decode(stored.get());
        }
        byte[] fresh = new byte[32];
        random.nextBytes(fresh);
        centre.put(c, KEY_SETTING, Base64.getEncoder().encodeToString(fresh));
        return fresh;
    }

    private RemoteSettings load(Connection c) throws SQLException {
        var raw = centre.get(c, RemoteSettings.SETTING);
        if (raw.isEmpty()) {
            return RemoteSettings.defaults();
        }
        try {
            return Json.mapper().readValue(raw.get(), RemoteSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("setting 'remote' is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
