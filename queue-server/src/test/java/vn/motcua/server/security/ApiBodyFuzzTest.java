package vn.motcua.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import vn.motcua.client.Json;
import vn.motcua.server.auth.Role;
import vn.motcua.server.support.TestCentre;

/**
 * Random JSON bodies against every POST and PUT route, each with a caller the role matrix lets through:
 * no 5xx ever, and a refused request changes nothing (SQLite's total_changes() on the server's writer
 * connection stays put, apart from the audit row that records the refused staff action; audit ids only grow by one, and MAX(id)
 * stays cheap where COUNT(*) slowed a million-try run to a crawl). CI runs jqwik's
 * default 1,000 tries; the long run:
 * {@code ./mvnw -pl queue-client,display-board,queue-server test -Dtest=ApiBodyFuzzTest -Djqwik.tries.default=1000000 -Dtest.data.root=/dev/shm}
 * (the store on tmpfs: a million fsyncs would take hours and are not what is being fuzzed).
 */
class ApiBodyFuzzTest {
    private static final String[] FIELDS = {"service", "category", "requestId", "outcome", "to", "size", "leaseId",
            "number", "issuedAt", "username", "password", "reason", "part", "state", "code", "detail", "counter",
            "rating", "reasons", "procedure", "notices", "bilingual", "fields", "documents", "consent", "status"};
    private static TestCentre centre;
    private static final List<String[]> TARGETS = new ArrayList<>();
    private final ObjectMapper json = Json.mapper();

    @BeforeContainer
    static void start() throws Exception {
        centre = new TestCentre();
        centre.app.components().auth().addUser("admin1", "admin-password-1".toCharArray(), Role.ADMIN, "Quản trị");
        String officer = centre.officerAt(1);
        centre.call("POST", "/api/v1/counters/1/open", officer, null);
        long ticket = centre.issue("A", "NORMAL").body().get("id").asLong();
        String[] callers = {"kiosk", "board", "officer", "manager", "admin"};
        String[] tokens = {centre.kioskToken(), centre.boardToken(), officer, centre.managerToken(),
                centre.login("admin1", "admin-password-1")};
        for (String line : Files.readAllLines(RoleMatrixTest.MATRIX)) {
            if (line.startsWith("#") || line.contains("/auth/logout")) {
                continue;
            }
            String[] cells = line.split("\t");
            String[] route = cells[0].split(" ", 2);
            if (route[0].equals("GET")) {
                continue;
            }
            for (int i = 0; i < callers.length; i++) {
                if (cells[1 + RoleMatrixTest.CALLERS.indexOf(callers[i])].equals("ok")) {
                    String path = route[1].replace("{id}", String.valueOf(ticket)).replace("{counter}", "1")
                            .replaceAll("\\{[a-zA-Z]+}", "1");
                    TARGETS.add(new String[] {route[0], path, tokens[i]});
                    break;
                }
            }
        }
    }

    @AfterContainer
    static void stop() {
        centre.close();
    }

    @Property
    void randomBodiesNeverCauseA5xxAndRefusalsChangeNothing(@ForAll("targets") String[] target, @ForAll("bodies") String body) {
        long before = changes();
        TestCentre.Response r = centre.call(target[0], target[1], target[2], body);
        assertThat(r.status()).as(target[0] + " " + target[1] + " " + body).isLessThan(500);
        if (r.status() >= 400) {
            assertThat(changes()).as("refused " + target[0] + " " + target[1] + " changed the store").isEqualTo(before);
        }
    }

    private static long changes() {
        return centre.app.components().db().transaction(c -> vn.motcua.server.storage.Sql.one(c,
                "SELECT total_changes() - (SELECT COALESCE(MAX(id), 0) FROM audit)", rs -> rs.getLong(1)).orElseThrow());
    }

    @Provide
    Arbitrary<String[]> targets() {
        return Arbitraries.of(TARGETS);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<JsonNode> leaf = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(30).map(JsonNodeFactory.instance::textNode),
                Arbitraries.of("A", "NORMAL", "ELDERLY", "RECEIVED", "OPEN", "B", "2026-11-23T09:00:00+07:00", "", "A0001")
                        .map(JsonNodeFactory.instance::textNode),
                Arbitraries.integers().map(JsonNodeFactory.instance::numberNode),
                Arbitraries.of(JsonNodeFactory.instance.nullNode(), JsonNodeFactory.instance.booleanNode(true),
                        JsonNodeFactory.instance.arrayNode()));
        Arbitrary<JsonNode> object = Arbitraries.maps(Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.strings().ofMaxLength(8)),
                leaf).ofMaxSize(5).map(m -> {
                    ObjectNode o = JsonNodeFactory.instance.objectNode();
                    m.forEach(o::set);
                    return o;
                });
        return Arbitraries.oneOf(object.map(JsonNode::toString), Arbitraries.strings().ofMaxLength(40),
                Arbitraries.of("", "null", "[]", "{", "{\"service\":", "\"A\"", "1e999", "{\"size\":1e999}"));
    }
}
