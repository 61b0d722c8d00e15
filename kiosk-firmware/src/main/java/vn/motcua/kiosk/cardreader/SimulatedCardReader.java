package vn.motcua.kiosk.cardreader;

import java.time.Duration;
import java.util.List;
import vn.motcua.client.DeviceStatus;
import vn.motcua.kiosk.idcard.CardValidity;
import vn.motcua.kiosk.idcard.CccdFields;
import java.util.function.Consumer;
import net.sf.scuba.smartcards.CardService;
import vn.motcua.kiosk.cardreader.CardReaderException.Kind;
import vn.motcua.client.DeviceCode;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation.Tamper;
import vn.motcua.kiosk.cardreader.emulated.ChipAccess;
import vn.motcua.kiosk.cardreader.emulated.DemoIssuer;
import vn.motcua.kiosk.cardreader.emulated.EmulatedCardService;
import vn.motcua.kiosk.cardreader.emulated.EmulatedChip;

/**
 * A reader with an emulated chip instead of a radio: the same JMRTD code path as the PC/SC driver (BAC,
 * secure messaging, passive authentication), with handles to lay a card, lift it or unplug the reader.
 * Its cards are signed by a demo issuer whose CSCA this reader trusts in addition to the configured ones,
 * so a demo reads VERIFIED and a tampered card FAILED.
 */
public final class SimulatedCardReader implements CardReader {
    private final DemoIssuer issuer = DemoIssuer.generate("Simulated reader");
    private final ChipAssembler assembler;
    private final Consumer<String> trace;
    private final ChipAccess access;
    private final Object lock = new Object();
    private EmulatedChip card;
    private boolean unplugged;
    private int liftAfterApdus = -1;

    SimulatedCardReader(CscaStore configured, java.time.Clock clock, Consumer<String> trace) {
        this(configured, clock, trace, ChipAccess.BAC);
    }

    /** @param access what the cards it lays offer: BAC only, or PACE (profile option cardReader.chipAccess) */
    SimulatedCardReader(CscaStore configured, java.time.Clock clock, Consumer<String> trace, ChipAccess access) {
        this.assembler = new ChipAssembler(new PassiveAuthenticator(configured.plus(issuer.csca())), clock);
        this.trace = trace;
        this.access = access;
    }

    /** Lays a card personalised with these fields on the reader. */
    public void place(ChipFields holder, Tamper tamper) {
        EmulatedChip chip = new EmulatedChip(CardPersonalisation.personalise(holder, issuer, tamper, access), trace);
        synchronized (lock) {
            card = chip;
            lock.notifyAll();
        }
    }

    /**
     * Lays the chip card a QR belongs to: the QR's fields, and what only the chip carries filled in as a
     * card of that holder would have it (expiry by the age-milestone rule).
     */
    public void placeCardOf(CccdFields qr, Tamper tamper) {
        List<String> extra = qr.extra() == null ? List.of() : qr.extra();
        place(new ChipFields(qr.number(), qr.name(), String.valueOf(qr.dateOfBirth()), qr.sex(), "Việt Nam", "Kinh",
                "Không", qr.province() == null ? "Việt Nam" : qr.province(), qr.address(), "Không",
                String.valueOf(qr.issueDate()), CardValidity.expiry(qr.dateOfBirth(), qr.issueDate()).map(String::valueOf).orElse(null),
                qr.oldId() == null || qr.oldId().isBlank() ? null : qr.oldId(),
                extra.size() > 0 ? extra.get(0) : null, extra.size() > 1 ? extra.get(1) : null), tamper);
    }

    /** Takes the card away, as a citizen does. */
    public void lift() {
        synchronized (lock) {
            card = null;
        }
    }

    /** The card will be lifted after this many more APDUs (a hand that does not wait), then laid back 200 ms later. */
    public void liftDuringNextRead(int apdus) {
        synchronized (lock) {
            liftAfterApdus = apdus;
        }
    }

    public void unplug(boolean gone) {
        synchronized (lock) {
            unplugged = gone;
        }
    }

    @Override
    public ChipReading read(AccessKey key, Duration waitForCard, ReadCancel cancel) {
        synchronized (lock) {
            if (unplugged) {
                throw new CardReaderException(Kind.NO_READER, "the simulated reader is unplugged");
            }
        }
        return assembler.assemble(new ChipReadLoop(new Slot(), trace).read(key, waitForCard, cancel));
    }

    @Override
    public DeviceStatus status() {
        synchronized (lock) {
            return unplugged ? DeviceStatus.offline(DeviceCode.NO_READER, "simulated reader unplugged")
                    : DeviceStatus.online("simulated");
        }
    }

    @Override
    public String description() {
        return "simulated";
    }

    @Override
    public void close() {
    }

    private final class Slot implements CardSlot {
        @Override
        public boolean waitForCard(Duration wait) {
            long end = System.nanoTime() + wait.toNanos();
            synchronized (lock) {
                while (card == null) {
                    long left = end - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    try {
                        lock.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }
                return true;
            }
        }

        @Override
        public boolean cardPresent() {
            synchronized (lock) {
                return card != null;
            }
        }

        @Override
        public boolean linkFailure(Exception e) {
            return !cardPresent();
        }

        @Override
        public void waitForRemoval(Duration wait) {
            // the simulated card is gone the moment it is lifted
        }

        @Override
        public CardService connect() {
            EmulatedChip chip;
            synchronized (lock) {
                chip = card;
            }
            if (chip == null) {
                throw new CardReaderException(Kind.NO_CARD, "no card on the simulated reader");
            }
            return new EmulatedCardService(chip, this::stillThere);
        }

        /** Counts APDUs down to a planned lift; the card comes back 200 ms later, as a hand puts it back. */
        private boolean stillThere() {
            synchronized (lock) {
                if (liftAfterApdus == 0) {
                    liftAfterApdus = -1;
                    EmulatedChip chip = card;
                    card = null;
                    Thread back = new Thread(() -> {
                        try {
                            Thread.sleep(200);
                        } catch (InterruptedException e) {
                            return;
                        }
                        synchronized (lock) {
                            card = chip;
                            lock.notifyAll();
                        }
                    }, "simulated-card-back");
                    back.setDaemon(true);
                    back.start();
                    return false;
                }
                if (liftAfterApdus > 0) {
                    liftAfterApdus--;
                }
                return card != null;
            }
        }
    }
}
