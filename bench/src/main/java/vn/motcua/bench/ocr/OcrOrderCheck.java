package vn.motcua.bench.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.kiosk.ocr.CardModel;
import vn.motcua.kiosk.ocr.CardSide;
import vn.motcua.kiosk.ocr.IdCardOcr;

/**
 * Whether a card's reading depends on the cards read before it: the same cards (tuning generators only,
 * A and C) read by one reader in order, then by a fresh reader in the reverse order, and each card's fields
 * compared. A kiosk must read a card the same way whoever came before. Prints the cards whose fields
 * differ (made-up people only) and the fields exact in each order.
 *
 * <p>{@code java -cp bench.jar vn.motcua.bench.ocr.OcrOrderCheck GENERATORS CARDS FIRST_SEED [FRONT|BACK]}
 */
public final class OcrOrderCheck {
    private OcrOrderCheck() {
    }

    public static void main(String[] args) {
        String gens = args.length > 0 ? args[0] : "AC";
        if (gens.toUpperCase(java.util.Locale.ROOT).contains("B")) {
            throw new IllegalArgumentException("B is held out: check the order on A and C only");
        }
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 100;
        String faces = args.length > 3 ? args[3] : "FRONT";
        List<OcrAccuracyBench.Sample> samples = new ArrayList<>();
        for (char g : gens.toCharArray()) {
            for (Object[] face : OcrAccuracyBench.FACES) {
                if (!face[1].toString().equals(faces)) {
                    continue;
                }
                for (boolean degraded : new boolean[]{false, true}) {
                    for (int i = 0; i < n; i++) {
                        samples.add(OcrAccuracyBench.sample(g, seed + i, degraded, (CardModel) face[0], (CardSide) face[1]));
                    }
                }
            }
        }
        Map<String, Map<String, String>> forward = readAll(samples);
        List<OcrAccuracyBench.Sample> reversed = new ArrayList<>(samples);
        Collections.reverse(reversed);
        Map<String, Map<String, String>> backward = readAll(reversed);
        int differing = 0;
        int[] right = new int[2];
        int total = 0;
        for (OcrAccuracyBench.Sample s : samples) {
            Map<String, String> a = forward.get(s.id());
            Map<String, String> b = backward.get(s.id());
            if (!a.equals(b)) {
                differing++;
                for (String f : s.fields().keySet()) {
                    if (!java.util.Objects.equals(a.get(f), b.get(f))) {
                        System.out.println(s.id() + " " + f + ": forward «" + a.get(f) + "» reverse «" + b.get(f)
                                + "» expected «" + s.fields().get(f) + "»");
                    }
                }
            }
            for (Map.Entry<String, String> e : s.fields().entrySet()) {
                total++;
                right[0] += e.getValue().equals(a.get(e.getKey())) ? 1 : 0;
                right[1] += e.getValue().equals(b.get(e.getKey())) ? 1 : 0;
            }
        }
        System.out.printf("%d cards, %d read differently in the two orders; fields exact: forward %d / %d, reverse %d / %d%n",
                samples.size(), differing, right[0], total, right[1], total);
    }

    private static Map<String, Map<String, String>> readAll(List<OcrAccuracyBench.Sample> samples) {
        IdCardOcr ocr = new IdCardOcr();
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (OcrAccuracyBench.Sample s : samples) {
            BufferedImage copy = new BufferedImage(s.image().getColorModel(), s.image().copyData(null),
                    s.image().isAlphaPremultiplied(), null);
            out.put(s.id(), OcrAccuracyBench.readFields(ocr.read(copy)));
        }
        return out;
    }
}
