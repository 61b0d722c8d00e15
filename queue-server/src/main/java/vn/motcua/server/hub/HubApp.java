package vn.motcua.server.hub;

import io.javalin.Javalin;
import java.time.Clock;
import vn.motcua.server.auth.LoginThrottle;
import vn.motcua.server.auth.PasswordHasher;
import vn.motcua.server.http.HttpDefaults;

/** Wires the province hub: one PostgreSQL pool, the live board, the day folder and the routes. */
public final class HubApp implements AutoCloseable {
    /** 500 events of a few hundred bytes each, with room to spare. */
    private static final long MAX_BODY_BYTES = 4L * 1024 * 1024;
    private final HubDatabase db;
    private final Javalin javalin;
    private final DayFolder folder;
    private final HubCentres centres;
    private final HubAuth auth;
    private final IngestService ingest;

    public HubApp(HubDatabase db, Clock clock, long staleAfterSeconds) {
        this.db = db;
        this.centres = new HubCentres(db, clock);
        this.auth = new HubAuth(db, clock, new PasswordHasher());
        LiveBoard live = new LiveBoard(clock);
        live.rebuild(db);
        this.folder = new DayFolder(db, clock);
        this.ingest = new IngestService(db, clock, live);
        HubRoutes routes = new HubRoutes(centres, auth, ingest, live, new HubReports(db, clock),
                new ProvinceTable(db, clock), new LoginThrottle(clock), new StaleRule(clock, staleAfterSeconds));
        this.javalin = Javalin.create(config -> {
            HttpDefaults.configure(config, MAX_BODY_BYTES);
            routes.addTo(config);
        });
    }

    public HubCentres centres() {
        return centres;
    }

    public HubAuth auth() {
        return auth;
    }

    public HubApp start(String host, int port, long foldEverySeconds) {
        javalin.start(host, port);
        folder.start(foldEverySeconds);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        folder.close();
        javalin.stop();
        ingest.close();
        db.close();
    }
}
