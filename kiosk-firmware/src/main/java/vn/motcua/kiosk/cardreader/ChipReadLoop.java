package vn.motcua.kiosk.cardreader;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.scuba.smartcards.CardFileInputStream;
import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import org.jmrtd.BACKey;
import org.jmrtd.PassportService;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.SecurityInfo;
import vn.motcua.kiosk.cardreader.CardReaderException.Kind;
import vn.motcua.kiosk.cardreader.ChipReading.AccessControl;

/**
 * The JMRTD part shared by every driver: access control (PACE when EF.CardAccess offers it, else BAC),
 * then COM, DG1, DG13, DG2 and SOD under secure messaging. When the card is lifted mid-read, the files
 * already read are kept; once the card is back, access control runs again (a new session is needed) and
 * reading goes on with the first file not yet complete.
 */
final class ChipReadLoop {
    static final List<Short> FILES = List.of(PassportService.EF_COM, PassportService.EF_DG1,
            PassportService.EF_DG13, PassportService.EF_DG2, PassportService.EF_SOD);
    private static final int MAX_RESUMES = 3;

    private final CardSlot slot;
    private final Consumer<String> trace;

    ChipReadLoop(CardSlot slot, Consumer<String> trace) {
        this.slot = slot;
        this.trace = trace;
    }

    /** What was read: each file's bytes, the files the chip does not have, and how the session was opened. */
    record Files(Map<Short, byte[]> read, Set<Short> missing, AccessControl accessControl, int resumes) {
    }

    Files read(AccessKey key, Duration waitForCard, ReadCancel cancel) {
        BouncyCastle.provider();
        if (!waitForCard(waitForCard, cancel)) {
            throw new CardReaderException(Kind.NO_CARD, "no card on the reader within " + waitForCard.toSeconds() + " s");
        }
        Map<Short, byte[]> read = new LinkedHashMap<>();
        Set<Short> missing = new HashSet<>();
        int resumes = 0;
        while (true) {
            cancel.check();
            CardService service = slot.connect();
            try {
                PassportService passport = new PassportService(service, PassportService.NORMAL_MAX_TRANCEIVE_LENGTH,
                        PassportService.DEFAULT_MAX_BLOCKSIZE, false, true);
                passport.open();
                // JMRTD's service and the transport below it both report each exchange: print it once
                Object[] last = new Object[1];
                passport.addAPDUListener(event -> {
                    if (last[0] != event.getResponseAPDU()) {
                        last[0] = event.getResponseAPDU();
                        trace.accept(header(event.getCommandAPDU(), event.getResponseAPDU()));
                    }
                });
                AccessControl access = openSession(passport, service, key);
                for (short fid : FILES) {
                    cancel.check();
                    if (!read.containsKey(fid) && !missing.contains(fid)) {
                        readFile(passport, service, fid, read, missing);
                    }
                }
                return new Files(read, missing, access, resumes);
            } catch (CardLost lost) {
                resumes++;
                trace.accept("card lifted after " + read.size() + " complete files; waiting for it (" + resumes + "/" + MAX_RESUMES + ")");
                slot.waitForRemoval(Duration.ofSeconds(1));
                if (resumes > MAX_RESUMES || !waitForCard(waitForCard, cancel)) {
                    throw new CardReaderException(Kind.CARD_LIFTED, "the card was lifted " + resumes
                            + " times and not put back; " + read.size() + " of " + FILES.size() + " files read");
                }
            } catch (CardServiceException e) {
                if (slot.linkFailure(e) || !slot.cardPresent()) {
                    resumes++;
                    slot.waitForRemoval(Duration.ofSeconds(1));
                    if (resumes > MAX_RESUMES || !waitForCard(waitForCard, cancel)) {
                        throw new CardReaderException(Kind.CARD_LIFTED, "the card did not stay on the reader", e);
                    }
                    continue;
                }
                throw new CardReaderException(Kind.CARD_ERROR, "cannot open the chip: " + e.getMessage(), e);
            } finally {
                service.close();
            }
        }
    }

