package vn.motcua.server.identity;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.RateBuckets;
import vn.motcua.server.auth.Role;
import vn.motcua.server.auth.Tokens;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * ID cards actually read: a kiosk records the card it read in a citizen's session (QR, chip, OCR), an
 * officer the card they checked at the counter, and gets a token for it. What the citizen's stored data
 * opens up (reusing a document, the list of documents held, the identity on a dossier) needs that token,
 * so a device token alone cannot act in someone else's name. A kiosk reads a card a minute at most: more
 * than {@value #BURST} at once, then {@value #PER_MINUTE} a minute, is refused.
 */
public final class IdentityReads {
    /** A session at the kiosk: time to read the card, choose, capture and submit. */
    static final long VALID_MILLIS = 30 * 60_000L;
    static final int BURST = 10;
    static final int PER_MINUTE = 4;
    private static final Pattern NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Database db;
    private final Clock clock;
    private final RateBuckets buckets;

    /** The wire shape of POST /api/v1/identity-reads. */
    public record ReadRequest(String source, String number, String name, String dateOfBirth, String sex, String address) {
    }

    /** A card read, as the dossier rules use it. */
    public record Read(long id, Long deviceId, Long userId, String source, String number, String name, String dateOfBirth,
                       String sex, String address, long expiresAt) {
    }

    public record Issued(String token, long expiresAt) {
    }

    public IdentityReads(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.buckets = new RateBuckets(clock);
    }

    public Issued record(ReadRequest r, Principal by) {
        String source = r.source() == null ? "" : r.source();
        boolean allowed = by.role() == Role.KIOSK ? source.matches("qr|chip|ocr") : source.equals("officer");
        if (!allowed) {
            throw ApiException.badRequest("invalid_field", "Nguồn không hợp lệ / field 'source' must be qr, chip or ocr "
                    + "for a kiosk, officer for an officer");
        }
        if (r.number() == null || !NUMBER.matcher(r.number()).matches()) {
            throw ApiException.badRequest("invalid_field", "Số định danh phải có 12 chữ số / field 'number' must be 12 digits");
        }
        String name = DeclaredText.clean(r.name());
        if (name != null && !name.isEmpty()) {
            String problem = DeclaredText.problemWithName(name);
            if (problem != null) {
                throw ApiException.badRequest("invalid_field", "Họ tên không hợp lệ / field 'name' " + problem);
            }
        }
        String address = DeclaredText.clean(r.address());
        if (address != null && DeclaredText.problemWithText(address, DeclaredText.TEXT_MAX) != null) {
            throw ApiException.badRequest("invalid_field", "Địa chỉ không hợp lệ / field 'address' "
                    + DeclaredText.problemWithText(address, DeclaredText.TEXT_MAX));
        }
        if (r.dateOfBirth() != null && !DATE.matcher(r.dateOfBirth()).matches()) {
            throw ApiException.badRequest("invalid_field", "Ngày sinh không hợp lệ / field 'dateOfBirth' must be yyyy-MM-dd");
        }
        if (r.sex() != null && !r.sex().matches("Nam|Nữ")) {
            throw ApiException.badRequest("invalid_field", "Giới tính không hợp lệ / field 'sex' must be Nam or Nữ");
        }
        if (!buckets.take(RateBuckets.keyOf(by), BURST, PER_MINUTE)) {
            throw new ApiException(429, "rate_limited", "Đọc thẻ quá nhiều trong thời gian ngắn / too many cards read "
                    + "in a short time").retryAfter(60 / PER_MINUTE);
        }
        String token = Tokens.newToken();
        long now = clock.millis();
        long expires = now + VALID_MILLIS;
        db.transaction(c -> {
            // what a session needed is not kept past it
            Sql.update(c, "DELETE FROM identity_read WHERE expires_at < ?", now - 3_600_000L);
            return Sql.insert(c, "INSERT INTO identity_read (token_hash, device_id, user_id, source, number, name, "
                            + "date_of_birth, sex, address, at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Tokens.hash(token), by.deviceId(), by.userId(), source, r.number(), name == null || name.isEmpty() ? null : name,
                    r.dateOfBirth(), r.sex(), address, now, expires);
        });
        return new Issued(token, expires);
    }

    /** The read behind {@code token} if it is still valid and was made by the same device or person. */
    public Optional<Read> find(String token, Principal by) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        long now = clock.millis();
        return db.read(c -> Sql.one(c, "SELECT id, device_id, user_id, source, number, name, date_of_birth, sex, address, "
                + "expires_at FROM identity_read WHERE token_hash = ? AND expires_at > ?", rs -> new Read(rs.getLong(1),
                Sql.longOrNull(rs, "device_id"), Sql.longOrNull(rs, "user_id"), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getLong(10)),
                Tokens.hash(token), now)).filter(read -> by.device() ? Long.valueOf(by.id()).equals(read.deviceId())
                : Long.valueOf(by.id()).equals(read.userId()));
    }

    /** Like {@link #find}, refused (403 {@code identity_not_read}) when there is no such read of {@code number}. */
    public Read require(String token, Principal by, String number) {
        return find(token, by).filter(read -> read.number().equals(number)).orElseThrow(() -> new ApiException(403,
                "identity_not_read", "Chưa đọc thẻ của người này trong phiên / no ID card of this person was read in this "
                + "session (identityToken)"));
    }
}
