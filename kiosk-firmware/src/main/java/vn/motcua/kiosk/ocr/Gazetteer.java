package vn.motcua.kiosk.ocr;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.kiosk.idcard.BundledTable;
import vn.motcua.kiosk.idcard.ProvincesAfter2025;

/**
 * Place names OCR may read with a wrong mark ("Tỉnh Bác Ninh", "Đà Nẵn"): the last part of an address is
 * a province, and the province list (the same file the personal-number check uses) is the truth for it.
 * Districts and communes are {@link AdminUnits}' part, looked up within the province found here.
 */
final class Gazetteer {
    /** Other spellings in use (province-variants.tsv), in the list's form, to the list's name. */
    private static final Map<String, String> VARIANTS = variants();
    private static final Gazetteer PROVINCES = load();
    private final Map<String, String> byKey;
    private final Map<String, String> codeByName;
    /** Provinces of earlier years (Hà Tây, Vĩnh Phú), which no personal number's code names: spelled, not coded. */
    private final Map<String, String> formerByKey;

    /** The provinces that are cities under the centre ("Thành phố Hà Nội"; Huế from 2025, Đồng Nai from 2026). */
    private final Map<String, String> cityByKey = new HashMap<>();

    private Gazetteer(Map<String, String> byKey, Map<String, String> codeByName, Map<String, String> formerByKey) {
        this.byKey = byKey;
        for (ProvincesAfter2025.Unit unit : ProvincesAfter2025.builtIn().all()) {
            if ("Thành phố".equals(unit.kind()) || "Thành phố".equals(unit.laterKind())) {
                cityByKey.put(key(unit.name()).replace(" ", ""), unit.name());
            }
        }
        this.codeByName = codeByName;
        this.formerByKey = formerByKey;
    }

    /**
     * Whether an address's corrected last part names a province, present or former ("Tỉnh Vĩnh Phú", where a
     * birth was registered before 1997, is not "Tỉnh Vĩnh Phúc" misread).
     */
    boolean namesProvince(String address) {
        return codeOf(address).isPresent() || namesFormerProvince(lastName(address));
    }

    /** Whether a name, as read, is one of a province that no longer exists ("Nghệ Tĩnh", "Gia Lai - Kon Tum"). */
    boolean namesFormerProvince(String name) {
        return formerByKey.containsKey(key(name).replace(" ", ""));
    }

    /** The province code (001, 079…) of an address's corrected last part, when it names a province. */
    java.util.Optional<String> codeOf(String address) {
        return java.util.Optional.ofNullable(codeByName.get(lastName(address)));
    }

