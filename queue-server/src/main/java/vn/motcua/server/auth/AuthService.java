package vn.motcua.server.auth;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/** Users, devices and their tokens. */
public final class AuthService {
    private static final Duration SESSION_LENGTH = Duration.ofHours(12);
    /**
     * How long a checked token is believed without asking the store again: every request carries a token,
     * and checking it costs two queries. Logout and revocation through this server take effect at once; a
     * revocation by the CLI in another process within this time.
     */
    static final long RECHECK_MILLIS = 1_000;
    private static final int MAX_REMEMBERED = 10_000;
    private final Database db;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final java.util.Map<String, Checked> checked = new java.util.concurrent.ConcurrentHashMap<>();
    /** Moves on every logout and revocation, so a check that read the store before one is not remembered. */
    private final java.util.concurrent.atomic.AtomicLong revocations = new java.util.concurrent.atomic.AtomicLong();

    /** A token found valid at {@code at}; a user's session also ends at {@code expiresAt}. */
    private record Checked(Principal principal, long at, long expiresAt) {
    }

    /** A hash of a random password, made at the first unknown-user login (not at start: PBKDF2 is slow). */
    private volatile String decoyHash;

    public AuthService(Database db, Clock clock, PasswordHasher hasher) {
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
    }

    private String decoyHash() {
        String d = decoyHash;
        if (d == null) {
            d = hasher.hash(Tokens.newToken().toCharArray());
            decoyHash = d;
        }
        return d;
    }

    public record Login(String token, Role role) {
    }

    public Login login(String username, String password) {
        // Hash outside the lock: PBKDF2 takes ~100 ms and must not stall the queue.
        Optional<UserRow> user = db.read(c -> findUser(c, username));
        // An unknown or inactive user costs the same PBKDF2 as a known one, so timing does not tell which
        // usernames exist.
        String stored = user.isPresent() ? user.get().passwordHash() : decoyHash();
        boolean matches = hasher.matches(password.toCharArray(), stored);
        boolean ok = user.isPresent() && user.get().active() && matches;
        if (!ok) {
            throw ApiException.unauthorized("Sai tên đăng nhập hoặc mật khẩu / wrong username or password");
        }
        String token = Tokens.newToken();
        long expires = clock.millis() + SESSION_LENGTH.toMillis();
        db.transaction(c -> Sql.update(c, "INSERT INTO session (token_hash, user_id, expires_at) VALUES (?, ?, ?)",
                Tokens.hash(token), user.get().id(), expires));
        return new Login(token, user.get().role());
    }

    public void logout(String token) {
        db.transaction(c -> Sql.update(c, "DELETE FROM session WHERE token_hash = ?", Tokens.hash(token)));
        forgetCheckedTokens();
    }

    /** The principal behind a bearer token, or empty when the token is unknown, expired or revoked. */
    public Optional<Principal> authenticate(String token) {
        String hash = Tokens.hash(token);
        long now = clock.millis();
        Checked known = checked.get(hash);
        if (known != null && now >= known.at() && now - known.at() < RECHECK_MILLIS && now < known.expiresAt()) {
            return Optional.of(known.principal());
        }
        long revocationsBefore = revocations.get();
        Optional<Checked> found = db.read(c -> {
            Optional<Checked> user = Sql.one(c,
                    "SELECT u.id, u.username, u.role, s.expires_at FROM session s JOIN app_user u ON u.id = s.user_id "
                            + "WHERE s.token_hash = ? AND s.expires_at > ? AND u.active = 1",
                    rs -> new Checked(new Principal(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), false),
                            now, rs.getLong(4)),
                    hash, now);
            if (user.isPresent()) {
                return user;
            }
            return Sql.one(c, "SELECT id, name, kind FROM device WHERE token_hash = ? AND revoked = 0",
                    rs -> new Checked(new Principal(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), true),
                            now, Long.MAX_VALUE), hash);
        });
        if (found.isEmpty()) {
            checked.remove(hash);
            return Optional.empty();
        }
        if (checked.size() >= MAX_REMEMBERED) {
            checked.clear(); // only a cache: a flood of distinct tokens must not grow it without end
        }
        checked.put(hash, found.get());
        if (revocations.get() != revocationsBefore) {
            checked.remove(hash); // a logout or revocation committed while we read: believe the store next time
        }
        return Optional.of(found.get().principal());
    }

    public long addUser(String username, char[] password, Role role, String displayName) {
        if (role == Role.KIOSK || role == Role.BOARD) {
            throw new IllegalArgumentException("devices are added with 'device add', not as users");
        }
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,50}")) {
            throw new IllegalArgumentException("username must be 3-50 letters, digits, '.', '_' or '-'");
        }
        if (password.length < 8) {
            throw new IllegalArgumentException("password must have at least 8 characters");
        }
        String hash = hasher.hash(password);
        return db.transaction(c -> {
            if (findUser(c, username).isPresent()) {
                throw new IllegalArgumentException("user '" + username + "' exists already");
            }
            return Sql.insert(c, "INSERT INTO app_user (username, password_hash, role, display_name, created_at) "
                    + "VALUES (?, ?, ?, ?, ?)", username, hash, role.name(), displayName, clock.millis());
        });
    }

    /** Registers a device and returns its token; the token is shown once and never stored. */
    public String addDevice(Role kind, String name) {
        return addDevice(kind, name, null);
    }

    /** A device bound to a counter ({@code counter} not null) is that counter's rating tablet. */
    public String addDevice(Role kind, String name, Integer counter) {
        if (counter != null && counter < 1) {
            throw new IllegalArgumentException("counter must be a counter number (1 or more)");
        }
        if (kind != Role.KIOSK && kind != Role.BOARD) {
            throw new IllegalArgumentException("device kind must be kiosk or board");
        }
        if (name == null || !name.matches("[\\p{L}\\p{N} ._-]{1,100}")) {
            throw new IllegalArgumentException("device name must be 1-100 letters, digits, spaces, '.', '_' or '-'");
        }
        String token = Tokens.newToken();
        db.transaction(c -> {
            if (Sql.count(c, "SELECT COUNT(*) FROM device WHERE name = ?", name) > 0) {
                throw new IllegalArgumentException("device '" + name + "' exists already");
            }
            return Sql.insert(c, "INSERT INTO device (kind, name, token_hash, created_at, counter_number) VALUES (?, ?, ?, ?, ?)",
                    kind.name(), name, Tokens.hash(token), clock.millis(), counter);
        });
        return token;
    }

    public boolean revokeDevice(String name) {
        boolean revoked = db.transaction(c -> Sql.update(c, "UPDATE device SET revoked = 1 WHERE name = ?", name)) > 0;
        forgetCheckedTokens();
        return revoked;
    }

    public Optional<Long> userId(String username) {
        return db.read(c -> findUser(c, username).map(UserRow::id));
    }

    private record UserRow(long id, String passwordHash, Role role, boolean active) {
    }

    private static Optional<UserRow> findUser(Connection c, String username) throws SQLException {
        return Sql.one(c, "SELECT id, password_hash, role, active FROM app_user WHERE username = ?",
                rs -> new UserRow(rs.getLong(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getInt(4) == 1),
                username);
    }

    private void forgetCheckedTokens() {
        revocations.incrementAndGet();
        checked.clear();
    }
}
