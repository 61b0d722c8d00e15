package vn.motcua.bench.ocr;

import com.fasterxml.jackson.databind.SerializationFeature;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import vn.motcua.client.Json;
import vn.motcua.kiosk.ocr.CardModel;
import vn.motcua.kiosk.ocr.CardSide;
import vn.motcua.kiosk.ocr.IdCardOcr;
import vn.motcua.kiosk.ocr.IdCardReading;
import vn.motcua.kiosk.ocr.SyntheticCards;
import vn.motcua.kiosk.ocr.SyntheticFaces;

/**
 * The OCR accuracy table (bench part {@code ocr}): per card model and face, clean and degraded, for the
 * generator the reader was tuned on (A: kiosk-firmware's SyntheticCards/SyntheticFaces) and for the one it
 * never saw (B: {@link OtherCards}). A field counts when it is exactly what the card prints; the MRZ counts
 * as one field, right when its three lines are exact and its check digits hold. Misreads go to
 * {@code <out>/ocr-misread.txt} (made-up people only).
 */
public final class OcrAccuracyBench {
    /** The faces measured: every model's front and back (the 2016 back: its issue date; the others: fields and an MRZ). */
    static final List<Object[]> FACES = List.of(new Object[]{CardModel.CCCD_2016, CardSide.FRONT},
            new Object[]{CardModel.CCCD_2016, CardSide.BACK}, new Object[]{CardModel.CCCD_2021, CardSide.FRONT},
            new Object[]{CardModel.CCCD_2021, CardSide.BACK},
            new Object[]{CardModel.CAN_CUOC_2024, CardSide.FRONT}, new Object[]{CardModel.CAN_CUOC_2024, CardSide.BACK});

    /** CPU time of the reading thread (Tesseract runs on it): what a card costs when other work shares the cores. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private OcrAccuracyBench() {
    }

    /** A card from either generator. */
    record Sample(String id, Map<String, String> fields, BufferedImage image) {
    }

    static Sample sample(char generator, long seed, boolean degraded, CardModel model, CardSide side) {
        if (generator == 'D') { // the 2024 back only (FourthBacks)
            if (!drawsD(model, side)) {
                throw new IllegalArgumentException("generator D draws the 2024 back only");
            }
            OtherCards.Card c = FourthBacks.make(seed, degraded);
            return new Sample(c.id(), c.fields(), c.image());
        }
        if (generator == 'C' && side == CardSide.BACK && model == CardModel.CCCD_2016 && Boolean.getBoolean("ocr.harsherBacks")) {
            OtherCards.Card c = HarsherBacks.make2016(seed, degraded); // half drawn as the issued card prints it
            return new Sample(c.id(), c.fields(), c.image());
        }
        if (generator == 'C' && side == CardSide.BACK && model != CardModel.CCCD_2016 && Boolean.getBoolean("ocr.harsherBacks")) {
            SyntheticCards.Card c = HarsherBacks.make(seed, degraded, model, side); // A's backs, other MRZ faces
            return new Sample(c.id(), c.fields(), c.image());
        }
        if (generator == 'C' && side == CardSide.BACK && model != CardModel.CCCD_2016) { // C's own 2021/2024 backs
            OtherCards.Card c = ThirdMrzBacks.make(seed, degraded, model);
            return new Sample(c.id(), c.fields(), c.image());
        }
        if (generator == 'A') {
            SyntheticCards.Card c = SyntheticFaces.make(seed, degraded ? SyntheticCards.Quality.DEGRADED
                    : SyntheticCards.Quality.CLEAN, model, side);
            return new Sample("A-" + c.id(), c.fields(), c.image());
        }
        if (generator == 'C') {
            OtherCards.Card c = ThirdCards.make(seed, degraded, model, side);
            return new Sample(c.id(), c.fields(), c.image());
        }
        OtherCards.Card c = OtherCards.make(seed, degraded, model, side);
        return new Sample("B-" + c.id(), c.fields(), c.image());
    }

