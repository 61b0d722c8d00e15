package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.kiosk.idcard.ProvincesAfter2025;

/**
 * Puts an address read by OCR into the spelling of the official lists: the province from provinces.tsv,
 * then the districts and communes of that province from admin-units.tsv (three levels, before the 2025
 * merger) or communes-2025.tsv (two levels, after it), and the word a street part
 * starts with (Số, Thôn, Ấp…) from the closed set of such words. The house number and the hamlet's own
 * name have no list, so they stay as read.
 */
final class AddressSpelling {
    /** The words an address's first part starts with, by their letters without marks. */
    static final Map<String, String> START_WORDS = Map.ofEntries(Map.entry("so", "Số"),
            Map.entry("thon", "Thôn"), Map.entry("xom", "Xóm"), Map.entry("to", "Tổ"), Map.entry("ap", "Ấp"),
            Map.entry("khu", "Khu"), Map.entry("ngo", "Ngõ"), Map.entry("kiet", "Kiệt"), Map.entry("hem", "Hẻm"),
            Map.entry("ban", "Bản"), Map.entry("lang", "Làng"), Map.entry("khom", "Khóm"),
            Map.entry("buon", "Buôn"), Map.entry("khoi", "Khối"), Map.entry("duong", "Đường"));

    private AddressSpelling() {
    }

    /** A stray number or mark in front of a unit ("40 Xã Hòa Phước"): an edge of the photo, not a house. */
    private static final java.util.regex.Pattern STRAY_BEFORE_UNIT = java.util.regex.Pattern.compile(
            "^(?=\\S*\\d)[^\\s,]{1,3}\\s+(?=" + TypeAbbreviation.SPELLED_TYPES + "\\s)");

    /**
     * A syllable's i with a tone mark read as a capital after its capital consonant ("Hạ VỊ", "Thôn Kim HỈ"): the
     * dot over a small i lost under the mark, the letter reads as Ị. After a word in small letters, where no part of
     * a place is printed in capitals; a bare I stays (Roman numerals: "Tổ VI").
     */
    private static final java.util.regex.Pattern CAPITAL_I_WITH_MARK = java.util.regex.Pattern.compile(
            "(?<=\\p{Ll}[,.]?\\s)(\\p{Lu})([ỊÍÌỈĨ])(?![\\p{L}\\d])");

    /** The street word after a house number, in small letters, read with other marks ("Số 185 dường Nguyễn Trãi"). */
    private static final java.util.regex.Pattern STREET_WORD = java.util.regex.Pattern.compile(
            "(?<=\\d[A-Z]?\\s)(\\p{Ll}{5})(?=\\s\\p{Lu})");

