package vn.motcua.kiosk.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The full OCR accuracy run, not part of the normal suite (surefire skips it by name): N synthetic cards
 * per quality, exact-field accuracy per field and overall, and the time per image. Writes the table to
 * target/ocr-accuracy.md and the misread cards to target/ocr-misread/ for a look.
 *
 * <pre>OMP_THREAD_LIMIT=1 ./mvnw -B -ntp -o -pl kiosk-firmware test -Dtest=OcrAccuracyBench \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Docr.cards=100</pre>
 */
class OcrAccuracyBench {

    @Test
    void accuracy() throws Exception {
        int n = Integer.getInteger("ocr.cards", 100);
        long firstSeed = Long.getLong("ocr.seed", 1000);
        String report = run(n, firstSeed, Path.of("target"));
        System.out.println(report);
    }

    public static void main(String[] args) throws Exception {
        System.out.println(run(Integer.parseInt(args[0]), Long.parseLong(args[1]), Path.of(args[2])));
    }

    static String run(int n, long firstSeed, Path out) throws Exception {
        IdCardOcr ocr = new IdCardOcr();
        ocr.read(SyntheticCards.make(1, SyntheticCards.Quality.CLEAN).image()); // warm-up: model load
        Path misread = out.resolve("ocr-misread");
        Files.createDirectories(misread);
        StringBuilder table = new StringBuilder();
        table.append("| images | fields exact | cards all exact | ").append(String.join(" | ", CardTextParser.FIELDS))
                .append(" | ms/image p50 | ms/image max |\n|---|---|---|");
        table.append("---|".repeat(CardTextParser.FIELDS.size())).append("---|---|\n");
        StringBuilder misses = new StringBuilder();
        for (SyntheticCards.Quality q : SyntheticCards.Quality.values()) {
            Map<String, Integer> right = new LinkedHashMap<>();
            CardTextParser.FIELDS.forEach(f -> right.put(f, 0));
            int allRight = 0;
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SyntheticCards.Card card = SyntheticCards.make(firstSeed + i, q);
                IdCardReading r = ocr.read(card.image());
                times.add(r.millis());
                boolean all = true;
                for (String f : CardTextParser.FIELDS) {
                    if (card.fields().get(f).equals(r.fields().get(f))) {
                        right.merge(f, 1, Integer::sum);
                    } else {
                        all = false;
                        misses.append(card.id()).append(' ').append(f).append(": expected «")
                                .append(card.fields().get(f)).append("» read «").append(r.fields().get(f))
                                .append("» (").append(r.confidence().get(f)).append(")\n");
                    }
                }
                if (all) {
                    allRight++;
                } else {
                    ImageIO.write(card.image(), "png", misread.resolve(card.id() + ".png").toFile());
                }
            }
            int fieldsRight = right.values().stream().mapToInt(Integer::intValue).sum();
            times.sort(null);
            table.append(String.format("| %s × %d | %.1f %% | %d / %d |", q.name().toLowerCase(), n,
                    100.0 * fieldsRight / (n * CardTextParser.FIELDS.size()), allRight, n));
            for (String f : CardTextParser.FIELDS) {
                table.append(String.format(" %.0f %% |", 100.0 * right.get(f) / n));
            }
            table.append(String.format(" %d | %d |%n", times.get(times.size() / 2), times.get(times.size() - 1)));
        }
        String report = table + "\nMisread fields:\n" + misses;
        Files.writeString(out.resolve("ocr-accuracy.md"), report);
        return report;
    }
}
