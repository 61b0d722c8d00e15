package vn.motcua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/** Part "sqlite": the disk's ceiling for durable single-row commits. */
final class SqliteCommitsBench extends BenchPart {
    SqliteCommitsBench(BenchRun run) {
        super(run);
    }

    /** Single-row transactions, each committed durably (WAL, synchronous=FULL), as the server's store commits. */
    void sqliteCommits() throws Exception {
        Path dir = Files.createTempDirectory("bench-sqlite-");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("b.db"))) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)");
            }
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(3, measure / 2));
            long start = System.nanoTime();
            int n = 0;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO t (v) VALUES (?)")) {
                while (System.nanoTime() < end) {
                    p.setString(1, "row " + n);
                    p.executeUpdate();
                    n++;
                }
            }
            double perSecond = n / ((System.nanoTime() - start) / 1e9);
            results.put("sqliteDurableCommitsPerSecond", Math.round(perSecond));
            row("SQLite WAL+FULL single-row commits/s (same disk)", String.format("%.0f", perSecond));
        }
    }
}