    /** Whether generator D draws this face: the 2024 Căn cước back only. */
    static boolean drawsD(CardModel model, CardSide side) {
        return model == CardModel.CAN_CUOC_2024 && side == CardSide.BACK;
    }

    /** Runs n cards per cell from firstSeed, generators A and B, every face, and returns the table (markdown). */
    public static String run(int n, long firstSeed, Path out) throws Exception {
        return run(n, firstSeed, out, null, false);
    }

    /**
     * Runs n cards per cell from firstSeed for the generators named ({@code "AC"}: the two tuning sets, so
     * that B stays unseen while the reader is worked on; null: {@code -Docr.generators}, else AB), every face
     * or the fronts only, and returns the table. Misreads go to one file per generator, so that B's need not
     * be opened.
     */
    public static String run(int n, long firstSeed, Path out, String generators, boolean frontsOnly) throws Exception {
        IdCardOcr ocr = new IdCardOcr();
        ocr.read(sample('A', 1, false, CardModel.CCCD_2021, CardSide.FRONT).image()); // model load
        Files.createDirectories(out);
        StringBuilder table = new StringBuilder("| generator | model | face | quality | cards | model+face right "
                + "| fields exact | cards all exact | ms p50 | ms max | CPU ms/card |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        Map<Character, StringBuilder> missesBy = new LinkedHashMap<>();
        // which field misses, counted: a held-out generator's misreads are not opened, so this is what says where
        Map<String, int[]> byField = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> kinds = new LinkedHashMap<>();
        // which fields one card missed together: a lost strip of the card, a row given to the wrong field
        Map<String, Map<String, Integer>> together = new LinkedHashMap<>();
        // what the kiosk shows the citizen: a wrong field shown as sure is the miss no one is asked to catch
        Map<String, int[]> flags = new LinkedHashMap<>();
        Map<String, Integer> sureButWrong = new LinkedHashMap<>();
        StringBuilder stages = new StringBuilder("\nCPU ms per card by step (mean): prepare | page pass | fields | number second look "
                + "| MRZ pass\n\n| generator | model | face | quality | prepare | page | fields | number 2nd | MRZ |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        // -Docr.generators=AC -Docr.faces=BACK (or --ocr-generators, --ocr-fronts-only): the tuning runs without B's cards
        String gens = generators != null ? generators : System.getProperty("ocr.generators", "AB");
        for (char gen : gens.toUpperCase(java.util.Locale.ROOT).replaceAll("[^ABCD]", "").toCharArray()) {
            StringBuilder misses = missesBy.computeIfAbsent(gen, k -> new StringBuilder());
            for (Object[] face : FACES) {
                if (!System.getProperty("ocr.faces", face[1].toString()).equals(face[1].toString())
                        || !System.getProperty("ocr.models", face[0].toString()).contains(face[0].toString())) {
                    continue; // -Docr.models=CCCD_2016,CAN_CUOC_2024: only these models' faces
                }
                if (gen == 'D' && !drawsD((CardModel) face[0], (CardSide) face[1])) {
                    continue;
                }
                for (boolean degraded : new boolean[]{false, true}) {
                    CardModel model = (CardModel) face[0];
                    CardSide side = (CardSide) face[1];
                    if (side != CardSide.FRONT && frontsOnly) {
                        continue;
                    }
                    int rightFields = 0;
                    int total = 0;
                    int whole = 0;
                    int detected = 0;
                    List<Long> times = new ArrayList<>();
                    long cpu = 0;
                    long[] step = new long[5];
                    for (int i = 0; i < n; i++) {
                        Sample c = sample(gen, firstSeed + i, degraded, model, side);
                        long cpu0 = THREADS.getCurrentThreadCpuTime();
                        IdCardReading r = ocr.read(c.image());
                        cpu += THREADS.getCurrentThreadCpuTime() - cpu0;
                        IdCardOcr.StageCpu st = ocr.lastStages();
                        step[0] += st.prepare();
                        step[1] += st.page();
                        step[2] += st.fields();
                        step[3] += st.numberSecondLook();
                        step[4] += st.mrz();
                        times.add(r.millis());
                        detected += r.model() == model && r.side() == side ? 1 : 0;
                        Map<String, String> read = readFields(r);
                        boolean all = true;
                        List<String> missed = new ArrayList<>();
                        int[] flagged = flags.computeIfAbsent(String.format("| %s | %s | %s | %s |", gen, model, side,
                                degraded ? "degraded" : "clean"), k -> new int[4]);
                        for (Map.Entry<String, String> e : c.fields().entrySet()) {
                            total++;
                            String cell = String.format("| %s | %s | %s | %s | %s |", gen, model, side,
                                    degraded ? "degraded" : "clean", e.getKey());
                            int[] counted = byField.computeIfAbsent(cell, k -> new int[2]);
                            counted[1]++;
                            boolean right = e.getValue().equals(read.get(e.getKey()));
                            Shown shown = Shown.of(r, e.getKey(), read.get(e.getKey()) != null, right);
                            flagged[shown.ordinal()]++;
                            if (shown == Shown.WRONG_SURE) {
                                sureButWrong.merge(cell, 1, Integer::sum);
                            }
                            if (right) {
                                rightFields++;
                                counted[0]++;
                            } else {
                                all = false;
                                missed.add(e.getKey());
                                kinds.computeIfAbsent(cell, k -> new java.util.TreeMap<>())
                                        .merge(MissKind.detail(e.getValue(), read.get(e.getKey()))
                                                + MissKind.readAsAnother(e.getKey(), read.get(e.getKey()), c.fields()), 1, Integer::sum);
                                misses.append(c.id()).append(' ').append(e.getKey()).append(": expected «")
                                        .append(e.getValue().replace('\n', '/')).append("» read «")
                                        .append(String.valueOf(read.get(e.getKey())).replace('\n', '/')).append("»")
                                        .append(shown == Shown.WRONG_SURE ? " (shown sure)\n" : "\n");
                            }
                        }
                        whole += all ? 1 : 0;
                        if (!all) {
                            together.computeIfAbsent(String.format("| %s | %s | %s | %s |", gen, model, side,
                                    degraded ? "degraded" : "clean"), k -> new java.util.TreeMap<>())
                                    .merge(String.join(" + ", missed), 1, Integer::sum);
                        }
                        if (!all && Boolean.getBoolean("ocr.keepMisread")) {
                            ImageIO.write(c.image(), "png", out.resolve(c.id() + ".png").toFile());
                        }
                    }
                    times.sort(null);
                    table.append(String.format("| %s | %s | %s | %s | %d | %d / %d | %.1f %% | %d / %d | %d | %d | %d |%n",
                            switch (gen) {
                                case 'A' -> "A (tuned on)";
                                case 'C' -> "C (tuned on)";
                                case 'D' -> "D (tuned on)";
                                default -> "B (unseen)";
                            }, model, side, degraded ? "degraded" : "clean", n,
                            detected, n, 100.0 * rightFields / total, whole, n, times.get(times.size() / 2),
                            times.get(times.size() - 1), cpu / 1_000_000 / n));
                    stages.append(String.format("| %s | %s | %s | %s | %d | %d | %d | %d | %d |%n", gen, model, side,
                            degraded ? "degraded" : "clean", step[0] / 1_000_000 / n, step[1] / 1_000_000 / n,
                            step[2] / 1_000_000 / n, step[3] / 1_000_000 / n, step[4] / 1_000_000 / n));
                }
            }
        }
        for (Map.Entry<Character, StringBuilder> e : missesBy.entrySet()) {
            Files.writeString(out.resolve("ocr-misread-" + e.getKey() + ".txt"), e.getValue());
        }
        table.append(stages);
        table.append("\nFields exact, by field\n\n| generator | model | face | quality | field | exact |\n|---|---|---|---|---|---|\n");
        byField.forEach((cell, counted) -> table.append(cell).append(' ').append(counted[0]).append(" / ")
                .append(counted[1]).append(" |\n"));
        table.append("\nMisses by kind (the shape of a miss, not its text)\n\n| generator | model | face | quality | field | kinds |\n"
                + "|---|---|---|---|---|---|\n");
        kinds.forEach((cell, counted) -> table.append(cell).append(' ').append(String.join("; ", counted.entrySet().stream()
                .map(k -> k.getKey() + " " + k.getValue()).toList())).append(" |\n"));
        table.append("\nWhat the citizen is shown (fields; the MRZ is asked to check when a check digit fails)\n\n"
                + "| generator | model | face | quality | right, shown sure | right, asked to check | wrong, asked or left empty "
                + "| wrong, shown sure |\n|---|---|---|---|---|---|---|---|\n");
        flags.forEach((cell, f) -> table.append(cell).append(String.format(" %d | %d | %d | %d |%n", f[0], f[1], f[2], f[3])));
        table.append("\nWrong and shown sure, by field\n\n| generator | model | face | quality | field | cards |\n|---|---|---|---|---|---|\n");
        sureButWrong.forEach((cell, count) -> table.append(cell).append(' ').append(count).append(" |\n"));
        table.append("\nFields one card missed together\n\n| generator | model | face | quality | fields missed (cards) |\n"
                + "|---|---|---|---|---|\n");
        together.forEach((cell, counted) -> table.append(cell).append(' ').append(String.join("; ", counted.entrySet().stream()
                .map(k -> k.getKey() + " (" + k.getValue() + ")").toList())).append(" |\n"));
        Files.writeString(out.resolve("ocr-accuracy.md"), table);
        return table.toString();
    }

    /** The reading's fields, with the MRZ as one field: its lines when every check digit holds. */
    public static Map<String, String> readFields(IdCardReading r) {
        Map<String, String> read = new LinkedHashMap<>(r.fields());
        if (r.mrz() != null && r.mrz().valid()) {
            read.put("mrz", r.mrzText());
        }
        return read;
    }

    /** Writes n cards per face and quality of generator B as blackbox folders (image + expected JSON). */
    public static void writeBlackbox(int n, long firstSeed, Path root) throws Exception {
        var json = Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
        for (Object[] face : FACES) {
            CardModel model = (CardModel) face[0];
            CardSide side = (CardSide) face[1];
            Path dir = root.resolve(side == CardSide.FRONT ? "id-front" : "id-back");
            Files.createDirectories(dir);
            for (int i = 0; i < n; i++) {
                for (boolean degraded : new boolean[]{false, true}) {
                    OtherCards.Card c = OtherCards.make(firstSeed + i, degraded, model, side);
                    String name = String.format("%s-%s-%02d", model.name().toLowerCase(java.util.Locale.ROOT),
                            degraded ? "degraded" : "clean", i + 1);
                    ImageIO.write(c.image(), degraded ? "jpg" : "png", dir.resolve(name + (degraded ? ".jpg" : ".png")).toFile());
                    Map<String, Object> expected = new LinkedHashMap<>();
                    expected.put("model", model);
                    expected.put("side", side);
                    expected.put("fields", c.fields());
                    json.writeValue(dir.resolve(name + ".json").toFile(), expected);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--write-blackbox")) {
            writeBlackbox(Integer.parseInt(args[1]), Long.parseLong(args[2]), Path.of(args[3]));
            return;
        }
        if (args.length > 0 && args[0].equals("--samples")) { // --samples GEN N SEED DIR: faces to look at (A, C or D)
            Path dir = Files.createDirectories(Path.of(args[4]));
            for (Object[] face : FACES) {
                if (args[1].charAt(0) == 'D' && !drawsD((CardModel) face[0], (CardSide) face[1])) {
                    continue;
                }
                for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                    for (boolean degraded : new boolean[]{false, true}) {
                        Sample c = sample(args[1].charAt(0), Long.parseLong(args[3]) + i, degraded, (CardModel) face[0],
                                (CardSide) face[1]);
                        ImageIO.write(c.image(), "png", dir.resolve(c.id() + ".png").toFile());
                    }
                }
            }
            return;
        }
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 5000;
        System.out.println(run(n, seed, Path.of(args.length > 2 ? args[2] : "target/ocr-bench")));
    }
}
