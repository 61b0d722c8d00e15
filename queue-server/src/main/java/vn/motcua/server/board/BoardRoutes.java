package vn.motcua.server.board;

import io.javalin.config.JavalinConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.Role;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.http.ClasspathPage;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;

/**
 * /board: the hall board, and with {@code ?counter=N} a counter screen (pages from display-board), plus
 * the few settings the manager gives every board: the notices line and whether calls are also in English.
 */
public final class BoardRoutes {
    static final String NOTICES = "board_notices";
    static final String BILINGUAL = "board_bilingual";
    static final int MAX_NOTICES = 10;
    static final int MAX_NOTICE_CHARS = 200;
    static final List<String> DEFAULT_NOTICES = List.of(
            "Vui lòng giữ phiếu số thứ tự và chú ý màn hình, loa gọi số.",
            "Người cao tuổi, người khuyết tật, phụ nữ mang thai được ưu tiên phục vụ.");

    private final Database db;
    private final CentreSettings centre;
    private final Access access;
    private final JsonBodies bodies;
    private final ClasspathPage page = new ClasspathPage("/web/board/index.html");

    /** The wire shape of GET/PUT /api/v1/board/settings. */
    public record BoardSettings(List<String> notices, Boolean bilingual) {
    }

    public BoardRoutes(Database db, CentreSettings centre, Access access, JsonBodies bodies) {
        this.db = db;
        this.centre = centre;
        this.access = access;
        this.bodies = bodies;
    }

    public void addTo(JavalinConfig config) {
        config.routes.get("/board", page::serve);
        config.routes.get("/api/v1/board/settings", ctx -> ctx.json(read()));
        config.routes.put("/api/v1/board/settings", ctx -> {
            access.require(ctx, Role.MANAGER, Role.ADMIN);
            BoardSettings wanted = bodies.read(ctx, BoardSettings.class);
            List<String> notices = wanted.notices() == null ? null : checked(wanted.notices());
            db.transaction(c -> {
                if (notices != null) {
                    centre.put(c, NOTICES, String.join("\n", notices));
                }
                if (wanted.bilingual() != null) {
                    centre.put(c, BILINGUAL, Boolean.toString(wanted.bilingual()));
                }
                return null;
            });
            ctx.json(read());
        });
    }

    private BoardSettings read() {
        return db.read(c -> {
            List<String> notices = centre.get(c, NOTICES)
                    .map(v -> v.isEmpty() ? List.<String>of() : Arrays.asList(v.split("\n")))
                    .orElse(DEFAULT_NOTICES);
            boolean bilingual = centre.get(c, BILINGUAL).map(Boolean::parseBoolean).orElse(false);
            return new BoardSettings(notices, bilingual);
        });
    }

    /** Notices are shown as text, never as HTML; here only their number and length are bounded. */
    private static List<String> checked(List<String> notices) {
        if (notices.size() > MAX_NOTICES) {
            throw ApiException.badRequest("invalid_field", "Tối đa " + MAX_NOTICES + " thông báo / at most "
                    + MAX_NOTICES + " notices");
        }
        List<String> out = new ArrayList<>();
        for (String n : notices) {
            String line = n == null ? "" : n.replaceAll("[\\r\\n\\t]+", " ").strip();
            if (line.length() > MAX_NOTICE_CHARS) {
                throw ApiException.badRequest("invalid_field", "Thông báo quá dài / a notice is longer than "
                        + MAX_NOTICE_CHARS + " characters");
            }
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out;
    }
}
