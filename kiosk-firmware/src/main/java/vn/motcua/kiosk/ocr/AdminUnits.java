package vn.motcua.kiosk.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The official names of districts and communes (admin-units.tsv, from the statistics office's list), so
 * that a unit OCR read with a wrong mark ("Quận Ninh Kiểu", "Thành phố Sám Sơn") is spelled as the
 * state spells it. A name that is already an official one is never touched: several units differ only
 * by their marks, and the reader cannot know which one a card holds better than the letters it saw.
 */
final class AdminUnits {
    private static final AdminUnits ALL = load();
    /** Units of one province by their letters without marks or spaces; "" holds the whole country. */
    private final Map<String, Map<String, List<String>>> byProvince;
    private final Set<String> official;

    private AdminUnits(Map<String, Map<String, List<String>>> byProvince, Set<String> official) {
        this.byProvince = byProvince;
        this.official = official;
    }

    static AdminUnits all() {
        return ALL;
    }

    /**
     * The official spelling of one address part ("Xã Hoàng Lộc" → "Xã Hoằng Lộc"), looked up in the
     * province when it is known: unique letters without marks, or one letter off for a long name (a
     * last letter cut), with stray one-letter tokens of noise dropped. Empty when nothing fits alone.
     */
    Optional<String> correct(String part, String provinceCode) {
        if (official.contains(part)) {
            return Optional.empty();
        }
        Map<String, List<String>> units = byProvince.getOrDefault(provinceCode == null ? "" : provinceCode,
                byProvince.get(""));
        for (String candidate : new String[]{part, part.replaceAll("(^|\\s)\\S(?=\\s|$)", " ").strip()}) {
            String key = key(candidate);
            if (key.length() < 4) {
                continue;
            }
            List<String> exact = units.get(key);
            if (exact != null) {
                return closest(part, exact);
            }
            if (key.length() >= 8) {
                List<String> near = new ArrayList<>();
                // numbered wards (Phường 11, Phường 17) are never matched one digit off
                units.forEach((k, names) -> {
                    if (!k.matches(".*\\d.*") && Math.abs(k.length() - key.length()) <= 1
                            && Edits.distance(k, key) <= 1) {
                        near.addAll(names);
                    }
                });
                if (near.size() == 1) {
                    return Optional.of(near.get(0));
                }
            }
        }
        return Optional.empty();
    }

    /** Among names with the same letters, the one whose marks are nearest to what was read. */
    private static Optional<String> closest(String read, List<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String n : names) {
            int d = Edits.distance(n.toLowerCase(java.util.Locale.ROOT), read.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = n;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    static String key(String text) {
        return Fold.fold(text).replaceAll("[^a-z0-9]", "");
    }

    private static AdminUnits load() {
        Map<String, Map<String, List<String>>> byProvince = new HashMap<>();
        Set<String> official = new HashSet<>();
        try (InputStream in = AdminUnits.class.getResourceAsStream("admin-units.tsv")) {
            if (in == null) {
                throw new IllegalStateException("admin-units.tsv missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String name = cols[1].strip();
                official.add(name);
                for (String province : new String[]{cols[0].strip(), ""}) {
                    List<String> names = byProvince.computeIfAbsent(province, k -> new HashMap<>())
                            .computeIfAbsent(key(name), k -> new ArrayList<>());
                    if (!names.contains(name)) {
                        names.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AdminUnits(byProvince, official);
    }
}