    static String correct(String address) {
        if (Abroad.names(address)) {
            return address; // no unit of Việt Nam: as read
        }
        address = ABBREVIATION_GLUED.matcher(address).replaceAll(". "); // before "X.An" is taken for a garbled first word
        address = ABBREVIATION_COLON.matcher(address).replaceAll(".");
        address = TYPE_GLUED.matcher(address).replaceAll("$0 ");
        address = STOP_AFTER_TYPE.matcher(address).replaceAll("");
        address = XA_WITHOUT_X.matcher(address).replaceAll("Xã");
        address = CAPITAL_I_WITH_MARK.matcher(address).replaceAll(m -> m.group(1) + m.group(2).toLowerCase(java.util.Locale.ROOT));
        address = STREET_WORD.matcher(address).replaceAll(m -> Fold.fold(m.group(1)).equals("duong") ? "đường" : m.group(1));
        // an H read as two I's before small letters ("IIồng Dân"): a Roman numeral stands alone ("Tổ II")
        address = address.replaceAll("(?<![\\p{L}\\d])II(?=\\p{Ll})", "H");
        address = StreetStart.residentialGroup(address); // "Tế dán phố 3" would pass for a label's remnant too
        // the street word first: with its capital lost ("hôn 2") the first part would pass for a label's remnant;
        // only before a number or a name, so that a remnant whose first word is one ("to …") is still cut
        int comma = address.indexOf(", ");
        String first = comma < 0 ? "" : address.substring(0, comma);
        if (first.indexOf(' ') > 0 && first.substring(first.indexOf(' ') + 1).matches("[\\d+\\p{Lu}].*")
                || WORD_AND_NUMBER.matcher(first).matches()) {
            address = startWord(first) + address.substring(comma);
        }
        address = TWO_WORD_TYPE_CUT.matcher(address).replaceAll(m -> m.group().replaceFirst(",\\s+", " "));
        address = thiType(address);
        address = TYPE_DOT.matcher(address).replaceAll(" ");
        address = TYPE_CASE.matcher(address).replaceAll(m -> typeCase(m.group()));
        address = typeReadAsAPart(address); // before the garbled type is trimmed as a label's remnant
        address = misreadAbbreviation(address); // so too an abbreviation a letter off ("EX. Long Mỹ")
        address = StreetStart.nameCapitals(AddressEnds.trim(address)); // after the junk at its end is cut, in small letters
        address = garbledAbbreviation(abbreviationLost(address));
        address = SeparatorLost.restored(STRAY_BEFORE_UNIT.matcher(address).replaceFirst(""));
        address = LostProvince.restore(address);
        String withProvince = Gazetteer.provinces().correctLastPart(address);
        // units set off by dashes ("Xã Phước Hiệp - Huyện Củ Chỉ - Thành phố Hồ Chí Minh") are looked up as those
        // set off by commas, each dash put back where it was
        List<String> between = new ArrayList<>();
        java.util.regex.Matcher separator = UNIT_SEPARATOR.matcher(withProvince);
        while (separator.find()) {
            between.add(separator.group());
        }
        String[] parts = UNIT_SEPARATOR.split(withProvince);
        // before the units are looked up, so that they are looked up in the list of three levels
        districtReadAsMarks(parts, withProvince);
        UnitLookup units = UnitLookup.of(String.join(", ", parts));
        AdminUnits list = units.list();
        String province = units.province();
        for (int i = 0; units.known() && i < parts.length - 1; i++) {
            String read = xaLetterOff(parts[i], units);
            // an abbreviated type ("X. Nghĩa Thành") is looked up spelled out and stays as printed
            String lookup = TypeAbbreviation.spelledOut(read);
            // a name without its type after a unit ("Xã Kim Sơn, Đạ Têh"): a district's, not a hamlet's before the units
            boolean afterUnit = i > 0 && TYPED_UNIT.matcher(TypeAbbreviation.spelledOut(parts[i - 1])).lookingAt();
            // a unit of the other list read whole ("Xã Tịnh Long" of a three-level place written without its
            // district's type) is no misreading of one of this list's with other letters ("Xã Minh Long")
            parts[i] = list.correct(lookup, province).or(() -> list.typeMisread(lookup, province))
                    .or(() -> afterUnit ? list.withoutType(read, province) : Optional.empty())
                    .or(() -> list.districtWordOff(lookup, province))
                    .or(() -> list.districtLettersOff(lookup, province))
                    .filter(name -> AdminUnits.key(name).equals(AdminUnits.key(lookup)) || !list.other().isOfficial(lookup))
                    // the two lists write a few names with other capitals ("Xã Ia RVê", "Xã Ia Rvê"), and a card may space a
                    // name's hyphen otherwise than the list ("Thành phố Phan Rang - Tháp Chàm"): either is as printed
                    .map(name -> name.equalsIgnoreCase(lookup) && list.other().isOfficial(lookup)
                            || Gazetteer.listForm(name).equals(Gazetteer.listForm(lookup)) ? read : TypeAbbreviation.asPrinted(read, name))
                    .orElse(read);
        }
        // a province alone is no street part: "Lạng Sơn" does not start with the word "Làng"
        if (parts.length > 1 || !Gazetteer.provinces().namesProvince(parts[0])) {
            parts[0] = startWord(parts[0]);
        }
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            out.append(between.get(i - 1)).append(parts[i]);
        }
        return out.toString();
    }

    /**
     * The district's row read as marks no name has ("5!2#3?5 8") between a commune and a province of before the
     * merger, put back in place: the one district the list has that commune in there, as lost as a row not read at all
     * (else the marks stay as read).
     */
    private static void districtReadAsMarks(String[] parts, String withProvince) {
        int district = parts.length - 2;
        if (district < 1 || !LostProvince.markedAsNoName(parts[district])) {
            return;
        }
        String commune = parts[district - 1];
        Gazetteer.provinces().codeOf(withProvince)
                .flatMap(code -> AdminUnits.before2025().districtOf(TypeAbbreviation.spelledOut(commune), code))
                .ifPresent(found -> parts[district] = TypeAbbreviation.likeItsNeighbour(found, commune));
    }

    private static final java.util.regex.Pattern TYPED_UNIT = java.util.regex.Pattern.compile(TypeAbbreviation.SPELLED_TYPES + " ");

    /**
     * What sets a place's units apart: a comma, or a dash, spaced or set tight, before a unit's type spelled out or
     * abbreviated; not a province's own dash ("Bà Rịa - Vũng Tàu"), before a name.
     */
    static final java.util.regex.Pattern UNIT_SEPARATOR = java.util.regex.Pattern.compile(
            ", |\\s*-\\s*(?=(?:" + TypeAbbreviation.SPELLED_TYPES + "|" + TypeAbbreviation.LETTERS + "\\.) )");

    /** A commune's type with its capital read as another ("Nã An Tây"), where the province lists the commune. */
    private static String xaLetterOff(String part, UnitLookup units) {
        if (!XA_LETTER_OFF.matcher(part).lookingAt() || units.lists(part)) {
            return part;
        }
        String xa = "Xã" + part.substring(2);
        return units.lists(xa) ? xa : part;
    }

    /** "Xã" with its capital read as another ("Nã An Tây"). */
    static final java.util.regex.Pattern XA_LETTER_OFF = java.util.regex.Pattern.compile("[\\p{Lu}&&[^X]]ã ");

    /** The types a commune's part is printed with, each by its letters without marks. */
    private static final Map<String, String> COMMUNE_TYPES = Map.of("xa", "Xã", "phuong", "Phường", "thitran", "Thị trấn");

    /**
     * A commune's type read as a part of its own, garbled ("XLỐ, Cần Đăng", "sa, Thượng": its full stop or a speck
     * read as a comma): one short word that is no address word, then a name without a type that, with the type the
     * word starts like or is one letter from, is a commune of the province. The two are that commune. Only after
     * such a word: a part printed without its type (older fronts' "Hoằng Hóa, Thanh Hóa") stays as read.
     */
    static String typeReadAsAPart(String address) {
        List<String> out = new ArrayList<>(List.of(address.split(", ")));
        UnitLookup units = null; // looked up only for an address that has such a word: most have none
        for (int i = 0; i + 2 < out.size(); i++) {
            String word = out.get(i);
            String name = out.get(i + 1);
            String letters = Fold.fold(word).replaceAll("[^a-z]", "");
            if (word.contains(" ") || word.length() > 4 || letters.isEmpty() || word.matches(".*\\d.*")
                    || START_WORDS.containsKey(letters) || TypeAbbreviation.is(word) || !Character.isUpperCase(name.charAt(0))
                    || CardTextParser.startsAddress(name.split(" ")[0]) || name.indexOf(' ') < 0) {
                continue;
            }
            units = units != null ? units : UnitLookup.of(Gazetteer.provinces().correctLastPart(address));
            if (!units.known()) {
                return address;
            }
            String found = null;
            for (Map.Entry<String, String> type : COMMUNE_TYPES.entrySet()) {
                boolean like = type.getKey().charAt(0) == letters.charAt(0) || Edits.distance(letters, type.getKey()) <= 1;
                String unit = type.getValue() + " " + name;
                if (like && units.lists(unit)) {
                    found = found == null ? unit : "";
                }
            }
            if (found != null && !found.isEmpty()) {
                out.set(i, found);
                out.remove(i + 1);
            }
        }
        return String.join(", ", out);
    }

    /**
     * Where an address's units are looked up: three levels (commune, district, province) are of a card issued
     * before the 2025 merger, the old list; two levels are of the new kind, whose communes are in the new list only,
     * and only when the province is one of the 34 present ones. Never the other list: Phường Thuận Hóa (new) is not
     * the old Phường Thuận Hòa. {@code province}: its code in the old list, its name in the new, or null.
     */
    private record UnitLookup(AdminUnits list, String province, boolean known) {
        static UnitLookup of(String withProvince) {
            boolean hasDistrict = Gazetteer.hasDistrict(withProvince.split(", "));
            String province = hasDistrict ? Gazetteer.provinces().codeOf(withProvince).orElse(null)
                    : Gazetteer.provinces().presentProvinceOf(withProvince).map(ProvincesAfter2025.Unit::name).orElse(null);
            return new UnitLookup(hasDistrict ? AdminUnits.before2025() : AdminUnits.after2025(), province,
                    hasDistrict || province != null);
        }

        /** Whether the unit is one of the province's (of any province when the old list's province is not known). */
        boolean lists(String unit) {
            return province == null ? !list.provincesWith(unit).isEmpty() : list.provincesWith(unit).contains(province);
        }
    }

    /**
     * An abbreviated type read a letter off, or without its stop, before its name in one part ("EX. Long Mỹ, T. Hậu
     * Giang" for "TX."; "TX Long Mỹ"), in a place that abbreviates another part's type: two or three capitals that are
     * no syllable, and the one abbreviation with as many letters, none or one of them other, whose type the province
     * lists the name with. Cut as a label's remnant, the part was lost whole.
     */
    static String misreadAbbreviation(String address) {
        List<String> parts = new ArrayList<>(List.of(address.split(", ")));
        if (parts.stream().noneMatch(p -> TypeAbbreviation.is(p.split(" ")[0]))) {
            return address;
        }
        for (int i = 0; i + 1 < parts.size(); i++) {
            // the scrap before its name in the part, or a part of its own when its stop was read as a comma ("EX, Long Mỹ")
            boolean alone = parts.get(i).indexOf(' ') < 0 && i + 2 < parts.size();
            String[] words = alone ? new String[]{parts.get(i), parts.get(i + 1)} : parts.get(i).split(" ", 2);
            String scrap = words[0].replaceFirst("\\.$", "");
            if (words.length < 2 || TypeAbbreviation.is(words[0]) || !scrap.matches("\\p{Lu}{2,3}") || VietnameseSyllable.isWellFormed(scrap)
                    || !words[1].matches("\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)*")) {
                continue;
            }
            List<String> near = TypeAbbreviation.all().stream().filter(a -> a.length() - 1 == scrap.length()
                    && Edits.distance(a.substring(0, a.length() - 1), scrap) <= 1).toList();
            int to = alone ? i + 2 : i + 1;
            String found = theOneListed(parts, i, to, words[1], near);
            if (found != null) {
                parts.subList(i + 1, to).clear();
                parts.set(i, found + " " + words[1]);
            }
        }
        return String.join(", ", parts);
    }

    /**
     * The one abbreviation whose type the province lists the name with, the parts from {@code from} to {@code to} (not
     * included) read as that unit; null when none or several fit. The list is the one the place's levels ask for once
     * the unit is there.
     */
    private static String theOneListed(List<String> parts, int from, int to, String name, java.util.Collection<String> abbreviations) {
        String found = null;
        for (String abbreviation : abbreviations) {
            List<String> candidate = new ArrayList<>(parts.subList(0, from));
            candidate.add(abbreviation + " " + name);
            candidate.addAll(parts.subList(to, parts.size()));
            UnitLookup units = UnitLookup.of(Gazetteer.provinces().correctLastPart(String.join(", ", candidate)));
            if (units.known() && units.lists(TypeAbbreviation.spelledOut(abbreviation + " " + name))) {
                found = found == null ? abbreviation : "";
            }
        }
        return found == null || found.isEmpty() ? null : found;
    }

    /** A district's abbreviated types. */
    private static final List<String> DISTRICT_ABBREVIATIONS = List.of("H.", "Q.", "TX.", "TP.");

    /**
     * An abbreviated type read past knowing as a part of its own ("X. Tân Lợi, ƑN, Tịnh Biên, T. An Giang" for
     * "TX."): a short scrap that is no syllable, then a name without a type, in a place that abbreviates its types.
     * The scrap and the name are one unit: a district after the commune, else a commune, with the one abbreviation
     * whose type the province lists the name with.
     */
    static String garbledAbbreviation(String address) {
        List<String> parts = new ArrayList<>(List.of(address.split(", ")));
        for (int i = 0; i + 2 < parts.size(); i++) {
            String scrap = parts.get(i);
            String name = parts.get(i + 1);
            if (scrap.length() > 3 || scrap.indexOf(' ') >= 0 || TypeAbbreviation.is(scrap) || VietnameseSyllable.isWellFormed(scrap)
                    || !name.matches("\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)+") || name.matches(STREET_START + ".*")
                    || TypeAbbreviation.isTypeAlone(name.split(" ")[0])
                    || !TypeAbbreviation.is(parts.get(parts.size() - 1).split(" ")[0])) {
                continue;
            }
            boolean afterCommune = parts.subList(0, i).stream().anyMatch(p -> COMMUNE_ABBREVIATIONS.contains(p.split(" ")[0]));
            String found = theOneListed(parts, i, i + 2, name, afterCommune ? DISTRICT_ABBREVIATIONS : COMMUNE_ABBREVIATIONS);
            if (found != null) {
                parts.set(i + 1, found + " " + name);
                parts.remove(i);
            }
        }
        return String.join(", ", parts);
    }

    /** A commune's abbreviated types (spelled out by {@link TypeAbbreviation#spelledOut}). */
    private static final List<String> COMMUNE_ABBREVIATIONS = List.of("X.", "P.", "TT.");

    /**
     * A commune's abbreviation lost before its name ("Š. Văn Lang, H. Kiến Xương, T. Thái Bình": a small "X." read as
     * a speck and cut as one): a place that abbreviates every later part's type abbreviates the commune's too, so the
     * part after the street and hamlet parts, a name without a type, gets the one abbreviation whose type the
     * province lists it with.
     */
    static String abbreviationLost(String address) {
        String[] parts = address.split(", ");
        int at = 0;
        while (at < parts.length && parts[at].matches("(?:\\d|" + STREET_START + ").*")) {
            at++; // the street's and the hamlet's parts ("Số 50 đường …", "Thôn Kim Sơn")
        }
        if (at + 1 >= parts.length || !parts[at].matches("\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)+") || CardTextParser.startsAddress(parts[at].split(" ")[0])
                || !java.util.Arrays.stream(parts, at + 1, parts.length).allMatch(p -> TypeAbbreviation.is(p.split(" ")[0]))) {
            return address;
        }
        UnitLookup units = UnitLookup.of(Gazetteer.provinces().correctLastPart(address));
        String found = null;
        for (String abbreviation : COMMUNE_ABBREVIATIONS) {
            if (units.known() && units.lists(TypeAbbreviation.spelledOut(abbreviation + " " + parts[at]))) {
                found = found == null ? abbreviation : "";
            }
        }
        if (found == null || found.isEmpty()) {
            return address;
        }
        parts[at] = found + " " + parts[at];
        return String.join(", ", parts);
    }

    /** A street's or a hamlet's first word, as printed (the street words; a unit's type is none). */
    private static final String STREET_START = "(?:" + String.join("|", new java.util.TreeSet<>(START_WORDS.values())) + ") ";

    /** A word before "trấn" or "xã" and a name: a unit's type, Thị trấn or Thị xã. */
    private static final java.util.regex.Pattern BEFORE_TRAN_OR_XA = java.util.regex.Pattern.compile(
            "(?<=^|, )[^\\s,]{2,4}(?= (trấn|xã) \\p{Lu})");

    /**
     * "Thị" with a letter misread ("Phị trấn Nhà Bè"): no unit's type ends in "trấn" or "xã" but Thị trấn and Thị xã,
     * and an unknown first word would make the part pass for a label's remnant.
     */
    private static String thiType(String address) {
        // no unit's name holds "trấn": any short word before it is "Thị" ("hìị trấn Trại Cau")
        String thi = BEFORE_TRAN_OR_XA.matcher(address).replaceAll(m -> Edits.distance(Fold.fold(m.group()), "thi") <= 1
                || m.group(1).equals("trấn") ? "Thị" : m.group());
        // "phố" with its mark misread ("Thành phô"): in lower case after "Thành" it is the type, no name's syllable
        return CITY_PHO.matcher(thi).replaceAll("phố");
    }

    /**
     * A unit's type opening a part with its capital read small or its small letters read as capitals ("Trần Hưng Đạo,
     * xã Hạ Vị", "Tổ 17, XÃ Kim Sơn"), before a name in small letters after its capital: the card prints a type so, and
     * a name the lists do not hold is not put right to bring it back. A type with each word's capital ("Thị Trấn") is
     * a style in use and stays.
     */
    private static final java.util.regex.Pattern TYPE_CASE = java.util.regex.Pattern.compile(
            "(?<=^|, |-|- )(?iu:" + TypeAbbreviation.SPELLED_TYPES + ")(?= \\p{Lu}\\p{Ll})");

    /** A space read as a dot after a type spelled out ("Tỉnh.Yên-Bái"): only abbreviations end with a dot ("T. Yên Bái"). */
    private static final java.util.regex.Pattern TYPE_DOT = java.util.regex.Pattern.compile(
            "(?<=(?:^|[\\s,-])" + TypeAbbreviation.SPELLED_TYPES + ")\\.(?=\\p{Lu})");

    /**
     * A two-word type cut by a comma after its first word ("Thành, phố Hà Nội"): a row's end read as a comma, or a
     * speck as one. No part of a place is "Thành" alone before one in small letters that opens with "phố".
     */
    private static final java.util.regex.Pattern TWO_WORD_TYPE_CUT = java.util.regex.Pattern.compile(
            "(?<=^|, )(?:Thành,\\s+(?=phố )|Thị,\\s+(?=(?:xã|trấn) )|Đặc,\\s+(?=khu ))(?=\\S+ \\p{Lu})");

    /** A type's abbreviation read glued to its name ("X.An Điền"): the card sets a space after the full stop. */
    private static final java.util.regex.Pattern ABBREVIATION_GLUED = java.util.regex.Pattern.compile(
            "(?<=(?:^|[\\s,-])" + TypeAbbreviation.LETTERS + ")\\.(?=\\p{Lu}\\p{Ll})");

    /** A part's type spelled out, a hamlet's or a unit's, as it stands before the part's name. */
    private static final String TYPE_BEFORE_NAME = "(?:Thôn|Xóm|Ấp|Bản|Khóm|Buôn|Xã|Phường|Huyện|Quận|Tỉnh|Thị trấn|Thị xã|Thành phố)";

    /**
     * A unit's type read glued to its name ("XãTrà Tây", "Thị xãĐức Phổ"): the space between them is narrow in some
     * fonts, and no Vietnamese word has a capital inside it.
     */
    private static final java.util.regex.Pattern TYPE_GLUED = java.util.regex.Pattern.compile(
            "(?<=^|[\\s,-])" + TYPE_BEFORE_NAME + "(?=\\p{Lu}\\p{Ll})");

    /** A speck read as a full stop or comma after a unit's type, before its name ("Thôn. Long Điền"): a type names no part alone. */
    private static final java.util.regex.Pattern STOP_AFTER_TYPE = java.util.regex.Pattern.compile(
            "(?<=(?:^|, |- )" + TYPE_BEFORE_NAME + ")[.,](?= \\p{Lu}\\p{Ll})");

    /**
     * An abbreviation's full stop read as a colon after a part's comma or dash ("…, TP: Đà Nẵng"): no colon stands
     * inside a place; a colon at its start may still close a label's remnant ("H: Xã …").
     */
    private static final java.util.regex.Pattern ABBREVIATION_COLON = java.util.regex.Pattern.compile(
            "(?<=(?:, |-|- )" + TypeAbbreviation.LETTERS + "):(?= \\p{Lu}\\p{Ll})");

    /** "Xã" read without its X: "ã" alone is no Vietnamese word, and no other type ends so. */
    private static final java.util.regex.Pattern XA_WITHOUT_X = java.util.regex.Pattern.compile("(?<=^|, |- )ã(?= \\p{Lu})");

    /** A type read small or in capitals with its first letter a capital and the rest small; "Thị Trấn" stays as printed. */
    private static String typeCase(String type) {
        String lower = type.toLowerCase(java.util.Locale.ROOT);
        return type.equals(lower) || type.equals(type.toUpperCase(java.util.Locale.ROOT))
                ? lower.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + lower.substring(1) : type;
    }

    private static final java.util.regex.Pattern CITY_PHO = java.util.regex.Pattern.compile("(?<=Thành )(?!phố)ph[oôơóòỏõọốồổỗộớờởỡợ](?= \\p{Lu})");

    /** Whether a row of an address ends with a province, as the last row of every address does. */
    static boolean endsWithProvince(String row) {
        if (Gazetteer.provinces().namesProvince(Gazetteer.provinces().correctLastPart(row))) {
            return true;
        }
        // the last part set off by a dash ("Xã Duy Phiên - Tỉnh Vĩnh Phúc", "Phường Bình An-Tỉnh Thanh Hoá") or after a
        // label's colon ("…SINH: Tỉnh Long An") rather than a comma; a province's own hyphen ("Bà Rịa - Vũng Tàu") is
        // the comma's case above
        java.util.regex.Matcher last = LAST_AFTER_DASH_OR_COLON.matcher(row);
        return last.find() && Gazetteer.provinces().namesProvince(Gazetteer.provinces().correctLastPart(last.group(1)));
    }

    /**
     * A part after a spaced dash, a colon or a hyphen set tight before a province's type ("Huyện Thanh Liêm-Tỉnh Hà
     * Nam"), to the row's end, with no comma, dash or colon in it.
     */
    private static final java.util.regex.Pattern LAST_AFTER_DASH_OR_COLON = java.util.regex.Pattern.compile(
            "(?: - |: |(?<=\\p{L})-(?=(?:Tỉnh|Thành phố|TP\\.?|T\\.) ))((?:(?! - )[^,:-])+?)\\s*$");

    /** A street word and its number read as one word ("Xóm6", "Tổ12"). */
    private static final java.util.regex.Pattern WORD_AND_NUMBER = java.util.regex.Pattern.compile("(\\p{L}+)(\\d+\\p{Lu}?(?:\\s.*)?)");

    /** Whether a word is a street word, as read or with its capital lost or misread ("gõ" for "Ngõ"). */
    static boolean isStreetWord(String word) {
        return START_WORDS.containsKey(Fold.fold(word)) || StreetStart.firstLetterOff(word, START_WORDS) != null;
    }

    private static String startWord(String part) {
        java.util.regex.Matcher glued = WORD_AND_NUMBER.matcher(part);
        if (glued.matches() && (START_WORDS.containsKey(Fold.fold(glued.group(1)))
                || StreetStart.firstLetterOff(glued.group(1), START_WORDS) != null)) {
            part = glued.group(1) + " " + glued.group(2);
        }
        int space = part.indexOf(' ');
        if (space <= 0) {
            return part;
        }
        String word = part.substring(0, space);
        // "$ố 208": no address word begins with "$"; "NgÕØ 39": no Vietnamese word holds an Ø, a letter read twice
        String canonical = START_WORDS.get(Fold.fold(word.replaceFirst("^\\$", "s").replaceAll("[ØøƑƒ]", "")));
        String rest = part.substring(space + 1);
        // a street word is followed by its number or its name ("hôn 2", "Lhôn Đông"), a label's remnant is not
        if (canonical == null && rest.matches("[\\d+\\p{Lu}].*")) {
            canonical = StreetStart.firstLetterOff(word, START_WORDS);
        }
        if (canonical == null && rest.matches("\\d.*")) {
            canonical = StreetStart.vowelOff(word, START_WORDS);
        }
        return canonical == null ? part : canonical + " " + StreetStart.number(rest);
    }
}
