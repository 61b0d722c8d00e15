package vn.motcua.server.service;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.storage.WriterMemo;
import vn.motcua.server.upstream.Outbox;

/** Reads and writes the service catalogue. */
public final class ServiceStore {
    private static final String COLUMNS = "code, prefix, name_vi, name_en, target_wait_min, target_processing_min, "
            + "default_service_min, carry_over, sort_order";
    private final Outbox outbox = new Outbox();

    public List<ServiceDef> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM service ORDER BY sort_order, code", ServiceStore::map);
    }

    public Optional<ServiceDef> find(Connection c, String code) throws SQLException {
        return WriterMemo.get(c, List.of("service", code),
                () -> Sql.one(c, "SELECT " + COLUMNS + " FROM service WHERE code = ?", ServiceStore::map, code), "service");
    }

    /** Adds a service; its fact for the hub feed is written in the same transaction. */
    public void insert(Connection c, ServiceDef s, long at) throws SQLException {
        Sql.update(c, "INSERT INTO service (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.code(), s.prefix(),
                s.nameVi(), s.nameEn(), s.targetWaitMinutes(), s.targetProcessingMinutes(), s.defaultServiceMinutes(),
                s.carryOver() ? 1 : 0, s.sortOrder());
        outbox.service(c, at, s);
    }

    private static ServiceDef map(ResultSet rs) throws SQLException {
        return new ServiceDef(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                rs.getInt(6), rs.getInt(7), rs.getInt(8) == 1, rs.getInt(9));
    }
}
