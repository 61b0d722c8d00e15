package vn.motcua.kiosk.idcard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The 34 provinces and centrally-run cities from 1 July 2025 (Resolution 202/2025/QH15), read from
 * {@code provinces-2025.tsv}, and which of the 63 earlier provinces each took in. Cards issued before the
 * merger keep the old names in their addresses; both are recognised, and an old province can be told
 * by its present one.
 */
public final class ProvincesAfter2025 {
    /**
     * One present province: its name, "Tỉnh" or "Thành phố" from 1 July 2025, the earlier provinces' codes,
     * and a later kind with the day it took effect (null when the kind has not changed).
     */
    public record Unit(String name, String kind, List<String> oldCodes, LocalDate laterKindSince, String laterKind) {
        public Unit(String name, String kind, List<String> oldCodes) {
            this(name, kind, oldCodes, null, null);
        }

        /** As an address written on 1 July 2025 writes it: "Tỉnh Ninh Bình", "Thành phố Huế". */
        public String written() {
            return kind + " " + name;
        }

        /** As an address written on that day writes it ("Tỉnh Đồng Nai" until 29 April 2026, then "Thành phố"). */
        public String writtenOn(LocalDate day) {
            return (laterKindSince != null && !day.isBefore(laterKindSince) ? laterKind : kind) + " " + name;
        }
    }

    private static final ProvincesAfter2025 BUILT_IN = load();
    private final Map<String, Unit> byName;
    private final Map<String, Unit> byOldCode;

    private ProvincesAfter2025(Map<String, Unit> byName, Map<String, Unit> byOldCode) {
        this.byName = byName;
        this.byOldCode = byOldCode;
    }

    public static ProvincesAfter2025 builtIn() {
        return BUILT_IN;
    }

    public List<Unit> all() {
        return List.copyOf(byName.values());
    }

    public Optional<Unit> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The present province that took in the earlier province of this code (001…096). */
    public Optional<Unit> ofOldCode(String code) {
        return Optional.ofNullable(byOldCode.get(code));
    }

    private static ProvincesAfter2025 load() {
        Map<String, Unit> byName = new LinkedHashMap<>();
        Map<String, Unit> byOldCode = new TreeMap<>();
        for (String line : BundledTable.lines(ProvincesAfter2025.class, "provinces-2025.tsv")) {
            String[] cols = line.split("\t");
            String[] later = cols.length > 3 ? cols[3].split(" ", 2) : new String[]{null, null};
            Unit unit = new Unit(cols[0], cols[1], List.of(cols[2].split(",")),
                    later[0] == null ? null : LocalDate.parse(later[0]), later[1]);
            byName.put(unit.name(), unit);
            for (String code : unit.oldCodes()) {
                if (byOldCode.put(code, unit) != null) {
                    throw new IllegalStateException("provinces-2025.tsv: old code " + code + " is in two provinces");
                }
            }
        }
        return new ProvincesAfter2025(java.util.Collections.unmodifiableMap(byName), Map.copyOf(byOldCode));
    }
}
