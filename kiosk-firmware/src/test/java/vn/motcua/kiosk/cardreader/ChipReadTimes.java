package vn.motcua.kiosk.cardreader;

import vn.motcua.client.DeviceState;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation.Tamper;
import vn.motcua.kiosk.cardreader.emulated.ChipAccess;
import vn.motcua.kiosk.cardreader.emulated.DemoIssuer;
import vn.motcua.kiosk.cardreader.emulated.EmulatedChip;

/**
 * Card placed → fields ready, with BAC or PACE (a chip offering it) and every file (COM, DG1, DG13, DG2, SOD) and passive authentication:
 * through the simulated driver (in-process) and through pcscd + vpcd (the real PC/SC stack and a socket).
 * A real card's radio is slower than either, so the APDU bytes are counted: at 424 kbit/s they take
 * bytes × 8 / 424,000 s plus the card's own computing time. Used by bench/ (part "chip").
 */
public final class ChipReadTimes {
    /** Time on the radio per byte at 424 kbit/s, before ISO 14443 framing. */
    static final double SECONDS_PER_BYTE_424K = 8.0 / 424_000;

    public record Row(String path, int reads, double medianMs, double minMs, double maxMs, Map<String, Integer> bytesPerFile,
                      int apdus, long apduBytes, double radioSeconds424k) {
    }

    private ChipReadTimes() {
    }

    public static List<Row> measure(int rounds) throws Exception {
        List<Row> rows = new ArrayList<>();
        Clock clock = Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
        ChipFields holder = Holders.an();
        AccessKey key = Holders.keyOf(holder);

        for (ChipAccess access : List.of(ChipAccess.BAC, ChipAccess.PACE)) {
            SimulatedCardReader simulated = new SimulatedCardReader(CscaStore.NONE, clock, line -> { }, access);
            simulated.place(holder, Tamper.NONE);
            simulated.read(key, Duration.ofSeconds(5)); // warm-up: class loading and JIT of the crypto
            double[] ms = new double[rounds];
            ChipReading last = null;
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                last = simulated.read(key, Duration.ofSeconds(5));
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            rows.add(row("simulated driver (in-process chip), " + last.accessControl(), ms, last, 0, 0));
        }

        PcscCardReader.useSystemPcscLibrary();
        PcscCardReader pcsc = new PcscCardReader(PcscEmulatedCardTest.READER, new ChipAssembler(
                new PassiveAuthenticator(CscaStore.NONE), clock), line -> { });
        if (pcsc.status().state() != DeviceState.ONLINE) {
            rows.add(new Row("pcscd + vpcd: " + pcsc.status().detail(), 0, 0, 0, 0, Map.of(), 0, 0, 0));
            return rows;
        }
        DemoIssuer issuer = DemoIssuer.generate("Bench issuer");
        for (ChipAccess access : List.of(ChipAccess.BAC, ChipAccess.PACE)) {
            double[] ms = new double[rounds];
            double[] detected = new double[rounds];
            int apdus = 0;
            long bytes = 0;
            ChipReading last = null;
            for (int i = 0; i < rounds; i++) {
                try (VpcdCard card = new VpcdCard(new EmulatedChip(CardPersonalisation.personalise(holder, issuer, Tamper.NONE,
                        access), l -> { }))) {
                    card.insert();
                    long t0 = System.nanoTime(); // the card is laid: from here the reader must notice it and read it
                    last = pcsc.read(key, Duration.ofSeconds(10));
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                    apdus = card.apdus();
                    bytes = card.wireBytes();
                    long t1 = System.nanoTime(); // the card is already seen: the read alone
                    pcsc.read(key, Duration.ofSeconds(10));
                    detected[i] = (System.nanoTime() - t1) / 1e6;
                }
                Thread.sleep(1000); // vpcd notices the removal at its next poll
            }
            rows.add(row("pcscd + vpcd, card laid at t0 (incl. vpcd's presence poll), " + last.accessControl(), ms, last, apdus, bytes));
            rows.add(row("pcscd + vpcd, card already detected, " + last.accessControl(), detected, last, apdus, bytes));
        }
        return rows;
    }

    private static Row row(String path, double[] ms, ChipReading r, int apdus, long bytes) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new Row(path, ms.length, sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], r.bytesRead(),
                apdus, bytes, bytes * SECONDS_PER_BYTE_424K);
    }
}
