package vn.motcua.kiosk.dossier;

import java.time.Clock;

/**
 * The one open dossier session of this kiosk, forgotten when the screen goes home, after submitting and
 * when the visitor walks away (no touch for the idle time), so nothing of theirs stays.
 */
final class DossierSessions {
    private final Clock clock;
    private final long idleMillis;
    private DossierSession session;

    DossierSessions(Clock clock, int idleSeconds) {
        this.clock = clock;
        this.idleMillis = idleSeconds * 1000L;
    }

    synchronized void open() {
        session = new DossierSession(clock.millis());
    }

    synchronized void close() {
        session = null;
    }

    /** The open session, or null; a scan does not keep it alive on its own. */
    synchronized DossierSession current() {
        if (session != null && clock.millis() - session.touched > idleMillis) {
            session = null;
        }
        return session;
    }

    /** The open session, touched now; refused when it has ended. */
    synchronized DossierSession require() {
        DossierSession s = current();
        if (s == null) {
            throw new DossierRequestException(409, "no_session",
                    "Phiên nộp hồ sơ đã hết, xin bắt đầu lại / the dossier session has ended");
        }
        s.touched = clock.millis();
        return s;
    }

    synchronized void touch(DossierSession s) {
        s.touched = clock.millis();
    }
}
