package vn.motcua.server.hub;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import org.flywaydb.core.Flyway;
import vn.motcua.server.storage.StorageException;

/**
 * The hub's PostgreSQL store: a small pool of connections, migrated by Flyway from {@code db/hub}. A
 * connection that failed with a connection-class error (SQLSTATE 08, 57P) is dropped, so after a failover
 * the next one goes to whatever the URL now names (pgjdbc's multi-host URL with
 * {@code targetServerType=primary} finds the promoted standby).
 */
public final class HubDatabase implements AutoCloseable {
    static final String MIGRATIONS = "classpath:db/hub";

    private final String url;
    private final Properties props;
    private final BlockingQueue<Connection> idle;
    private final Semaphore permits;
    private volatile boolean closed;

    private HubDatabase(String url, Properties props, int size) {
        this.url = url;
        this.props = props;
        this.idle = new ArrayBlockingQueue<>(size);
        this.permits = new Semaphore(size, true);
    }

    /** Opens the pool and brings the schema up to date. */
    public static HubDatabase open(String url, String user, char[] password, int size) {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db must be a jdbc:postgresql: URL, got " + url);
        }
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) {
            props.setProperty("password", new String(password));
        }
        props.setProperty("ApplicationName", "motcua-hub");
        props.setProperty("connectTimeout", "5");
        props.setProperty("socketTimeout", "120");
        props.setProperty("tcpKeepAlive", "true");
        HubDatabase db = new HubDatabase(url, props, size);
        Flyway.configure().dataSource(url, user, password == null ? null : new String(password))
                .locations(MIGRATIONS).load().migrate();
        return db;
    }

    /** Work inside one transaction; committed when it returns normally, rolled back when it throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public <T> T transaction(Work<T> work) {
        return use(work);
    }

    public <T> T read(Work<T> work) {
        return use(work);
    }

    private <T> T use(Work<T> work) {
        if (closed) {
            throw new StorageException("The hub database is closed", null);
        }
        permits.acquireUninterruptibly();
        Connection c = null;
        boolean broken = false;
        try {
            c = borrow();
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException e) {
            broken = lost(e);
            rollback(c);
            throw new StorageException("Hub database: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollback(c);
            throw e;
        } finally {
            giveBack(c, broken);
            permits.release();
        }
    }

    private Connection borrow() throws SQLException {
        Connection c = idle.poll();
        if (c != null && !c.isClosed()) {
            return c;
        }
        c = DriverManager.getConnection(url, props);
        c.setAutoCommit(false);
        return c;
    }

    private static boolean lost(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.startsWith("08") || state.startsWith("57P") || state.startsWith("53");
    }

    private static void rollback(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is gone: it is dropped in giveBack
        }
    }

    private void giveBack(Connection c, boolean broken) {
        if (c == null) {
            return;
        }
        try {
            if (broken || closed || c.isClosed() || !idle.offer(c)) {
                c.close();
            }
        } catch (SQLException ignored) {
            // closing a dead connection: nothing to keep
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // shutting down
            }
        }
    }
}
