package vn.motcua.kiosk.printer;

/**
 * DLE EOT n, the real-time status request: the printer answers one byte even while offline or
 * with its buffer full. escpos-coffee only writes, so the request and its answer live here.
 */
public enum StatusQuery {
    /** n=1: bit 3 set = offline. */
    PRINTER(1),
    /** n=2: bit 2 cover open, bit 5 stopped for paper end, bit 6 error. */
    OFFLINE_CAUSE(2),
    /** n=4: bits 2-3 paper near end, bits 5-6 paper end. */
    PAPER_SENSOR(4);

    static final byte DLE = 0x10;
    static final byte EOT = 0x04;

    private final int n;

    StatusQuery(int n) {
        this.n = n;
    }

    public int n() {
        return n;
    }

    public byte[] bytes() {
        return new byte[] {DLE, EOT, (byte) n};
    }

    public StatusReply reply(int answer) {
        return new StatusReply(this, answer & 0xFF);
    }

    /** The query a DLE EOT n request asks, or null for an n this driver never sends. */
    public static StatusQuery of(int n) {
        for (StatusQuery q : values()) {
            if (q.n == n) {
                return q;
            }
        }
        return null;
    }
}
