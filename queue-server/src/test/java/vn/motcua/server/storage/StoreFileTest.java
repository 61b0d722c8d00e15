package vn.motcua.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store file's layout: a new store gets small pages, an existing one keeps its own and still opens. */
class StoreFileTest {
    @TempDir
    Path dir;

    @Test
    void aNewStoreIsCreatedWithTwoKibibytePagesInWalMode() {
        try (Database db = Database.open(dir)) {
            long pageSize = db.read(c -> Sql.count(c, "PRAGMA page_size"));
            String journal = db.read(c -> Sql.one(c, "PRAGMA journal_mode", rs -> rs.getString(1)).orElseThrow());
            assertThat(pageSize).isEqualTo(2048L);
            assertThat(journal).isEqualTo("wal");
        }
    }

    @Test
    void aFileMadeWithSqliteDefaultPagesKeepsThemAndIsMigrated() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("queue.db"));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA page_size=4096");
            s.execute("PRAGMA journal_mode=WAL"); // writes the header: from here on the page size is fixed
        }
        try (Database db = Database.open(dir)) {
            long pageSize = db.read(c -> Sql.count(c, "PRAGMA page_size"));
            long migrated = db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1"));
            long id = db.transaction(c -> Sql.insert(c, "INSERT INTO setting (name, value) VALUES ('probe', 'x')"));
            assertThat(pageSize).isEqualTo(4096L);
            assertThat(migrated).isGreaterThanOrEqualTo(7L);
            assertThat(id).isEqualTo(1L);
        }
    }
}
