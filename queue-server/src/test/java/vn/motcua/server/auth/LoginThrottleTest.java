package vn.motcua.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import vn.motcua.client.testing.MutableClock;
import vn.motcua.server.support.TestCentre;

/** Failed logins: slowed per address across usernames and per username, never a hard lock. */
class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T02:00:00Z"));
    @AutoClose
    private final TestCentre centre = new TestCentre(clock);

    private TestCentre.Response login(String user, String password) {
        return centre.call("POST", "/api/v1/auth/login", null,
                "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}");
    }

    @Test
    void madeUpUsernamesFromOneAddressAreSlowedDownWithGrowingWaits() {
        int refused = 0;
        for (int i = 0; i < 60; i++) {
            if (login("ghost" + i, "wrong-password").status() == 429) {
                refused++;
            }
        }
        // 3 free tries, then each failure must wait: without time passing nearly all later tries are refused
        assertThat(refused).isEqualTo(60 - LoginThrottle.FREE_FAILURES - 1);
        TestCentre.Response r = login("ghost-new", "wrong-password");
        assertThat(r.status()).isEqualTo(429);
        assertThat(r.body().get("error").get("code").asText()).isEqualTo("too_many_attempts");
        // the wait grows, then stops at the ceiling
        clock.advance(Duration.ofSeconds(1));
        assertThat(login("ghost-a", "wrong-password").status()).isEqualTo(401); // 4th failure: 1 s earned
        assertThat(login("ghost-b", "wrong-password").status()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(1));
        assertThat(login("ghost-b", "wrong-password").status()).isEqualTo(429); // the 5th failure earned 2 s
        clock.advance(Duration.ofSeconds(1));
        assertThat(login("ghost-b", "wrong-password").status()).isEqualTo(401); // and now 4 s
        clock.advance(Duration.ofSeconds(3));
        assertThat(login("ghost-c", "wrong-password").status()).isEqualTo(429);
        clock.advance(Duration.ofSeconds(LoginThrottle.MAX_DELAY_SECONDS));
        assertThat(login("ghost-c", "wrong-password").status()).isEqualTo(401);
    }

    @Test
    void someoneTryingAWrongPasswordEveryMinuteCannotLockAnOfficerOut() {
        String password = centre.officerPassword(3);
        for (int minute = 0; minute < 20; minute++) {
            assertThat(login("officer3", "not-the-password").status()).isIn(401, 429);
            clock.advance(Duration.ofSeconds(LoginThrottle.MAX_DELAY_SECONDS));
            // the officer, half a minute after the last wrong try, gets in
            TestCentre.Response mine = login("officer3", password);
            assertThat(mine.status()).as("minute " + minute).isEqualTo(200);
            clock.advance(Duration.ofSeconds(30));
        }
    }

    @Test
    void aRefusalSaysWhenToTryAgain() throws Exception {
        for (int i = 0; i < 4; i++) {
            login("officer1", "wrong-" + i);
        }
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(centre.url + "/api/v1/auth/login")).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"username\":\"officer1\",\"password\":\"x\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void anUnknownUserCostsThePasswordCheckOfAKnownOne() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        AuthService auth = new AuthService(centre.app.components().db(), clock, hasher);
        long before = hasher.checks();
        for (String user : new String[] {"officer1", "nobody-at-all"}) {
            try {
                auth.login(user, "wrong-password");
            } catch (RuntimeException expected) {
                // 401 either way
            }
        }
        assertThat(hasher.checks() - before).as("one PBKDF2 per login, known user or not").isEqualTo(2);
    }
}
