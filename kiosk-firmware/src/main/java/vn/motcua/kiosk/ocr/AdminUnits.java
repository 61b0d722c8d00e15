package vn.motcua.kiosk.ocr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.motcua.kiosk.idcard.BundledTable;
import vn.motcua.kiosk.idcard.ProvincesAfter2025;

/**
 * The official names of districts and communes, so that a unit OCR read with a wrong mark ("Quận Ninh
 * Kiểu", "Thành phố Sám Sơn") is spelled as the state spells it. Two lists: the units before the 2025 merger
 * (admin-units.tsv, by the 63 provinces' codes) for three-level addresses, and the communes from 1 July
 * 2025 (communes-2025.tsv, by the 34 present provinces) for two-level ones; a name is looked up in one of
 * them only, since a new ward can be a mark away from an old one (Phường Thuận Hóa, old Phường Thuận Hòa).
 * A name that is already an official one of its list is never touched: several units differ only by their
 * marks, and the reader cannot know which one a card holds better than the letters it saw. Where a tone
 * mark sits on "oa", "oe", "uy" (Hòa, Hoà) is no difference ({@link ToneMarks}).
 */
final class AdminUnits {
    /** One commune-level unit from 1 July 2025: its present province, its name, when it is in force. */
    record Unit(ProvincesAfter2025.Unit province, String name, LocalDate since, LocalDate until) {
        boolean inForceOn(LocalDate day) {
            return !day.isBefore(since) && (until == null || day.isBefore(until));
        }
    }

    /** A unit's type in front of its name, as the lists write it. */
    private static final Pattern UNIT_TYPE = Pattern.compile("^(Xã|Phường|Thị trấn|Đặc khu|Huyện|Quận|Thị xã|Thành phố) ");
    private static final Pattern DISTRICT_TYPE = Pattern.compile("^(Huyện|Quận|Thị xã|Thành phố) ");
    // before the lists: their loading uses it
    private static final AdminUnits BEFORE_2025 = load("admin-units.tsv", false);
    private static final AdminUnits AFTER_2025 = load("communes-2025.tsv", true);
    /** Units of one province by their letters without marks or spaces; "" holds the whole country. */
    private final Map<String, Map<String, List<String>>> byProvince;
    private final Set<String> official;
    private final List<Unit> units;
    /** The units' names without their types, by their letters without marks or spaces ("sonduong"). */
    private final Set<String> untyped;

    /** A commune's districts by province and the commune's letters (before the merger; empty after it). */
    private final Map<String, Map<String, List<String>>> districtsOf;

    private AdminUnits(Map<String, Map<String, List<String>>> byProvince, Set<String> official, List<Unit> units,
                       Map<String, Map<String, List<String>>> districtsOf) {
        this.byProvince = byProvince;
        this.districtsOf = districtsOf;
        this.official = official;
        this.units = units;
        this.untyped = official.stream().map(n -> key(UNIT_TYPE.matcher(n).replaceFirst(""))).collect(Collectors.toSet());
    }

    /** Whether a part is one of this list's units as the list spells it (the mark of "oa", "oe", "uy" on either letter). */
    boolean isOfficial(String part) {
        return official.contains(ToneMarks.onGlide(part));
    }

    /** The other of the two lists. */
    AdminUnits other() {
        return this == BEFORE_2025 ? AFTER_2025 : BEFORE_2025;
    }

    /**
     * Whether words are the name of a unit of either list without its type ("Sơn Dương" of "Huyện Sơn Dương"):
     * a row that starts a name cut from its type on the row above, not a label's remnant.
     */
    static boolean namesAUnitWithoutType(String words) {
        return key(words).length() >= 4 && namesAUnitWithoutTypeAnyLength(words);
    }

    /**
     * Whether words, however short, are the name of a unit of either list without its type ("Lắk" of "Huyện Lắk"): a
     * part of a place as printed, not a scrap of a name cut by a comma read in it ("Xã Tân, Minh").
     */
    static boolean namesAUnitWithoutTypeAnyLength(String words) {
        String k = key(words);
        return !k.isEmpty() && (BEFORE_2025.untyped.contains(k) || AFTER_2025.untyped.contains(k));
    }

