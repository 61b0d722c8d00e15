package vn.motcua.server.board;

import io.javalin.config.JavalinConfig;
import java.nio.file.Path;
import vn.motcua.server.app.ClasspathPage;

/** /board: the hall board, and with {@code ?counter=N} a counter screen (pages from display-board). */
public final class BoardRoutes {
    private final Path dataDir;
    private final ClasspathPage page = new ClasspathPage("/web/board/index.html");

    public BoardRoutes(Path dataDir) {
        this.dataDir = dataDir;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/board", page::serve);
    }
}
