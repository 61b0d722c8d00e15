package vn.motcua.kiosk.dossier;

import java.time.Clock;

/**
 * The one open dossier session of this kiosk, forgotten when the screen goes home, after submitting and
 * when the visitor walks away (no touch for the idle time), so nothing of theirs stays. A card read at the
 * start of a visit, before "Nộp hồ sơ" was touched, waits here (in memory, for the idle time at most) for
 * the session that visit opens; the end of the visit drops it.
 */
final class DossierSessions {
    private final Clock clock;
    private final long idleMillis;
    private DossierSession session;
    private Identity waiting;
    private vn.motcua.kiosk.idcard.CccdFields waitingQr;
    private long waitingSince;

    DossierSessions(Clock clock, int idleSeconds) {
        this.clock = clock;
        this.idleMillis = idleSeconds * 1000L;
    }

    synchronized void open() {
        if (session != null) {
            session.cancelChipRead();
        }
        session = new DossierSession(clock.millis());
        if (waiting != null && clock.millis() - waitingSince <= idleMillis) {
            session.identity = waiting;
            session.qr = waitingQr;
        }
        waiting = null;
        waitingQr = null;
    }

    synchronized void close() {
        if (session != null) {
            session.cancelChipRead();
        }
        session = null;
        waiting = null;
        waitingQr = null;
    }

    /** A card read while no session is open, kept for the session this visit may open next. */
    synchronized void holdForVisit(Identity identity, vn.motcua.kiosk.idcard.CccdFields qr) {
        waiting = identity;
        waitingQr = qr;
        waitingSince = clock.millis();
    }

    /** The card of this visit: the open session's, or the one held at the greeting while it is fresh; null if none. */
    synchronized Identity visitIdentity() {
        DossierSession s = current();
        if (s != null) {
            return s.identity;
        }
        return waiting != null && clock.millis() - waitingSince <= idleMillis ? waiting : null;
    }

    /** The open session, or null; a scan does not keep it alive on its own. */
    synchronized DossierSession current() {
        if (session != null && clock.millis() - session.touched > idleMillis) {
            session.cancelChipRead();
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
