package vn.motcua.kiosk.cardreader;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import vn.motcua.kiosk.cardreader.emulated.EmulatedChip;

/**
 * Lays an emulated chip on Debian's vsmartcard virtual reader: vpcd (loaded by pcscd) listens on
 * localhost:35963 and the card connects to it. Each message is a 2-byte big-endian length and a payload:
 * one byte is a control message (0 power off, 1 power on, 2 reset, 4 ATR request, answered with the ATR),
 * anything longer an APDU, answered with the response APDU. Closing the socket is lifting the card.
 */
final class VpcdCard implements AutoCloseable {
    static final int PORT = 35963;

    private final EmulatedChip chip;
    private final AtomicInteger liftAfter = new AtomicInteger(-1);
    private volatile Socket socket;
    private volatile int apdus;
    private final java.util.concurrent.atomic.AtomicLong wireBytes = new java.util.concurrent.atomic.AtomicLong();
    private volatile long liftedForMs = 300;
    private volatile boolean closed;

    VpcdCard(EmulatedChip chip) {
        this.chip = chip;
    }

    /** Puts the card on the reader (connects to vpcd). */
    void insert() throws IOException {
        // vpcd accepts a card only when it polls for one (about every 400 ms) and after it noticed the last one left
        long deadline = System.nanoTime() + 10_000_000_000L;
        Socket s;
        while (true) {
            s = new Socket();
            try {
                s.connect(new InetSocketAddress("127.0.0.1", PORT), 1000);
                break;
            } catch (IOException e) {
                s.close();
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
        s.setTcpNoDelay(true);
        socket = s;
        Socket connected = s;
        Thread t = new Thread(() -> serve(connected), "vpcd-card");
        t.setDaemon(true);
        t.start();
    }

    /** Takes the card away. */
    void remove() {
        Socket s = socket;
        socket = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing is the removal; nothing else to do
            }
        }
    }

    /** After this many more APDUs the card is lifted without answering, and laid back after {@code backAfterMs}. */
    void liftAfter(int count, long backAfterMs) {
        liftedForMs = backAfterMs;
        liftAfter.set(count);
    }

    int apdus() {
        return apdus;
    }

    /** Command and response APDU bytes exchanged so far (what the card's radio would carry). */
    long wireBytes() {
        return wireBytes.get();
    }

    private void serve(Socket s) {
        try (s; DataInputStream in = new DataInputStream(s.getInputStream());
             DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(s.getOutputStream()))) {
            while (true) {
                int length = in.readUnsignedShort();
                ackNow(s);
                byte[] message = in.readNBytes(length);
                if (message.length != length) {
                    return;
                }
                if (length == 1) {
                    switch (message[0]) {
                        case 0, 1, 2 -> chip.reset();
                        case 4 -> send(out, chip.atr());
                        default -> { }
                    }
                    continue;
                }
                apdus++;
                wireBytes.addAndGet(length);
                if (liftAfter.getAndDecrement() == 0) {
                    remove();
                    Thread back = new Thread(() -> {
                        try {
                            Thread.sleep(liftedForMs);
                            if (!closed) {
                                insert();
                            }
                        } catch (InterruptedException | IOException ignored) {
                            // the test sees the card missing and fails on its own terms
                        }
                    }, "vpcd-card-back");
                    back.setDaemon(true);
                    back.start();
                    return;
                }
                byte[] answer = chip.transmit(message);
                wireBytes.addAndGet(answer.length);
                send(out, answer);
            }
        } catch (IOException e) {
            // vpcd closed the connection or the card was removed
        }
    }

    /**
     * vpcd sends a message as two writes (the length, then the APDU) on a socket with Nagle's algorithm on:
     * the APDU waits until the length is acknowledged, and Linux delays that ACK by 40 ms while the card
     * has nothing to send back. Asking for a quick ACK once the length is read removes that wait from every
     * APDU (Linux clears the flag after each receive, so it is set each time).
     */
    private static void ackNow(Socket s) {
        try {
            s.setOption(jdk.net.ExtendedSocketOptions.TCP_QUICKACK, true);
        } catch (IOException | UnsupportedOperationException e) {
            // not Linux: no delayed-ACK wait to remove
        }
    }

    private static void send(DataOutputStream out, byte[] data) throws IOException {
        out.writeShort(data.length);
        out.write(data);
        out.flush();
    }

    @Override
    public void close() {
        closed = true;
        liftAfter.set(-1);
        remove();
    }
}
