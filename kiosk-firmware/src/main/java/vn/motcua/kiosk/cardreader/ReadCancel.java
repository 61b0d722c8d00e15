package vn.motcua.kiosk.cardreader;

/**
 * Calls off a chip read that is waiting for the card or reading it: the citizen skipped the chip step or
 * the session ended. The read stops at its next check (while waiting, every {@value #CHECK_MILLIS} ms; while
 * reading, before each file) with {@link CardReaderException.Kind#CANCELLED}.
 */
public final class ReadCancel {
    static final long CHECK_MILLIS = 100;
    private volatile boolean cancelled;

    public void cancel() {
        cancelled = true;
    }

    public boolean cancelled() {
        return cancelled;
    }

    void check() {
        if (cancelled) {
            throw new CardReaderException(CardReaderException.Kind.CANCELLED, "the chip read was called off");
        }
    }
}
