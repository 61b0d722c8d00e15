package vn.motcua.bench;

import java.time.Duration;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.storage.Sql;

/** Part "ticket": ticket issue through the full API and durable SQLite, against the bare ceiling. */
final class TicketIssueBench extends BenchPart {
    TicketIssueBench(BenchRun run) {
        super(run);
    }

    void ticketIssue(Load.Result bare) throws Exception {
        try (DemoServer demo = DemoServer.start("ticket", TicketIssueBench::addServices)) {
            ServerApp server = demo.app();
            String token = demo.kioskToken();
            String url = demo.base() + "/api/v1/tickets";
            String[] codes = server.components().db().read(c -> Sql.list(c, "SELECT code FROM service", rs -> rs.getString(1)))
                    .toArray(String[]::new);
            Load.Result r = Load.run(100, Duration.ofSeconds(warmup), Duration.ofSeconds(measure),
                    i -> Load.post(url, "{\"service\":\"" + codes[i % codes.length] + "\",\"category\":\"NORMAL\","
                            + "\"requestId\":\"bench-" + i + "\"}").header("Authorization", "Bearer " + token).build());
            results.put("ticketIssue100", r);
            results.put("ticketIssueToBareRatio", r.rps() / bare.rps());
            row("ticket issue, full API + durable SQLite, 100 clients", fmt(r));
            if (r.errors() > 0) {
                row("  NOT VALID: refused or failed requests were counted", r.errors() + " errors");
            }
            row("  ratio to the better bare Javalin run at 50 connections (goal >= 0.5)",
                    String.format("%.2f", r.rps() / bare.rps()));
        }
    }

    /**
     * More services so a run does not exhaust the day's 9,999 numbers of each: 83 services in all hold
     * 829,917 tickets, more than 35 s at 20,000/s. A refused ticket (409) is cheaper than an issued one and would
     * flatter the figure.
     */
    static void addServices(ServerApp server) {
        server.components().db().transaction(c -> {
            for (char p = 'H'; p <= 'Z'; p++) {
                for (String second : new String[] {"", "A", "B", "C"}) {
                    String code = p + second;
                    Sql.update(c, "INSERT INTO service (code, prefix, name_vi, name_en) VALUES (?, ?, ?, ?)",
                            code, code, "Dịch vụ thử " + code, "Bench service " + code);
                }
            }
            return null;
        });
    }
}
