package vn.motcua.kiosk.ocr;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An address part that the card's printer cut over two rows at a space ("…, Tỉnh Lâm" / "Đồng", "…, Tỉnh" /
 * "Long An"): the rows of a place are its parts joined by commas, but where a row ends without its comma and
 * its last part is a unit's type word alone (no unit is only "Tỉnh" or "Xã"), a unit name cut short that the
 * next row's first words complete into a unit the lists know, or a part the next row goes on without starting
 * one of its own, the two are one part, joined by a space.
 */
final class WrappedParts {
    /** Type words of units and of the parts before them; none is a part on its own. */
    private static final Set<String> TYPES = Set.of("tinh", "thanh pho", "huyen", "quan", "thi xa", "thi tran", "xa",
            "phuong", "dac khu", "thon", "ap", "to", "to dan pho", "khu pho", "xom", "khom", "khoi", "ban", "duong", "ngo", "hem");

    /**
     * A dash before a unit's type word, spelled out or abbreviated, or before the first word of a two-word type that
     * ends the text (a row cut inside "Thị xã"): where dash-separated units meet.
     */
    private static final Pattern DASH_BEFORE_TYPE = Pattern.compile("\\s*-\\s*(?=(?:" + TypeAbbreviation.SPELLED_TYPES
            + "|" + TypeAbbreviation.LETTERS + "\\.)(?:\\s|$)|(?:Thị|Thành|Đặc)$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A part that starts with a unit's type (its letters without marks). */
    private static final Pattern TYPED = Pattern.compile("^(xa|phuong|thi tran|thi xa|dac khu|huyen|quan|thanh pho|tinh) ");

    private WrappedParts() {
    }

    /** The place's rows (cleaned) joined; {@code commaAtEnd}: whether each row was read ending with a comma. */
    static String join(List<String> rows, List<Boolean> commaAtEnd) {
        StringBuilder out = new StringBuilder(rows.get(0));
        boolean dashes = rows.stream().anyMatch(WrappedParts::spacedDash);
        for (int i = 1; i < rows.size(); i++) {
            // units set off by dashes with no space ("Xã Tân Châu-Huyện Kim Động-" over "Tỉnh Hưng Yên") run on without one
            boolean glued = out.toString().matches("(?s).*\\p{L}-") && !rows.get(i).startsWith("-");
            String rest = String.join(" ", rows.subList(i, rows.size()));
            // a dash alone on a row of a narrow column is lost: a unit that starts a row where the place's units are set
            // off by spaced dashes came after one ("Xã Phước" / "Lộc" / "-" / "Huyện" read "Lộc" / "Huyện"), not after a
            // part that names no unit (a hamlet's, or a label's remnant)
            String part = out.substring(out.lastIndexOf(",") + 1);
            boolean lostDash = dashes && !commaAtEnd.get(i - 1) && !part.endsWith("-") && BackPlaces.namesUnit(part)
                    && TYPED.matcher(Fold.fold(rest)).lookingAt();
            // a name cut twice ("Thành phố Phan" / "Rang - Tháp" / "Chàm, …"): the unit its next rows complete
            boolean runsOn = runsOn(out.toString(), rows.get(i), commaAtEnd.get(i - 1))
                    || !commaAtEnd.get(i - 1) && completes(out.toString(), rest);
            out.append(glued ? "" : runsOn ? " " : lostDash ? " - " : ", ").append(rows.get(i));
        }
        return out.toString();
    }

    /** Whether a row sets units off by a dash with a space on each side ("Phan Thiết - Tỉnh"), one a row's wrap can leave alone. */
    private static boolean spacedDash(String row) {
        return DASH_BEFORE_TYPE.matcher(row).results().anyMatch(m -> m.group().matches("\\s+-\\s+"));
    }

    /** Whether a row (or the rows so far) and the next are one part cut at a space, as {@link #join} joins them. */
    static boolean runsOn(String before, String next, boolean commaAtEnd) {
        return before.endsWith(" -") || !commaAtEnd && (completes(before, next) || goesOn(tail(before), head(next)));
    }

    /** Whether the next row's first words complete the last unit of the rows before into one ({@link #cutInside}). */
    static boolean completes(String before, String next) {
        return cutInside(tail(before), head(next));
    }

    private static String tail(String before) {
        return lastUnit(before.substring(before.lastIndexOf(',') + 1).strip());
    }

    private static String head(String next) {
        return firstUnit(next.split(",", 2)[0].strip());
    }

    /**
     * The last unit of a part whose units are set off by dashes instead of commas ("Phường Vĩnh Thông-Thành phố Hà"
     * → "Thành phố Hà"): a dash before a type word; the dash inside a name ("Bà Rịa-Vũng Tàu") is kept.
     */
    static String lastUnit(String part) {
        return part.substring(lastUnitStart(part)).strip();
    }

    /** Where the last unit set off by a dash starts in the text ({@link #lastUnit}); 0 when no dash sets one off. */
    static int lastUnitStart(String text) {
        Matcher m = DASH_BEFORE_TYPE.matcher(text);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    /** The first unit of a row's first part ("Tiên-Tỉnh Kiên Giang" → "Tiên"), as {@link #lastUnit} cuts. */
    static String firstUnit(String part) {
        return DASH_BEFORE_TYPE.split(part, 2)[0].strip();
    }

    /** A place's parts, those set off by dashes ("Xã Tân Hoà-Thành phố Lạng Sơn") apart as those set off by commas. */
    static List<String> parts(String place) {
        return java.util.Arrays.stream(place.split(", ")).flatMap(DASH_BEFORE_TYPE::splitAsStream).map(String::strip).toList();
    }

    /** Whether a part and the first part of the next row are one unit cut at a space. */
    static boolean cutInside(String tail, String head) {
        if (tail.isEmpty() || head.isEmpty()) {
            return false;
        }
        if (TYPES.contains(Fold.fold(tail).replaceAll("\\s+", " ")) || TypeAbbreviation.is(tail)) {
            return Character.isUpperCase(head.charAt(0)) || Character.isDigit(head.charAt(0));
        }
        // a unit the lists know whole, though its first words are one too ("Xã Đồng" / "Thành, …"): the row ends
        // without the comma a printer puts where it cuts between parts; a province cut short whose next row, garbled
        // past looking like a name ("Tỉnh Bình" / "Phướ ớC"), makes one of its kind
        return known(tail + " " + head) || provinceCutShort(tail)
                && Gazetteer.provinces().namesProvince(Gazetteer.provinces().correctLastPart(tail + " " + head));
    }

    /**
     * Whether a row that ends without its comma goes on into the next: a printer wrapping by words cuts inside a
     * part ("Xã Tân Phú" / "Trung, Huyện Hóc Môn"; a name no list holds, "Xã Trung" / "Hậu, …"), and puts the
     * comma at the row's end when it cuts between parts. Not when the next row starts a part of its own (a word an
     * address starts with: the comma was lost), nor when the row ends with a unit the lists know that the next
     * row's first words would make unknown, nor across what no printed address holds (a label's remnant, "5Ƒ birth
     * regidration" over "(ã Ninh Tây, …"), which is left to be dropped as a part of its own.
     */
    private static boolean goesOn(String tail, String head) {
        if (phraseGoesOn(tail, head)) {
            return true;
        }
        String[] words = head.split("\\s+");
        String first = words[0];
        return !(CardTextParser.startsAddress(first) && !nameAfterAll(words)) && !(known(tail) && !known(tail + " " + head))
                && !AddressEnds.isLabelLeft(tail) && !AddressEnds.isLabelLeft(head);
    }

    /** Whether the next row goes on with a flat's or a quarter's name cut inside ("Tòa" / "nhà CT1", "Khu đô" / "thị …"). */
    static boolean phraseGoesOn(String before, String next) {
        String first = next.strip().split("\\s+")[0];
        String last = before.strip().substring(before.strip().lastIndexOf(' ') + 1);
        return !first.isEmpty() && Character.isLowerCase(first.charAt(0)) && AddressEnds.smallInPhrase(last, first);
    }

    /**
     * "Thành" or "Thị" opening a row without the second word of "Thành phố", "Thị xã" or "Thị trấn": a name's word
     * ("Khu tập thể" / "Thành Công"), no unit's type.
     */
    private static boolean nameAfterAll(String[] words) {
        String first = Fold.fold(words[0]);
        String second = words.length > 1 ? Fold.fold(words[1]).replaceAll("[^a-z]", "") : "";
        return first.equals("thanh") && !second.equals("pho") || first.equals("thi") && !second.matches("xa|tran");
    }

    /**
     * A province's name cut short after its type and first word(s) ("Tỉnh Lâm", "Thành phố Hồ Chí"): the start
     * of exactly such names, not a name itself, so the row it ends does not close its address.
     */
    static boolean provinceCutShort(String row) {
        String part = row.substring(row.lastIndexOf(',') + 1).strip();
        String f = Fold.fold(part).replaceAll("\\s+", " ");
        String rest = f.startsWith("tinh ") ? f.substring(5) : f.startsWith("thanh pho ") ? f.substring(10) : null;
        if (rest == null || rest.isEmpty()) {
            return false;
        }
        boolean whole = false;
        boolean begun = false;
        for (String name : Gazetteer.provinces().names()) {
            String n = Fold.fold(name).replaceAll("\\s+", " ");
            whole |= n.equals(rest);
            begun |= n.startsWith(rest + " ");
        }
        return begun && !whole;
    }

    /**
     * Whether a part is a unit the lists know: a province, present or former ("Tỉnh Nghệ Tĩnh") or in another spelling
     * in use ("Đắk Lắc"), with its type spelled out or abbreviated ("T. Hà Tĩnh") or without it ("Hà Tĩnh", as
     * registers write a province), or a district or commune of either list, with or without its type ("Châu Thành"), or
     * with another type.
     */
    static boolean known(String part) {
        String spelled = TypeAbbreviation.spelledOut(part.strip());
        String f = Fold.fold(spelled).replaceAll("\\s+", " ");
        String rest = f.startsWith("tinh ") ? f.substring(5) : f.startsWith("thanh pho ") ? f.substring(10) : f;
        String listed = Gazetteer.listForm(rest);
        if (Gazetteer.provinces().names().stream().anyMatch(n -> Fold.fold(n).equals(listed)) || Gazetteer.provinces().namesFormerProvince(rest)
                || Gazetteer.provinces().namesProvince(spelled)) { // another spelling in use ("Đắk Lắc")
            return true;
        }
        Matcher typed = TYPED.matcher(f);
        boolean typedPart = typed.find();
        // a unit printed with the type it had before it became a ward or a town ("Xã Lê Hồng Phong", a ward's name)
        boolean anotherType = typedPart && !f.startsWith("tinh ") && AdminUnits.namesAUnitWithoutType(f.substring(typed.end()));
        return !AdminUnits.before2025().provincesWith(spelled).isEmpty() || !AdminUnits.after2025().provincesWith(spelled).isEmpty()
                || anotherType || rest.equals(f) && !typedPart && f.contains(" ") && AdminUnits.namesAUnitWithoutType(spelled);
    }
}
