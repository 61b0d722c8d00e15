package vn.motcua.server.hub;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import vn.motcua.server.auth.PasswordHasher;
import vn.motcua.server.auth.Tokens;
import vn.motcua.server.http.ApiException;

/** Hub users (province and centre managers) and their sessions; the same hashing and tokens as a centre's. */
public final class HubAuth {
    private static final Duration SESSION_LENGTH = Duration.ofHours(12);
    private final HubDatabase db;
    private final Clock clock;
    private final PasswordHasher hasher;

    public HubAuth(HubDatabase db, Clock clock, PasswordHasher hasher) {
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
    }

    public record Login(String token, HubRole role, String centre) {
    }

    private record UserRow(long id, String hash, HubRole role, String centre) {
    }

    public Login login(String username, String password) {
        Optional<UserRow> user = db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT u.id, u.password_hash, u.role, k.code FROM hub_user u "
                    + "LEFT JOIN centre k ON k.id = u.centre_id WHERE u.username = ? AND u.active")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(new UserRow(rs.getLong(1), rs.getString(2), HubRole.valueOf(rs.getString(3)),
                            rs.getString(4))) : Optional.<UserRow>empty();
                }
            }
        });
        if (user.isEmpty() || !hasher.matches(password.toCharArray(), user.get().hash())) {
            throw ApiException.unauthorized("Sai tên đăng nhập hoặc mật khẩu / wrong username or password");
        }
        String token = Tokens.newToken();
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO hub_session (token_hash, user_id, expires_at) VALUES (?, ?, ?)")) {
                s.setString(1, Tokens.hash(token));
                s.setLong(2, user.get().id());
                s.setLong(3, clock.millis() + SESSION_LENGTH.toMillis());
                s.executeUpdate();
            }
            return null;
        });
        return new Login(token, user.get().role(), user.get().centre());
    }

    public void logout(String token) {
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM hub_session WHERE token_hash = ?")) {
                s.setString(1, Tokens.hash(token));
                return s.executeUpdate();
            }
        });
    }

    public Optional<HubPrincipal> authenticate(String token) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT u.id, u.username, u.role, u.centre_id FROM hub_session s "
                    + "JOIN hub_user u ON u.id = s.user_id WHERE s.token_hash = ? AND s.expires_at > ? AND u.active")) {
                s.setString(1, Tokens.hash(token));
                s.setLong(2, clock.millis());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<HubPrincipal>empty();
                    }
                    int centre = rs.getInt(4);
                    return Optional.of(new HubPrincipal(rs.getLong(1), rs.getString(2), HubRole.valueOf(rs.getString(3)),
                            rs.wasNull() ? null : centre));
                }
            }
        });
    }

    /** Adds a province manager ({@code centre} null) or a centre manager of {@code centre}. */
    public long addUser(String username, char[] password, HubRole role, HubCentre centre, String displayName) {
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,50}")) {
            throw new IllegalArgumentException("username must be 3-50 letters, digits, '.', '_' or '-'");
        }
        if (password.length < 8) {
            throw new IllegalArgumentException("password must have at least 8 characters");
        }
        if ((role == HubRole.CENTRE_MANAGER) != (centre != null)) {
            throw new IllegalArgumentException("a centre manager needs --centre, a province manager takes none");
        }
        String hash = hasher.hash(password);
        return db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM hub_user WHERE username = ?")) {
                s.setString(1, username);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalArgumentException("user '" + username + "' exists already");
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO hub_user (username, password_hash, role, centre_id, "
                    + "display_name, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                s.setString(1, username);
                s.setString(2, hash);
                s.setString(3, role.name());
                s.setObject(4, centre == null ? null : centre.id());
                s.setString(5, displayName);
                s.setLong(6, clock.millis());
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }
}