    /** Whether words are the name of one of this list's units without its type. */
    boolean namesWithoutType(String words) {
        String k = key(words);
        return k.length() >= 4 && untyped.contains(k);
    }

    /** Districts and communes before the 2025 merger, by the earlier provinces' codes (provinces.tsv). */
    static AdminUnits before2025() {
        return BEFORE_2025;
    }

    /** Communes, wards and special zones from 1 July 2025, by the present province's name. */
    static AdminUnits after2025() {
        return AFTER_2025;
    }

    /** The units of the list from 1 July 2025 with their periods (empty for the earlier list). */
    List<Unit> units() {
        return units;
    }

    /**
     * The official spelling of one address part ("Xã Hoàng Lộc" → "Xã Hoằng Lộc"), looked up in the
     * province when it is known: unique letters without marks, or one letter off for a long name (a
     * last letter cut), with stray one-letter tokens of noise dropped. Empty when nothing fits alone.
     */
    Optional<String> correct(String part, String province) {
        if (isOfficial(part)) {
            return Optional.empty();
        }
        Optional<String> anotherType = withAnotherType(part, province);
        if (anotherType.isPresent()) {
            return anotherType.filter(name -> !name.equals(part.strip()));
        }
        return listed(part, province).map(name -> ToneMarks.placedAs(name, part));
    }

    /**
     * A typed part whose letters the province's lists hold only with another type ("Xã Xuân Đỉnh", a ward since 2013;
     * "Xã Chi Nê", a township's name): a unit printed with the type it had before it became a ward or a town. Its
     * name takes that unit's marks and keeps the type printed; it is not "Xã Xuân Đình" (another commune of Hà Nội,
     * the same letters) nor "Xã Đại Đồng" ("Xã Sài Đồng" one letter off). Empty when the province's list holds the
     * letters with the type read (and the marks read are none of the other types'), or no unit or several fit.
     */
    private Optional<String> withAnotherType(String part, String province) {
        Map<String, List<String>> units = province == null || province.isEmpty() ? null : byProvince.get(province);
        String read = part.strip();
        Matcher typed = UNIT_TYPE.matcher(read);
        if (units == null || !typed.lookingAt() || key(read.substring(typed.end())).length() < 4) {
            return Optional.empty();
        }
        String name = read.substring(typed.end());
        List<String> names = namesWithoutType(units, key(name));
        if (names.stream().anyMatch(n -> ToneMarks.onGlide(n).equals(ToneMarks.onGlide(name)))) {
            return Optional.of(read); // marks and all: "Xã Xuân Thanh" (a ward of Đồng Nai) is no "Xã Xuân Thành" misread
        }
        if (units.containsKey(key(read))) {
            return Optional.empty();
        }
        return closest(name, names).map(n -> read.substring(0, typed.end()) + ToneMarks.placedAs(n, name));
    }

