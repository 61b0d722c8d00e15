package vn.motcua.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.server.storage.Database;
import vn.motcua.client.testing.MutableClock;

/** Checked tokens are remembered briefly; nothing revoked stays usable longer than that. */
class TokenRecheckTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-30T01:00:00Z"));

    private AuthService auth(Database db) {
        return new AuthService(db, clock, new PasswordHasher(1_000));
    }

    @Test
    void aRevocationHereTakesEffectAtOnce() {
        try (Database db = Database.open(dir)) {
            AuthService auth = auth(db);
            String token = auth.addDevice(Role.KIOSK, "kiosk-1");
            assertThat(auth.authenticate(token)).isPresent();
            auth.revokeDevice("kiosk-1");
            assertThat(auth.authenticate(token)).isEmpty();
        }
    }

    @Test
    void aLogoutTakesEffectAtOnce() {
        try (Database db = Database.open(dir)) {
            AuthService auth = auth(db);
            String token = officerLogin(auth);
            assertThat(auth.authenticate(token)).map(Principal::name).contains("can.bo1");
            auth.logout(token);
            assertThat(auth.authenticate(token)).isEmpty();
        }
    }

    /** The CLI revokes from its own process, which this server's memory cannot hear about. */
    @Test
    void aRevocationElsewhereTakesEffectWithinTheRecheckTime() {
        try (Database db = Database.open(dir)) {
            AuthService server = auth(db);
            AuthService cli = auth(db);
            String token = server.addDevice(Role.KIOSK, "kiosk-1");
            assertThat(server.authenticate(token)).isPresent();
            cli.revokeDevice("kiosk-1");
            clock.advance(Duration.ofMillis(AuthService.RECHECK_MILLIS));
            assertThat(server.authenticate(token)).isEmpty();
        }
    }

    @Test
    void anExpiredSessionIsRefusedEvenIfJustChecked() {
        try (Database db = Database.open(dir)) {
            AuthService auth = auth(db);
            String token = officerLogin(auth);
            clock.advance(Duration.ofHours(12).minusMillis(100));
            assertThat(auth.authenticate(token)).isPresent();
            clock.advance(Duration.ofMillis(100));
            assertThat(auth.authenticate(token)).isEmpty();
        }
    }

    private static String officerLogin(AuthService auth) {
        auth.addUser("can.bo1", "mật-khẩu-dài".toCharArray(), Role.OFFICER, "Cán bộ 1");
        return auth.login("can.bo1", "mật-khẩu-dài").token();
    }
}
