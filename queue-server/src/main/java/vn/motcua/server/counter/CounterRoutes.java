package vn.motcua.server.counter;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Map;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.BaseUrl;
import vn.motcua.server.http.Require;
import vn.motcua.server.storage.Database;

/** /api/v1/counters: an officer opens a counter, calls, pauses and closes it. */
public final class CounterRoutes {
    private final CounterService desk;
    private final CounterStore counters;
    private final Database db;
    private final Access access;
    private final BaseUrl baseUrl;

    public CounterRoutes(CounterService desk, CounterStore counters, Database db, Access access, BaseUrl baseUrl) {
        this.desk = desk;
        this.counters = counters;
        this.db = db;
        this.access = access;
        this.baseUrl = baseUrl;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/api/v1/counters", ctx -> {
            access.require(ctx, Role.OFFICER, Role.MANAGER, Role.ADMIN);
            ctx.json(db.read(counters::all).stream().map(CounterRoutes::view).toList());
        });
        config.routes.get("/api/v1/counters/{counter}/waiting", ctx ->
                ctx.json(desk.waiting(number(ctx), access.require(ctx, Role.OFFICER, Role.MANAGER, Role.ADMIN))));
        config.routes.post("/api/v1/counters/{counter}/open", ctx ->
                ctx.json(view(desk.open(number(ctx), access.require(ctx, Role.OFFICER)))));
        config.routes.post("/api/v1/counters/{counter}/pause", ctx ->
                ctx.json(view(desk.pause(number(ctx), access.require(ctx, Role.OFFICER)))));
        config.routes.post("/api/v1/counters/{counter}/close", ctx ->
                ctx.json(view(desk.close(number(ctx), access.require(ctx, Role.OFFICER)))));
        config.routes.post("/api/v1/counters/{counter}/next", ctx -> {
            var officer = access.require(ctx, Role.OFFICER);
            desk.next(number(ctx), officer, baseUrl.of(ctx)).ifPresentOrElse(ctx::json, () -> ctx.status(204));
        });
    }

    private static int number(Context ctx) {
        return Require.intParam(ctx.pathParam("counter"), "counter");
    }

    static Map<String, Object> view(Counter k) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("number", k.number());
        m.put("name", k.name());
        m.put("priority", k.priority());
        m.put("state", k.state().name());
        m.put("services", k.services());
        m.put("currentTicketId", k.currentTicketId());
        m.put("officerId", k.officerId());
        return m;
    }
}
