package vn.motcua.server.ticket;

import io.javalin.config.JavalinConfig;
import vn.motcua.server.app.ClasspathPage;

/** /t/{id}: the phone page behind a ticket's QR code (live position and the call). */
public final class TicketPageRoutes {
    private final ClasspathPage page = new ClasspathPage("/web/t/index.html");

    public void addTo(JavalinConfig config) {
        config.routes.get("/t/{id}", page::serve);
    }
}
