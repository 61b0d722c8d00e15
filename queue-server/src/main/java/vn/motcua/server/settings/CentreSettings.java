package vn.motcua.server.settings;

import java.sql.Connection;
import java.sql.SQLException;
import vn.motcua.server.storage.Sql;

/** Centre-wide settings kept in the store (name shown on boards and tickets). */
public final class CentreSettings {
    public static final String DEFAULT_NAME = "Bộ phận Một cửa";

    public String name(Connection c) throws SQLException {
        return get(c, "centre_name").orElse(DEFAULT_NAME);
    }

    public java.util.Optional<String> get(Connection c, String name) throws SQLException {
        return Sql.one(c, "SELECT value FROM setting WHERE name = ?", rs -> rs.getString(1), name);
    }

    public void put(Connection c, String name, String value) throws SQLException {
        if (Sql.update(c, "UPDATE setting SET value = ? WHERE name = ?", value, name) == 0) {
            Sql.update(c, "INSERT INTO setting (name, value) VALUES (?, ?)", name, value);
        }
    }
}