    /** Waits for the card in short steps, so a read called off stops waiting at once. */
    private boolean waitForCard(Duration wait, ReadCancel cancel) {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            cancel.check();
            long left = end - System.nanoTime();
            if (slot.waitForCard(Duration.ofNanos(Math.max(1_000_000, Math.min(left, ReadCancel.CHECK_MILLIS * 1_000_000))))) {
                cancel.check();
                return true;
            }
            if (end - System.nanoTime() <= 0) {
                return false;
            }
        }
    }

    private AccessControl openSession(PassportService passport, CardService service, AccessKey key)
            throws CardServiceException {
        BACKey bacKey = new BACKey(key.documentNumber(), key.dateOfBirth(), key.dateOfExpiry());
        PACEInfo pace = paceInfo(passport, service);
        String paceRefused = "";
        if (pace != null) {
            try {
                passport.doPACE(bacKey, pace.getObjectIdentifier(), PACEInfo.toParameterSpec(pace.getParameterId()),
                        pace.getParameterId());
                passport.sendSelectApplet(true);
                trace.accept("PACE established");
                return AccessControl.PACE;
            } catch (CardServiceException | RuntimeException e) {
                lostOr(service, e);
                // a chip may offer PACE and still fail it for another reason than the key: BAC is the fallback,
                // and with a wrong key BAC is refused too, so the key is reported refused only once both are
                String sw = e instanceof CardServiceException c && c.getSW() > 0 ? String.format(", SW %04X", c.getSW() & 0xFFFF) : "";
                paceRefused = "PACE failed" + sw + "; ";
                trace.accept("PACE refused (" + e.getClass().getSimpleName() + sw + "); trying BAC");
            }
        }
        passport.sendSelectApplet(false);
        try {
            passport.doBAC(bacKey);
        } catch (CardServiceException e) {
            lostOr(service, e);
            throw new CardReaderException(Kind.KEY_REFUSED, "the chip refused the access key (" + paceRefused
                    + "BAC failed, SW " + String.format("%04X", e.getSW() & 0xFFFF) + ")", e);
        }
        trace.accept("BAC established");
        return AccessControl.BAC;
    }

    private PACEInfo paceInfo(PassportService passport, CardService service) throws CardServiceException {
        try (CardFileInputStream in = passport.getInputStream(PassportService.EF_CARD_ACCESS, PassportService.DEFAULT_MAX_BLOCKSIZE)) {
            for (SecurityInfo info : new CardAccessFile(in).getSecurityInfos()) {
                if (info instanceof PACEInfo p) {
                    return p;
                }
            }
            return null;
        } catch (CardServiceException | IOException | RuntimeException e) {
            lostOr(service, e);
            return null; // no EF.CardAccess: a BAC-only chip
        }
    }

    private void readFile(PassportService passport, CardService service, short fid, Map<Short, byte[]> read,
                          Set<Short> missing) {
        CardFileInputStream in;
        try {
            in = passport.getInputStream(fid, PassportService.DEFAULT_MAX_BLOCKSIZE);
        } catch (CardServiceException | RuntimeException e) {
            lostOr(service, e);
            missing.add(fid); // the chip refused to select it: it does not have this file
            return;
        }
        try (in) {
            read.put(fid, in.readAllBytes());
        } catch (IOException | RuntimeException e) {
            lostOr(service, e);
            throw new CardReaderException(Kind.CARD_ERROR, String.format("reading file %04X failed: %s", fid, e.getMessage()), e);
        }
    }

    /** Turns a failure into {@link CardLost} when the card is gone; returns when it is a real answer of the card. */
    private void lostOr(CardService service, Exception e) {
        if (service.isConnectionLost(e) || slot.linkFailure(e) || !slot.cardPresent()) {
            throw new CardLost();
        }
    }

    /** The terminal's side of the exchange: header, lengths and status word, never the data. */
    static String header(net.sf.scuba.smartcards.CommandAPDU c, net.sf.scuba.smartcards.ResponseAPDU r) {
        return String.format("> %02X %02X %02X %02X Lc=%d < %d bytes SW %04X", c.getCLA(), c.getINS(), c.getP1(), c.getP2(),
                c.getNc(), r == null ? 0 : r.getData().length, r == null ? 0 : r.getSW());
    }

    private static final class CardLost extends RuntimeException {
        CardLost() {
            super(null, null, false, false);
        }
    }
}
