package vn.motcua.server.ticket;

import io.javalin.config.JavalinConfig;
import java.util.Arrays;
import vn.motcua.client.IssueTicketRequest;
import vn.motcua.client.TicketView;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.Role;
import vn.motcua.server.counter.CounterService;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.BaseUrl;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.http.Require;

/** /api/v1/tickets: issue, look at, and move a ticket through its states. */
public final class TicketRoutes {
    private final TicketService tickets;
    private final CounterService desk;
    private final Access access;
    private final JsonBodies bodies;
    private final BaseUrl baseUrl;
    private final IssueLimiter limiter;

    public TicketRoutes(TicketService tickets, CounterService desk, Access access, JsonBodies bodies, BaseUrl baseUrl,
                        IssueLimiter limiter) {
        this.limiter = limiter;
        this.tickets = tickets;
        this.desk = desk;
        this.access = access;
        this.bodies = bodies;
        this.baseUrl = baseUrl;
    }

    record FinishRequest(String outcome) {
    }

    record TransferRequest(String service) {
    }

    public void addTo(JavalinConfig config) {
        config.routes.post("/api/v1/tickets", ctx -> {
            Principal p = access.require(ctx, Role.KIOSK, Role.OFFICER, Role.MANAGER, Role.ADMIN);
            IssueTicketRequest r = bodies.read(ctx, IssueTicketRequest.class);
            limiter.take(p);
            TicketService.Issued issued = tickets.issue(r, p, baseUrl.of(ctx));
            ctx.status(issued.created() ? 201 : 200).json(issued.ticket());
        });
        config.routes.get("/api/v1/tickets/{id}", ctx -> {
            // public (the ticket's QR page): who served is shown to staff only
            boolean staff = access.principal(ctx).filter(p -> !p.device()).isPresent();
            TicketView v = tickets.view(Require.idParam(ctx.pathParam("id"), "id"), baseUrl.of(ctx), true);
            ctx.json(staff ? v : TicketViews.withoutOfficers(v));
        });
        config.routes.post("/api/v1/tickets/{id}/recall", ctx -> ctx.json(
                desk.recall(id(ctx), access.require(ctx, Role.OFFICER), baseUrl.of(ctx))));
        config.routes.post("/api/v1/tickets/{id}/start", ctx -> ctx.json(
                desk.start(id(ctx), access.require(ctx, Role.OFFICER), baseUrl.of(ctx))));
        config.routes.post("/api/v1/tickets/{id}/no-show", ctx -> ctx.json(
                desk.noShow(id(ctx), access.require(ctx, Role.OFFICER), baseUrl.of(ctx))));
        config.routes.post("/api/v1/tickets/{id}/set-aside", ctx -> ctx.json(
                desk.setAside(id(ctx), access.require(ctx, Role.OFFICER), baseUrl.of(ctx))));
        config.routes.post("/api/v1/tickets/{id}/call-back", ctx -> ctx.json(
                desk.callBack(id(ctx), access.require(ctx, Role.OFFICER), baseUrl.of(ctx))));
        config.routes.post("/api/v1/tickets/{id}/reinstate", ctx -> ctx.json(
                desk.reinstate(id(ctx), access.require(ctx, Role.OFFICER), baseUrl.of(ctx))));
        config.routes.post("/api/v1/tickets/{id}/finish", ctx -> {
            Principal p = access.require(ctx, Role.OFFICER);
            long id = id(ctx);
            FinishRequest r = bodies.read(ctx, FinishRequest.class);
            String outcome = Require.present(r.outcome(), "outcome");
            if (Arrays.stream(Outcome.values()).noneMatch(o -> o.name().equals(outcome))) {
                throw ApiException.badRequest("invalid_field", "Kết quả không hợp lệ / field 'outcome' must be one of "
                        + Arrays.toString(Outcome.values()));
            }
            ctx.json(desk.finish(id, outcome, p, baseUrl.of(ctx)));
        });
        config.routes.post("/api/v1/tickets/{id}/cancel", ctx -> ctx.json(tickets.cancel(id(ctx),
                access.require(ctx, Role.KIOSK, Role.OFFICER, Role.MANAGER, Role.ADMIN), baseUrl.of(ctx))));
        config.routes.post("/api/v1/tickets/{id}/transfer", ctx -> {
            Principal p = access.require(ctx, Role.OFFICER, Role.MANAGER, Role.ADMIN);
            long id = id(ctx);
            TransferRequest r = bodies.read(ctx, TransferRequest.class);
            ctx.json(tickets.transfer(id, r.service(), p, baseUrl.of(ctx)));
        });
    }

    private static long id(io.javalin.http.Context ctx) {
        return Require.idParam(ctx.pathParam("id"), "id");
    }
}