    /**
     * The province codes a personal number of someone living at this (corrected) address may hint at: the
     * code of the province named; for a two-level address naming a present province, the codes of every
     * earlier province it took in, since the number keeps the earlier province's code (Thành phố Hồ Chí Minh:
     * 079, 074, 077).
     */
    java.util.List<String> codesOf(String address) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        codeOf(address).ifPresent(codes::add);
        if (!hasDistrict(address.split(", "))) {
            presentProvinceOf(address).ifPresent(u -> u.oldCodes().stream().filter(c -> !codes.contains(c)).forEach(codes::add));
        }
        return codes;
    }

    /**
     * Whether an address split at ", " has a district part before its province (Quận/Huyện/Thị xã/Thành phố):
     * three levels, of a card issued before the 2025 merger; without one it is of the new two-level kind.
     * A district written without its type counts when it follows a commune.
     */
    static boolean hasDistrict(String[] parts) {
        int n = parts.length;
        // a commune, then a district without its type ("Xã Ea Khal, Krông Bông, Đắk Lắk"), or with half of it ("Thành
        // Phan Rang-Tháp Chàm"): a two-level place has no name between its commune and its province (the commune's type
        // with its capital misread too: "Nã An Tây")
        String between = n >= 3 ? parts[n - 2].replaceFirst("^(Thành|Thị) (?=\\p{Lu})", "") : "";
        boolean untyped = n >= 3 && (Fold.fold(TypeAbbreviation.spelledOut(parts[n - 3])).matches("(xa|phuong|thi tran) .*")
                || AddressSpelling.XA_LETTER_OFF.matcher(parts[n - 3]).lookingAt())
                && !CardTextParser.startsAddress(between.split(" ")[0]) && AdminUnits.before2025().namesWithoutType(between);
        return untyped || java.util.Arrays.stream(parts, 0, Math.max(0, n - 1))
                .anyMatch(p -> Fold.fold(TypeAbbreviation.spelledOut(p)).matches("(quan|huyen|thi xa|thanh pho) .*"));
    }

    /**
     * The present province (one of the 34 from 1 July 2025) an address's corrected last part names; empty
     * for a province merged into another (Tỉnh Bình Dương), whose name no two-level address has.
     */
    java.util.Optional<ProvincesAfter2025.Unit> presentProvinceOf(String address) {
        return ProvincesAfter2025.builtIn().named(lastName(address));
    }

    /**
     * The province name an address ends with, as the list names it (a card's "Thanh Hoá" is the list's "Thanh Hóa",
     * its "Đăk Lăk" the list's "Đắk Lắk").
     */
    private static String lastName(String address) {
        String last = TypeAbbreviation.spelledOut(address.substring(address.lastIndexOf(',') + 1).strip());
        String name = listForm(last.replaceFirst("^(Tỉnh|Thành phố|TP) ", ""));
        return VARIANTS.getOrDefault(name, name);
    }

    /**
     * A name as the lists write it: the tone mark of "oa", "oe", "uy" on its glide ({@link ToneMarks}) and a
     * hyphen spaced ("Bà Rịa - Vũng Tàu"). Cards print both ways; neither is a misreading of the other.
     */
    static String listForm(String name) {
        return ToneMarks.onGlide(name).replaceAll("\\s*-\\s*", " - ");
    }

    /**
     * The name as the card printed it when it is the list's name written the other way or another spelling in use
     * (province-variants.tsv), else the list's, its tone marks placed as the card placed them.
     */
    static String asPrinted(String read, String listed) {
        String form = listForm(read);
        if (form.equals(listed) || listed.equals(VARIANTS.get(form))) {
            return read;
        }
        // a mark misread in another spelling in use ("Đăk Lặk"): the nearer of the spellings, not always the list's
        String placed = ToneMarks.placedAs(listed, read);
        String nearest = placed;
        for (Map.Entry<String, String> variant : VARIANTS.entrySet()) {
            if (variant.getValue().equals(listed) && Fold.fold(variant.getKey()).equals(Fold.fold(form))
                    && Edits.distance(variant.getKey(), form) < Edits.distance(nearest, form)) {
                nearest = variant.getKey();
            }
        }
        return nearest;
    }

    static Gazetteer provinces() {
        return PROVINCES;
    }

    /** The names a province code was or is known by ("046": Thừa Thiên Huế, Huế). */
    java.util.List<String> namesOf(String code) {
        return codeByName.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey).toList();
    }

    /** Every province name the lists know, before the 2025 merger and after it ("Thừa Thiên Huế", "Huế"). */
    java.util.Collection<String> names() {
        return codeByName.keySet();
    }

    /** The address with its last part spelled as the province list spells it, when it is one. */
    String correctLastPart(String address) {
        // units set off by dashes ("Thành phố Điện Biên Phủ - Tỉnh Điện Biên"): the last of them is the province
        int dash = WrappedParts.lastUnitStart(address);
        if (dash > address.lastIndexOf(',') + 1) {
            return address.substring(0, dash) + correctLastPart(address.substring(dash));
        }
        // or by a dash before a type misread ("Xã Ba Xa - Iỉnh Quảng Ngãi"): the part after it, put right, has the type
        int spaced = address.lastIndexOf(" - ");
        if (spaced > address.lastIndexOf(',')) {
            String after = address.substring(spaced + 3);
            String fixed = correctLastPart(after);
            if (fixed.matches("(Tỉnh|Thành phố) .*") && !after.matches("(Tỉnh|Thành phố) .*")) {
                return address.substring(0, spaced + 3) + fixed;
            }
        }
        int comma = address.lastIndexOf(',');
        String head = comma < 0 ? "" : address.substring(0, comma + 1) + " ";
        // a tone mark or speck read as a quote mark between a province's type and its name glues the two words
        // ("Tinh'Quãng Ninh"): no unit's name holds one, and a name starts with its capital
        String last = (comma < 0 ? address : address.substring(comma + 1).strip())
                .replaceAll("(?<=\\p{L})['‘’`´](?=\\p{Lu})", " ");
        if (last.isEmpty()) {
            return address;
        }
        // an abbreviated type ("T. Trà Vinh") is read spelled out and printed as it was
        String spelled = TypeAbbreviation.spelledOut(last);
        boolean abbreviated = !spelled.equals(last);
        String key = key(spelled);
        for (String prefix : new String[]{"thanh pho ", "tinh ", "tp "}) {
            if (key.startsWith(prefix)) {
                String rest = key.substring(prefix.length()).replace(" ", "");
                String name = byKey.containsKey(rest) ? byKey.get(rest)
                        : formerByKey.containsKey(rest) ? formerByKey.get(rest) : begunAsMarked(rest, last, prefix);
                if (name == null) {
                    name = runOn(rest);
                }
                if (name == null) {
                    name = wordOff(key.substring(prefix.length()).strip(), !prefix.equals("tinh "));
                }
                // "Thành phố" is a province only after a district ("Thành phố Cao Lãnh" is one itself); "Tỉnh" always
                if (name == null && (prefix.equals("tinh ") || hasDistrict(address.split(", ")))) {
                    name = lastWordGarbled(key.substring(prefix.length()).strip());
                }
                if (name != null) {
                    // "TP." (or "TP", "Tp.", "T.") is printed so on some addresses: kept as printed, not spelled out
                    boolean asRead = abbreviated || prefix.equals("tp ");
                    String type = asRead ? last.split("\\s+")[0] + " " : prefix.equals("tinh ") ? "Tỉnh " : "Thành phố ";
                    String[] typeAndName = last.split("\\s+", !asRead && prefix.equals("thanh pho ") ? 3 : 2);
                    return head + type + asPrinted(typeAndName[typeAndName.length - 1], name);
                }
            }
        }
        // a last line cut short ("Đà Nẵn"): one missing letter at the end is still that province
        // a place that is a province alone, with no type before it ("Sơn Lo" for "Sơn La"), is one too: two words
        // or more, the first no unit's type ("Huyện" cut off its name is not "Phú Yên" misread); not after a comma,
        // where a garbled part before it may be a label's remnant that a type-less name would seem to close
        // a spaced hyphen inside a name ("Thừa Thiên - Huế") is no word of its own: a tail never starts or ends at it
        String[] words = last.split("(?<!\\s-)\\s+(?!-\\s)");
        if (namesFormerProvince(last)) { // "Hà Nam Ninh" is no "Hà" before a misread "Nam Định"
            return address;
        }
        // after a comma, a last part of two words or more whose letters are a province's, only its marks misread
        // ("Thốt Nốt, Căn Thơ"): that province, whatever stands before it (a remnant's letters are not a name's)
        String sameLetters = comma >= 0 && words.length >= 2 ? byKey.get(key(last).replace(" ", "")) : null;
        if (sameLetters != null) {
            return head + asPrinted(last, sameLetters);
        }
        boolean alone = comma < 0 && words.length >= 2 && !CardTextParser.startsAddress(words[0]);
        // the last part after the units, written without its type ("Xã An Cư, Vn Giang", "…, Châu Thành, Bến Ire"):
        // the province's place, its whole name one letter off; a first word that may be a garbled type is left to that
        boolean afterUnits = comma >= 0 && words.length >= 2 && words.length <= 3 && !CardTextParser.startsAddress(words[0])
                && unitType(words[0]).equals(words[0]) && BackPlaces.namesUnit(head);
        for (int take = Math.min(3, alone || afterUnits ? words.length : words.length - 1); take >= 1; take--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - take, words.length));
            String name = near(key(tail).replace(" ", ""));
            if (name != null) {
                String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - take));
                return head + (prefix.isEmpty() ? "" : unitType(prefix) + " ") + asPrinted(tail, name);
            }
        }
        return address;
    }

    /**
     * The word(s) before a province's name, garbled past reading ("Lính Cà Mau", "Tfãnñ pfố Hà Nội"): a
     * province's name is preceded by its type and nothing else, so one word near "Tỉnh" is that, two words
     * near "Thành phố" are that; anything else is kept as read.
     */
    private static String unitType(String prefix) {
        String k = key(prefix).replace(" ", "");
        int words = prefix.isBlank() ? 0 : prefix.strip().split("\\s+").length;
        if (words == 1 && k.length() >= 3 && k.length() <= 6 && Edits.distance(k, "tinh") <= 2) {
            return "Tỉnh";
        }
        if (words == 2 && Edits.distance(k, "thanhpho") <= 3) {
            return "Thành phố";
        }
        return prefix;
    }

    private String near(String key) {
        String exact = byKey.getOrDefault(key, formerByKey.get(key));
        if (exact != null) {
            return exact;
        }
        if (key.length() < 5) {
            return null;
        }
        for (Map.Entry<String, String> e : byKey.entrySet()) {
            if (e.getKey().length() == key.length() + 1 && e.getKey().startsWith(key)) {
                return e.getValue();
            }
        }
        // one letter misread ("Bắc Ninl", "Cần Thc"), when no other province is as near
        String found = null;
        for (Map.Entry<String, String> e : byKey.entrySet()) {
            if (Edits.distance(e.getKey(), key) <= 1) {
                if (found != null) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /**
     * A province name whose last word the OCR garbled ("Tỉnh Thanh I", "Thành phố Đà Nãi"): the words before it
     * begin one province's name of as many words, and no other's.
     */
    private String lastWordGarbled(String spaced) {
        String[] words = spaced.split(" ");
        if (words.length < 2) {
            return null;
        }
        String head = String.join(" ", Arrays.copyOf(words, words.length - 1)) + " ";
        String found = null;
        for (String name : byKey.values()) {
            String k = key(name);
            if (k.startsWith(head) && k.split(" ").length == words.length) {
                if (found != null && !found.equals(name)) {
                    return null;
                }
                found = name;
            }
        }
        return found;
    }

    /**
     * {@link #begun}, among the cities under the centre when the type read is "Thành phố" ("Thành phố Long" over
     * "Khánh" is Long Khánh cut at the row's end, no Tỉnh Long An), and unless a letter read with a mark (a tone or its
     * own) is another letter than the province's there ("Tỉnh Thủ" is no "Thừa Thiên Huế", whose U has a horn); a letter
     * read with no mark at all may have lost it ("Tỉnh Thua Thien").
     */
    private String begunAsMarked(String key, String read, String typeKey) {
        String name = begun(key, typeKey.equals("tinh ") ? byKey : cityByKey);
        if (name == null) {
            return null;
        }
        String[] words = read.strip().split("\\s+", typeKey.strip().split(" ").length + 1);
        String readLetters = java.text.Normalizer.normalize(words[words.length - 1].toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFC).replaceAll("[^\\p{L}]", "");
        String nameLetters = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]", "");
        for (int i = 0; i < readLetters.length() && i < nameLetters.length(); i++) {
            char c = readLetters.charAt(i);
            if (c >= 0x80 && c != 'đ' && withoutTone(c) != withoutTone(nameLetters.charAt(i))) {
                return null;
            }
        }
        return name;
    }

    /** A letter without its tone, its own mark (Ă, Â, Ê, Ô, Ơ, Ư) kept. */
    private static char withoutTone(char letter) {
        VietnameseSyllable.Toned t = VietnameseSyllable.split(String.valueOf(letter));
        return t == null ? letter : t.letters().charAt(0);
    }

    private String begun(String key) {
        return begun(key, byKey);
    }

    /**
     * A province whose name the read text begins ("Đà N", "Đà Nã": the end of a long line lost at the
     * card's edge), when only one province begins so; used only after "Tỉnh"/"Thành phố", where a
     * province must follow.
     */
    private static String begun(String key, Map<String, String> among) {
        if (key.length() < 3) {
            return null;
        }
        String found = null;
        for (Map.Entry<String, String> e : among.entrySet()) {
            if (e.getKey().startsWith(key)) {
                if (found != null) {
                    return null;
                }
                found = e.getValue();
            }
        }
        return found;
    }

    /**
     * The one province, present or former, of the type read ({@code city}: "Thành phố"), whose name is the read's
     * with one word put in or taken out ("Hồ Minh", "Liên Sơn" of "Hoàng Liên Sơn", "Tỉnh Thừa Huế": not the city of
     * Huế); null when none or several fit ("Phú": Phú Thọ, Phú Yên).
     */
    private String wordOff(String keyWithSpaces, boolean city) {
        List<String> read = List.of(keyWithSpaces.split(" "));
        List<String> fits = java.util.stream.Stream.concat(byKey.values().stream(), formerByKey.values().stream()).distinct()
                .filter(name -> isCity(name) == city && AdminUnits.oneWordOff(List.of(key(name).split(" ")), read)).toList();
        return fits.size() == 1 ? fits.get(0) : null;
    }

    /** Whether a province is written "Thành phố": a centrally-run city, since 2025 or before, or one that became one. */
    static boolean isCity(String name) {
        return ProvincesAfter2025.builtIn().named(name)
                .filter(u -> u.kind().equals("Thành phố") || "Thành phố".equals(u.laterKind())).isPresent();
    }

    /**
     * A province name (its last letter may be lost) followed by text that is no part of it: the line ran on
     * into print beside it ("Hồ Chí MinÑ'ŠTRY ©F PUBLIC SECURITY", the issuer's title on the same row).
     * A name whose last two letters are lost counts only when a long run of other print follows.
     * Only after "Tỉnh"/"Thành phố", where the province is the address's last part and nothing follows it;
     * the longest such name, when only one province has it.
     */
    private String runOn(String key) {
        String found = null;
        int length = 0;
        boolean tie = false;
        for (Map.Entry<String, String> e : byKey.entrySet()) {
            String name = e.getKey();
            if (name.length() < 5) {
                continue;
            }
            int common = 0;
            while (common < name.length() && common < key.length() && key.charAt(common) == name.charAt(common)) {
                common++;
            }
            // the name's last letter may be lost; two, when a long run of other print follows (the issuer's
            // title on the same row: "Cần TÑ6TAY 0F PUBHC SECURITY"), four letters at least stay, and no other province begins with them
            int lost = name.length() - common;
            int matched = lost <= 1 || (lost == 2 && common >= 4 && key.length() - common >= 8
                    && begun(name.substring(0, common)) != null) ? common : 0;
            if (matched > length) {
                found = e.getValue();
                length = matched;
                tie = false;
            } else if (matched > 0 && matched == length && !e.getValue().equals(found)) {
                tie = true;
            }
        }
        return tie ? null : found;
    }

    private static String key(String text) {
        return Fold.fold(text).replaceAll("[^a-z ]", "").replaceAll("\\s+", " ").strip();
    }

    private static Map<String, String> variants() {
        Map<String, String> out = new HashMap<>();
        BundledTable.lines(Gazetteer.class, "province-variants.tsv").stream().map(line -> line.split("\t"))
                .forEach(cols -> out.put(listForm(cols[0].strip()), cols[1].strip()));
        return Map.copyOf(out);
    }

    private static Gazetteer load() {
        Map<String, String> byKey = new HashMap<>();
        Map<String, String> codeByName = new HashMap<>();
        for (String line : BundledTable.lines(Gazetteer.class, "/vn/motcua/client/identity/provinces.tsv")) {
            String[] cols = line.split("\t");
            String name = cols[1].strip();
            byKey.put(key(name).replace(" ", ""), name);
            codeByName.put(name, cols[0].strip());
        }
        // names new with the 2025 merger (Huế, no longer "Thừa Thiên Huế"): addresses on cards issued since
        for (ProvincesAfter2025.Unit unit : ProvincesAfter2025.builtIn().all()) {
            String k = key(unit.name()).replace(" ", "");
            if (!byKey.containsKey(k)) {
                byKey.put(k, unit.name());
                codeByName.put(unit.name(), unit.oldCodes().get(0));
            }
        }
        Map<String, String> formerByKey = new HashMap<>();
        BundledTable.lines(Gazetteer.class, "former-provinces.tsv").stream().map(line -> line.split("\t")[0].strip())
                .forEach(name -> formerByKey.put(key(name).replace(" ", ""), name));
        return new Gazetteer(Map.copyOf(byKey), Map.copyOf(codeByName), Map.copyOf(formerByKey));
    }
}
