package vn.motcua.server.hub;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.motcua.server.auth.Tokens;
import vn.motcua.server.report.CentreLevel;

/** The centres that feed the hub and their upstream tokens (only the SHA-256 is stored). */
public final class HubCentres {
    private final HubDatabase db;
    private final Clock clock;
    /** Token hash to centre: every batch carries the token, centres are added rarely and never change code. */
    private final Map<String, HubCentre> byToken = new ConcurrentHashMap<>();

    public HubCentres(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Registers a centre and returns its upstream token, shown once. */
    public String add(String code, String name, CentreLevel level) {
        if (code == null || !code.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new IllegalArgumentException("--code must be 1-40 letters, digits, '.', '_' or '-'");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("--name must be 1-200 characters");
        }
        String token = Tokens.newToken();
        db.transaction(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM centre WHERE code = ?")) {
                s.setString(1, code);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalArgumentException("centre '" + code + "' exists already");
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO centre (code, name, level, token_hash, created_at) "
                    + "VALUES (?, ?, ?, ?, ?)")) {
                s.setString(1, code);
                s.setString(2, java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC));
                s.setString(3, level.name());
                s.setString(4, Tokens.hash(token));
                s.setLong(5, clock.millis());
                s.executeUpdate();
            }
            return null;
        });
        return token;
    }

    /** The centre whose upstream token this is. */
    public Optional<HubCentre> byToken(String token) {
        String hash = Tokens.hash(token);
        HubCentre known = byToken.get(hash);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<HubCentre> found = db.read(c -> one(c, "SELECT id, code, name, level FROM centre WHERE token_hash = ?", hash));
        found.ifPresent(centre -> byToken.put(hash, centre));
        return found;
    }

    public Optional<HubCentre> byCode(String code) {
        return db.read(c -> one(c, "SELECT id, code, name, level FROM centre WHERE code = ?", code));
    }

    public List<HubCentre> all() {
        return db.read(HubCentres::all);
    }

    static List<HubCentre> all(Connection c) throws SQLException {
        List<HubCentre> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, code, name, level FROM centre ORDER BY code");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.add(row(rs));
            }
        }
        return out;
    }

    private static Optional<HubCentre> one(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static HubCentre row(ResultSet rs) throws SQLException {
        return new HubCentre(rs.getInt(1), rs.getString(2), rs.getString(3), CentreLevel.valueOf(rs.getString(4)));
    }
}
