package vn.motcua.kiosk.printer;

/**
 * One status byte answering a {@link StatusQuery}. Every DLE EOT answer has bit 1 and bit 4 set and
 * bits 0 and 7 clear; anything else is line noise, not a status.
 */
public record StatusReply(StatusQuery query, int raw) {

    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_BITS = 0x12;

    public boolean wellFormed() {
        return (raw & FIXED_MASK) == FIXED_BITS;
    }

    public boolean offline() {
        return query == StatusQuery.PRINTER && bit(3);
    }

    public boolean coverOpen() {
        return query == StatusQuery.OFFLINE_CAUSE && bit(2);
    }

    public boolean error() {
        return query == StatusQuery.OFFLINE_CAUSE && bit(6);
    }

    public boolean paperOut() {
        return (query == StatusQuery.OFFLINE_CAUSE && bit(5))
                || (query == StatusQuery.PAPER_SENSOR && (raw & 0x60) != 0);
    }

    public boolean paperLow() {
        return query == StatusQuery.PAPER_SENSOR && (raw & 0x0C) != 0;
    }

    /** The byte a printer in the given state sends: used by fake printers in tests and the simulator. */
    public static int answer(StatusQuery query, PrinterStatus status) {
        int b = FIXED_BITS;
        switch (query) {
            case PRINTER -> b |= status.ready() ? 0 : 0x08;
            case OFFLINE_CAUSE -> b |= (status.coverOpen() ? 0x04 : 0) | (status.paperOut() ? 0x20 : 0)
                    | (status.error() ? 0x40 : 0);
            case PAPER_SENSOR -> b |= (status.paperOut() ? 0x60 : 0) | (status.paperLow() ? 0x0C : 0);
        }
        return b;
    }

    private boolean bit(int i) {
        return (raw & (1 << i)) != 0;
    }
}
