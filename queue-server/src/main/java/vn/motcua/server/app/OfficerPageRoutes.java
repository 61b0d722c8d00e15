package vn.motcua.server.app;

import io.javalin.config.JavalinConfig;
import vn.motcua.server.http.ClasspathPage;

/** /officer: the officer console (its files live under web/officer/). */
public final class OfficerPageRoutes {
    private final ClasspathPage page = new ClasspathPage("/web/officer/index.html");

    public void addTo(JavalinConfig config) {
        config.routes.get("/officer", page::serve);
    }
}
