package vn.motcua.server.ticket;

import io.javalin.config.JavalinConfig;
import vn.motcua.server.http.ClasspathPage;
import vn.motcua.server.storage.Database;
import vn.motcua.server.storage.Sql;

/**
 * /t/{id}: the phone page behind a ticket's QR code (live position and the call). /t/n/{day}/{number}:
 * the QR of a ticket printed offline, whose id the kiosk could not know; it leads to /t/{id} once the
 * kiosk has replayed the ticket.
 */
public final class TicketPageRoutes {
    private final ClasspathPage page = new ClasspathPage("/web/t/index.html");
    private final Database db;

    public TicketPageRoutes(Database db) {
        this.db = db;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/t/{id}", page::serve);
        config.routes.get("/t/n/{day}/{number}", ctx -> {
            String day = ctx.pathParam("day");
            String number = ctx.pathParam("number");
            if (!day.matches("\\d{4}-\\d{2}-\\d{2}") || !number.matches("[A-Z]{1,3}\\d{4}")) {
                ctx.status(400).contentType("text/plain; charset=utf-8").result("Mã không hợp lệ / invalid ticket code");
                return;
            }
            var id = db.read(c -> Sql.one(c, "SELECT id FROM ticket WHERE service_day = ? AND number = ?",
                    rs -> rs.getLong(1), day, number));
            if (id.isPresent()) {
                ctx.redirect("/t/" + id.get());
            } else {
                ctx.status(404).contentType("text/plain; charset=utf-8").result("Số " + number
                        + " chưa được đồng bộ lên hệ thống, xin thử lại sau ít phút. / Ticket not synchronised yet, "
                        + "please try again in a few minutes.");
            }
        });
    }
}
