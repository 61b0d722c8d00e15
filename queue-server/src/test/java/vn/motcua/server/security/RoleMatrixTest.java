package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.client.CentreTime;
import vn.motcua.server.app.ServerApp;
import vn.motcua.server.auth.Role;
import vn.motcua.server.support.TestCentre;

/**
 * Every route of the running server against every kind of caller, compared with
 * src/test/resources/security/role-matrix.tsv. The routes come from the server's own route table, so an
 * endpoint added without a row in the matrix fails this test. Cells: {@code ok} (let through: any answer
 * but 401/403), {@code 401}, {@code 403}. Run with -Dgolden.update=true to write the observed matrix,
 * then review every changed row before committing it.
 */
class RoleMatrixTest {
    static final Path MATRIX = Path.of("src/test/resources/security/role-matrix.tsv");
    static final List<String> CALLERS = List.of("none", "forged", "revoked", "kiosk", "board", "officer", "manager", "admin");
    private static TestCentre centre;
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static long ticketId;

    @BeforeAll
    static void start() throws Exception {
        centre = new TestCentre();
        var auth = centre.app.components().auth();
        auth.addUser("admin1", "admin-password-1".toCharArray(), Role.ADMIN, "Quản trị");
        String revoked = auth.addDevice(Role.KIOSK, "kiosk-revoked");
        auth.revokeDevice("kiosk-revoked");
        TOKENS.put("none", null);
        TOKENS.put("forged", "forged-" + "x".repeat(40));
        TOKENS.put("revoked", revoked);
        TOKENS.put("kiosk", centre.kioskToken());
        TOKENS.put("board", centre.boardToken());
        TOKENS.put("officer", centre.officerAt(1));
        TOKENS.put("manager", centre.managerToken());
        TOKENS.put("admin", centre.login("admin1", "admin-password-1"));
        ticketId = centre.issue("A", "NORMAL").body().get("id").asLong();
    }

    @AfterAll
    static void stop() {
        centre.close();
    }

    /** METHOD path for each route the server registered (HEAD/OPTIONS and before/after filters excluded). */
    static List<String> routes(ServerApp app) throws Exception {
        Field f = ServerApp.class.getDeclaredField("javalin");
        f.setAccessible(true);
        Javalin javalin = (Javalin) f.get(app);
        TreeSet<String> routes = new TreeSet<>();
        for (var parsed : javalin.unsafe.internalRouter.allHttpHandlers()) {
            HandlerType method = parsed.endpoint.method;
            String name = method.toString();
            if (name.equals("GET") || name.equals("POST") || name.equals("PUT") || name.equals("PATCH")
                    || name.equals("DELETE")) {
                routes.add(name + " " + parsed.endpoint.path);
            }
        }
        return new ArrayList<>(routes);
    }

    @Test
    void everyRouteAnswersEveryCallerAsTheMatrixSays() throws Exception {
        StringBuilder observed = new StringBuilder("# route\t" + String.join("\t", CALLERS) + "\n");
        for (String route : routes(centre.app)) {
            String[] parts = route.split(" ", 2);
            StringBuilder row = new StringBuilder(route);
            for (String caller : CALLERS) {
                // logging out ends the session: use a throwaway one so later rows still have theirs
                String token = route.equals("POST /api/v1/auth/logout") ? throwaway(caller) : TOKENS.get(caller);
                row.append('\t').append(cell(parts[0], concrete(parts[1]), token));
            }
            observed.append(row).append('\n');
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(MATRIX, observed.toString());
        }
        assertThat(observed.toString()).isEqualTo(Files.readString(MATRIX));
    }

    private static String throwaway(String caller) {
        return switch (caller) {
            case "officer" -> centre.officerAt(1);
            case "manager" -> centre.managerToken();
            case "admin" -> centre.login("admin1", "admin-password-1");
            default -> TOKENS.get(caller);
        };
    }

    /**
     * 401 = no valid token, 403 = the role may not (code role_forbidden), ok = let through to the feature,
     * whose own answer (400 for the empty body, 403 "not your counter", 409...) is not the matrix's concern.
     */
    private static String cell(String method, String path, String token) {
        String accept = path.equals("/api/v1/events") ? "text/event-stream" : "*/*";
        TestCentre.Status s = centre.status(method, path, token, accept);
        if (s.code() == 401) {
            return "401";
        }
        return s.code() == 403 && s.body().contains("\"role_forbidden\"") ? "403" : "ok";
    }

    /** Fills path parameters with values that exist in the demo centre. */
    private static String concrete(String path) {
        return path.replace("{id}", String.valueOf(ticketId)).replace("{counter}", "1").replace("{number}", "A0001")
                .replace("{day}", java.time.LocalDate.now(CentreTime.ZONE).toString())
                .replaceAll("\\{[a-zA-Z]+}", "1");
    }
}