    private Optional<String> listed(String part, String province) {
        Map<String, List<String>> units = byProvince.getOrDefault(province == null ? "" : province,
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
            if (key.length() < 8 && province != null) {
                // a short name is never taken one letter off, but an I read as l ("Xã la Hrú") or an l as i
                // ("Xã Ea Păi") is no other letter: the same letters with the two told apart no more, in the province
                List<String> strokes = withIAndLAlike(units, key, 0);
                if (strokes.size() == 1) {
                    return Optional.of(strokes.get(0));
                }
            }
            Matcher typed = UNIT_TYPE.matcher(candidate);
            if ((province == null || !byProvince.containsKey(province)) && typed.find()
                    && namesWithoutType(candidate.substring(typed.end()))) {
                // no province to look in (one of 1976-2008, "Tỉnh Sông Bé"): a name the lists hold with another type
                // ("Huyện Bến Cát", a town since 2013) is a unit since renamed, not "Huyện Bến Cầu" misread
                return Optional.empty();
            }
            if (key.length() >= 8) {
                List<String> near = new ArrayList<>();
                // numbered wards (Phường 11, Phường 17) are never matched one digit off; a name read with a letter more
                // whose every word is a syllable ("Xã Trung Hậu") is a name the lists lack, not "Xã Trung Hà" misread
                boolean syllables = java.util.Arrays.stream(candidate.split("\\s+")).allMatch(VietnameseSyllable::isWellFormed);
                units.forEach((k, names) -> {
                    if (!k.matches(".*\\d.*") && Math.abs(k.length() - key.length()) <= 1
                            && Edits.distance(k, key) <= 1 && !(syllables && key.length() > k.length())) {
                        near.addAll(names);
                    }
                });
                if (near.size() == 1) {
                    return Optional.of(near.get(0));
                }
                // an l read as I, or an I as l, and a stroke more ("Đắk MIiI" for "Đắk Mil"): the same letters
                // with the two told apart no more
                if (near.isEmpty()) {
                    List<String> strokes = withIAndLAlike(units, key, 1).stream()
                            .filter(name -> !syllables || key(name).length() >= key.length()).toList();
                    if (strokes.size() == 1) {
                        return Optional.of(strokes.get(0));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The units whose letters are the key's, I and l told apart no more, within {@code edits} more (not numbered wards). */
    private static List<String> withIAndLAlike(Map<String, List<String>> units, String key, int edits) {
        String unified = key.replace('l', 'i');
        List<String> found = new ArrayList<>();
        units.forEach((k, names) -> {
            String u = k.replace('l', 'i');
            if (!k.matches(".*\\d.*") && Math.abs(u.length() - unified.length()) <= edits && Edits.distance(u, unified) <= edits) {
                found.addAll(names);
            }
        });
        return found;
    }

    /**
     * The provinces (codes before the merger, names after it) that have a unit of these letters
     * ("Quận Hải Châu": 048 only), so that a province read past recognition can be told by its units.
     */
    Set<String> provincesWith(String part) {
        // the list writes numbered wards "Phường 01", cards print "Phường 1"
        String key = key(part).replaceAll("(?<=[a-z])0+(?=\\d)", "");
        Set<String> found = new HashSet<>();
        byProvince.forEach((province, units) -> {
            if (!province.isEmpty() && (units.containsKey(key)
                    || key.matches(".*\\d.*") && units.containsKey(key.replaceAll("(?<=[a-z])(?=\\d(\\D|$))", "0")))) {
                found.add(province);
            }
        });
        return found;
    }

    /**
     * A unit whose two-word type lost its second word, misread ("Thị bến Ngô Đồng": the stacked marks of "trấn"
     * misread) or gone ("Thành Phan Rang-Tháp Chàm"), told by its first type word and its name: the one unit of the
     * province (never the whole country) whose type begins so (Thị trấn, Thị xã; Thành phố) and whose name is the one
     * read. Empty when none or several fit.
     */
    Optional<String> typeMisread(String part, String province) {
        String[] words = part.strip().split("\\s+");
        Map<String, List<String>> inProvince = province == null ? null : byProvince.get(province);
        String first = words.length < 2 ? "" : key(words[0]);
        boolean typeRead = words.length >= 3 && Set.of("tran", "xa", "pho").contains(key(words[1]));
        if (inProvince == null || typeRead || !(first.equals("thi") || first.equals("thanh"))) {
            return Optional.empty();
        }
        // the name after the misread second word, else after the first (the second lost)
        for (int from = words.length < 3 ? 1 : 2; from >= 1; from--) {
            String name = key(String.join(" ", java.util.Arrays.asList(words).subList(from, words.length)));
            List<String> fits = inProvince.entrySet().stream()
                    .filter(e -> e.getKey().startsWith(first) && e.getKey().endsWith(name)
                            && e.getKey().length() - first.length() - name.length() >= 2
                            && e.getKey().length() - first.length() - name.length() <= 4)
                    .flatMap(e -> e.getValue().stream()).distinct().toList();
            if (name.length() >= 4 && fits.size() == 1) {
                return Optional.of(fits.get(0));
            }
        }
        return Optional.empty();
    }

    /**
     * A district read with a word of its name lost or a word too many ("Huyện Phượng", "Huyện Đan Đan Phượng"): the one
     * district of the province whose name is the read's with one word put in or taken out, letters compared without
     * their marks. Districts only: a province has a dozen, all listed, while a commune may be printed with a name the
     * lists lack ("Xã Trung Hậu"). Empty when the read is a unit of the province, its name one the province has with
     * another type, or none or several fit.
     */
    Optional<String> districtWordOff(String part, String province) {
        return unlistedDistrict(part, province).flatMap(read -> {
            List<String> words = foldedWords(read.name());
            List<String> fits = read.sameType().stream().filter(n -> oneWordOff(foldedWords(n.substring(read.type().length() + 1)), words))
                    .toList();
            return fits.size() == 1 ? Optional.of(fits.get(0)) : Optional.empty();
        });
    }

    /**
     * A district read with a letter or two off ("Huyện oan Sơn", "Huyện té Đăng", "Huyện Y ng Liêm" for Quan Sơn, Bù Đăng
     * and Vũng Liêm: a faint first letter lost or misread, a mark read as a space): the district of the province with
     * that type whose name's letters are fewest edits from the read's, two at most, when no other of that type is as
     * near. Districts only, as for a word off: a province has a dozen or two, all listed; a commune may be printed with
     * a name the lists lack. Empty when the read is a unit of the province, its name one the province has with another
     * type (a unit printed with the type it had), or none or two are nearest.
     */
    Optional<String> districtLettersOff(String part, String province) {
        return unlistedDistrict(part, province).filter(read -> key(read.name()).length() >= 4).flatMap(read -> {
            String name = key(read.name());
            String best = null;
            int nearest = Integer.MAX_VALUE;
            int second = Integer.MAX_VALUE;
            for (String district : read.sameType()) {
                int d = Edits.distance(key(district.substring(read.type().length() + 1)), name);
                if (d < nearest) {
                    second = nearest;
                    nearest = d;
                    best = district;
                } else if (d < second) {
                    second = d;
                }
            }
            return nearest <= 2 && second > nearest ? Optional.ofNullable(best) : Optional.empty();
        });
    }

    /** A district's type and name as read, and the province's districts of that type. */
    private record UnlistedDistrict(String type, String name, List<String> sameType) {
    }

    /**
     * A part read as a district of a known province that the province's list does not hold: its type, its name and the
     * province's districts of that type. Empty when the part is no district, is listed, or its name is one the province
     * has with another type ("Huyện Tân Uyên", a town since 2013: a unit printed with the type it had, not another
     * district misread).
     */
    private Optional<UnlistedDistrict> unlistedDistrict(String part, String province) {
        Map<String, List<String>> units = province == null ? null : byProvince.get(province);
        String read = part.strip();
        Matcher typed = DISTRICT_TYPE.matcher(read);
        if (units == null || !typed.lookingAt() || units.containsKey(key(read))
                || !namesWithoutType(units, key(read.substring(typed.end()))).isEmpty()) {
            return Optional.empty();
        }
        String type = typed.group(1);
        List<String> sameType = units.values().stream().flatMap(List::stream).distinct().filter(n -> n.startsWith(type + " ")).toList();
        return Optional.of(new UnlistedDistrict(type, read.substring(typed.end()), sameType));
    }

    /**
     * The district a commune of the province lies in, by the list (its type spelled out, its letters compared without
     * marks); empty when the list does not have the commune there, or has its letters in two districts of the province
     * ("Xã Tân Minh" of Sóc Sơn and of Thường Tín; "Xã Vạn Phúc" of Thanh Trì, "Xã Văn Phúc" of Phúc Thọ).
     */
    Optional<String> districtOf(String commune, String province) {
        List<String> districts = districtsOf.getOrDefault(province == null ? "" : province, Map.of())
                .getOrDefault(key(commune), List.of());
        return districts.size() == 1 ? Optional.of(districts.get(0)) : Optional.empty();
    }

    private static List<String> foldedWords(String name) {
        return List.of(Fold.fold(name).split("[\\s-]+"));
    }

    /**
     * Whether a name read is a listed one with one word lost or one word too many. Not its last word lost: a row's end
     * cuts a name short there ("TP. Hà" / "Nội"), and the row after may still hold it; nor when what is left has fewer
     * than four letters ("Tỉnh Hà" is no "Nam Hà" with its first word lost).
     */
    static boolean oneWordOff(List<String> listed, List<String> read) {
        if (Math.abs(listed.size() - read.size()) != 1 || String.join("", read).length() < 4) {
            return false;
        }
        boolean lost = listed.size() > read.size();
        List<String> longer = lost ? listed : read;
        for (int i = 0; i < (lost ? longer.size() - 1 : longer.size()); i++) {
            List<String> less = new ArrayList<>(longer);
            less.remove(i);
            if (less.equals(lost ? read : listed)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A unit's name printed without its type after a unit ("Xã Kim Sơn, Đạ Têh, Lâm Đồng"), read with its marks off:
     * the province's names without their types that have its letters, the marks nearest those read. Empty when the
     * name is read as listed, or none or several fit.
     */
    Optional<String> withoutType(String part, String province) {
        Map<String, List<String>> units = province == null ? null : byProvince.get(province);
        String key = key(part);
        if (units == null || key.length() < 4 || UNIT_TYPE.matcher(part).lookingAt()) {
            return Optional.empty();
        }
        List<String> names = namesWithoutType(units, key);
        // a mark placed as schools place it ("Hiệp Hoà", the list's "Hiệp Hòa") stays where it was printed
        return names.contains(part) ? Optional.empty() : closest(part, names).map(name -> ToneMarks.placedAs(name, part));
    }

    /** The names, without their types, of a province's units whose letters are the key's ("Xuân Đỉnh" of "Phường Xuân Đỉnh"). */
    private List<String> namesWithoutType(Map<String, List<String>> units, String key) {
        if (!untyped.contains(key)) {
            return List.of(); // no unit of the country is so named: the province's need not be read
        }
        return units.values().stream().flatMap(List::stream).map(n -> UNIT_TYPE.matcher(n).replaceFirst(""))
                .filter(n -> key(n).equals(key)).distinct().toList();
    }

    /** Among names with the same letters, the one whose marks are nearest to what was read. */
    private static Optional<String> closest(String read, List<String> names) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String n : names) {
            int d = Edits.distance(ToneMarks.onGlide(n).toLowerCase(java.util.Locale.ROOT),
                    ToneMarks.onGlide(read).toLowerCase(java.util.Locale.ROOT));
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

    /**
     * @param present whether the file is of the present units: province codes are then those of the 34
     *                present provinces, filed under the province's name, with columns since and until
     */
    private static AdminUnits load(String file, boolean present) {
        Map<String, Map<String, List<String>>> byProvince = new HashMap<>();
        Set<String> official = new HashSet<>();
        List<Unit> units = new ArrayList<>();
        Map<String, Map<String, List<String>>> districtsOf = new HashMap<>();
        for (String line : BundledTable.lines(AdminUnits.class, file)) {
            String[] cols = line.split("\t", -1);
            String name = cols[1].strip();
            if (!present && cols.length > 2 && !cols[2].isBlank()) {
                // communes whose letters are alike ("Xã Vạn Phúc", "Xã Văn Phúc") share their districts: read, they are one
                List<String> districts = districtsOf.computeIfAbsent(cols[0].strip(), k -> new HashMap<>())
                        .computeIfAbsent(key(name), k -> new ArrayList<>());
                java.util.Arrays.stream(cols[2].strip().split("\\|")).filter(d -> !districts.contains(d)).forEach(districts::add);
            }
            official.add(ToneMarks.onGlide(name));
            String provinceKey = cols[0].strip();
            if (present) {
                ProvincesAfter2025.Unit province = ProvincesAfter2025.builtIn().ofOldCode(provinceKey)
                        .orElseThrow(() -> new IllegalStateException(file + ": no present province has code " + cols[0]));
                provinceKey = province.name();
                units.add(new Unit(province, name, LocalDate.parse(cols[2].strip()),
                        cols[3].isBlank() ? null : LocalDate.parse(cols[3].strip())));
            }
            for (String province : new String[]{provinceKey, ""}) {
                List<String> names = byProvince.computeIfAbsent(province, k -> new HashMap<>())
                        .computeIfAbsent(key(name), k -> new ArrayList<>());
                if (!names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return new AdminUnits(byProvince, official, List.copyOf(units), districtsOf);
    }
}
