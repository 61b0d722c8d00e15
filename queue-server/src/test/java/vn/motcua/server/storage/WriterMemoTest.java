package vn.motcua.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value the writer keeps is read again after every kind of change to its table, and only then. */
class WriterMemoTest {
    @TempDir
    Path dir;
    Database db;
    final AtomicInteger loads = new AtomicInteger();

    @BeforeEach
    void open() {
        db = Database.open(dir);
        db.transaction(c -> {
            Sql.update(c, "CREATE TABLE kept (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
            Sql.update(c, "CREATE TABLE other (id INTEGER PRIMARY KEY)");
            Sql.update(c, "CREATE TABLE log (id INTEGER PRIMARY KEY, name TEXT NOT NULL)");
            // a trigger's change must count like any other
            Sql.update(c, "CREATE TRIGGER log_to_kept AFTER INSERT ON log BEGIN "
                    + "UPDATE kept SET value = 'by trigger' WHERE name = NEW.name; END");
            return Sql.update(c, "INSERT INTO kept (name, value) VALUES ('a', 'first')");
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<String> value(Connection c, String name) throws SQLException {
        return WriterMemo.get(c, "kept:" + name, () -> {
            loads.incrementAndGet();
            return Sql.one(c, "SELECT value FROM kept WHERE name = ?", rs -> rs.getString(1), name);
        }, "kept");
    }

    private Optional<String> writerReads(String name) {
        return db.transaction(c -> value(c, name));
    }

    @Test
    void theWriterLoadsOnceUntilItsTableChangesAndAnotherTableDoesNotCount() {
        assertThat(writerReads("a")).contains("first");
        assertThat(writerReads("a")).contains("first");
        db.transaction(c -> Sql.insert(c, "INSERT INTO other DEFAULT VALUES"));
        assertThat(writerReads("a")).contains("first");
        assertThat(loads).hasValue(1);

        db.transaction(c -> Sql.update(c, "UPDATE kept SET value = 'second' WHERE name = 'a'"));
        assertThat(writerReads("a")).contains("second");
        db.transaction(c -> Sql.insert(c, "INSERT INTO log (name) VALUES ('a')"));
        assertThat(writerReads("a")).contains("by trigger");
        db.transaction(c -> Sql.update(c, "DELETE FROM kept WHERE name = 'a'"));
        assertThat(writerReads("a")).isEmpty();
        assertThat(loads).hasValue(4);
    }

    @Test
    void aChangeInsideTheSameWorkIsSeenAtOnce() {
        assertThat(writerReads("a")).contains("first");
        Optional<String> after = db.transaction(c -> {
            Sql.update(c, "UPDATE kept SET value = 'mine' WHERE name = 'a'");
            return value(c, "a");
        });
        assertThat(after).contains("mine");
    }

    @Test
    void aValueReadFromAChangeThatRolledBackIsDropped() {
        assertThatThrownBy(() -> db.transaction(c -> {
            Sql.update(c, "UPDATE kept SET value = 'undone' WHERE name = 'a'");
            assertThat(value(c, "a")).contains("undone");
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(writerReads("a")).contains("first");
    }

    @Test
    void aCommitByAnotherProcessIsSeenAtTheNextBatch() throws Exception {
        assertThat(writerReads("a")).contains("first");
        try (Connection cli = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("queue.db"));
             Statement s = cli.createStatement()) {
            s.execute("PRAGMA busy_timeout=5000");
            s.executeUpdate("UPDATE kept SET value = 'from the CLI' WHERE name = 'a'");
        }
        assertThat(writerReads("a")).contains("from the CLI");
    }

    @Test
    void readersAlwaysReadAndAnEmptyAnswerIsNeverKept() {
        Optional<String> once = db.read(c -> value(c, "a"));
        Optional<String> twice = db.read(c -> value(c, "a"));
        assertThat(once).contains("first");
        assertThat(twice).contains("first");
        assertThat(writerReads("nobody")).isEmpty();
        assertThat(writerReads("nobody")).isEmpty();
        assertThat(loads).hasValue(4);
    }
}
