package vn.motcua.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import vn.motcua.server.Main;
import vn.motcua.server.auth.AuthService;
import vn.motcua.server.auth.PasswordHasher;
import vn.motcua.server.storage.Database;

/** user add / device add / device revoke against a real data directory. */
class CliTest {
    record Run(int exit, String out) {
    }

    private Run run(String stdin, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new Main()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
        }
    }

    @Test
    void serveRefusesAnIncompleteOrWrongUpstreamBeforeServing() throws Exception {
        Path data = Files.createTempDirectory("motcua-cli-");
        Path token = data.resolve("hub.token");
        Files.writeString(token, "hub-token-1\n");
        assertThat(run("", "serve", "--data", data.toString(), "--port", "0", "--upstream", "http://127.0.0.1:9")
                .exit()).as("no centre code").isEqualTo(2);
        assertThat(run("", "serve", "--data", data.toString(), "--port", "0", "--upstream-centre", "C01")
                .exit()).as("a centre without a hub").isEqualTo(2);
        if (System.getenv("MOTCUA_UPSTREAM_TOKEN") == null) {
            assertThat(run("", "serve", "--data", data.toString(), "--port", "0", "--upstream", "http://127.0.0.1:9",
                    "--upstream-centre", "C01").exit()).as("no token").isEqualTo(2);
        }
        assertThat(run("", "serve", "--data", data.toString(), "--port", "0", "--upstream", "ftp://hub.example",
                "--upstream-centre", "C01", "--upstream-token-file", token.toString()).exit()).as("not http").isEqualTo(2);
        assertThat(run("", "serve", "--data", data.toString(), "--port", "0", "--upstream", "http://127.0.0.1:9",
                "--upstream-centre", "C 01", "--upstream-token-file", token.toString()).exit()).as("bad code").isEqualTo(2);
    }

    @Test
    void usersAndDevicesFromTheCommandLine() throws Exception {
        Path data = Files.createTempDirectory("motcua-cli-");
        assertThat(run("mật-khẩu-dài-123\n", "user", "add", "--data", data.toString(), "--username", "lan.nguyen",
                "--role", "officer").exit()).isZero();
        assertThat(run("short\n", "user", "add", "--data", data.toString(), "--username", "x2",
                "--role", "officer").exit()).isNotZero();
        assertThat(run("whatever-long\n", "user", "add", "--data", data.toString(), "--username", "boss",
                "--role", "king").exit()).isEqualTo(2);
        assertThat(run("", "user", "add", "--data", data.toString(), "--username", "nobody",
                "--role", "officer").exit()).as("no password on stdin").isEqualTo(2);
        Run device = run("", "device", "add", "--data", data.toString(), "--kind", "kiosk", "--name", "kiosk-sảnh");
        assertThat(device.exit()).isZero();
        String token = device.out().trim();
        assertThat(token).hasSizeGreaterThan(40);
        try (Database db = Database.open(data)) {
            AuthService auth = new AuthService(db, Clock.systemUTC(), new PasswordHasher(1000));
            assertThat(auth.login("lan.nguyen", "mật-khẩu-dài-123").role().wireName()).isEqualTo("officer");
            assertThat(auth.authenticate(token)).isPresent();
        }
        assertThat(run("", "device", "revoke", "--data", data.toString(), "--name", "kiosk-sảnh").exit()).isZero();
        try (Database db = Database.open(data)) {
            assertThat(new AuthService(db, Clock.systemUTC(), new PasswordHasher()).authenticate(token)).isEmpty();
        }
    }

    @Test
    void staffingPrintsOneJsonObjectAndRefusesTheImpossible() throws Exception {
        Run ok = run("", "staffing", "--arrivals-per-hour", "60", "--mean-service-minutes", "10", "--target-wait-minutes", "5",
                "--service-level", "0.8");
        assertThat(ok.exit()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ok.out());
        assertThat(json.size()).isEqualTo(4);
        int c = json.get("counters").asInt();
        // Erlang C by hand for c and c − 1 (λ = 1/min, S = 10 min, a = 10): only c meets both conditions.
        assertThat(vn.motcua.server.staffing.ErlangC.of(1, 10, c).meanWaitMinutes()).isLessThanOrEqualTo(5);
        var fewer = vn.motcua.server.staffing.ErlangC.of(1, 10, c - 1);
        assertThat(fewer.meanWaitMinutes() <= 5 && fewer.probabilityWithin(5, 1, 0.1) >= 0.8).isFalse();
        assertThat(json.get("probabilityWithinTarget").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(json.get("utilisation").asDouble()).isCloseTo(10.0 / c, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(run("", "staffing", "--arrivals-per-hour", "60", "--mean-service-minutes", "10", "--target-wait-minutes",
                "5", "--service-level", "1").exit()).isEqualTo(2);
        assertThat(run("", "staffing", "--arrivals-per-hour", "-3", "--mean-service-minutes", "10").exit()).isEqualTo(2);
        assertThat(run("", "staffing", "--arrivals-per-hour", "lots", "--mean-service-minutes", "10").exit()).isEqualTo(2);
    }
}
