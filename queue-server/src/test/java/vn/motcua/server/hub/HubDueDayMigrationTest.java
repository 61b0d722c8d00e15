package vn.motcua.server.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import vn.motcua.server.dossier.DueDay;

/** V3 gives dossiers stored before it the end of their due day, the same instant the Java code gives new ones. */
class HubDueDayMigrationTest {
    @Test
    void dossiersStoredBeforeV3GetTheSameDueDayEndAsNewOnes() throws Exception {
        PgCluster.requireOrSkip();
        try (PgCluster pg = PgCluster.start()) {
            String jdbc = pg.createDatabase("due_day");
            Flyway.configure().dataSource(jdbc, pg.user(), null).locations("classpath:db/hub").target("1").load().migrate();
            List<Instant> dues = List.of(Instant.parse("2026-03-10T01:00:00Z"), Instant.parse("2026-03-09T17:00:00Z"),
                    Instant.parse("2026-03-10T16:59:59.999Z"), Instant.parse("2026-03-09T23:30:00Z"));
            try (Connection c = DriverManager.getConnection(jdbc, pg.user(), null); Statement s = c.createStatement()) {
                s.execute("INSERT INTO centre (code, name, level, token_hash, created_at) VALUES ('BD', 'Ba Đình', 'PROVINCE', '"
                        + "0".repeat(64) + "', 0)");
                for (int i = 0; i < dues.size(); i++) {
                    s.execute("INSERT INTO dossier_fact (centre_id, id, at, service_day, code, status, due_at) VALUES "
                            + "(1, " + (i + 1) + ", 0, '2026-03-09', 'D" + i + "', 'RECEIVED', " + dues.get(i).toEpochMilli() + ")");
                }
                s.execute("INSERT INTO dossier_fact (centre_id, id, at, service_day, code, status, due_at) VALUES "
                        + "(1, 99, 0, '2026-03-09', 'NODUE', 'RECEIVED', NULL)");
            }
            Flyway.configure().dataSource(jdbc, pg.user(), null).locations("classpath:db/hub").load().migrate();
            try (Connection c = DriverManager.getConnection(jdbc, pg.user(), null); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT due_at, due_end FROM dossier_fact ORDER BY id")) {
                int n = 0;
                while (rs.next()) {
                    long dueAt = rs.getLong(1);
                    if (rs.wasNull()) {
                        rs.getLong(2);
                        assertThat(rs.wasNull()).as("no due time, no due day").isTrue();
                        continue;
                    }
                    assertThat(rs.getLong(2)).as("due " + Instant.ofEpochMilli(dueAt)).isEqualTo(DueDay.end(dueAt));
                    n++;
                }
                assertThat(n).isEqualTo(dues.size());
            }
        }
    }
}
