package vn.motcua.kiosk.ocr;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A unit's type abbreviated as registers and older papers print it ("TP. Hà Nội", "H. Hoài Đức", "TT. Phố Mới"):
 * kept as printed, never spelled out in the reading, since the reader cannot know the card spelled it out; spelled
 * out only to look the unit up.
 */
final class TypeAbbreviation {
    private static final Map<String, String> SPELLED_OUT = Map.of("X.", "Xã", "P.", "Phường", "TT.", "Thị trấn",
            "H.", "Huyện", "Q.", "Quận", "TX.", "Thị xã", "TP.", "Thành phố", "Tp.", "Thành phố", "T.", "Tỉnh");
    /** The abbreviations without their full stop, longest first: "(?:TP|TT|TX|Tp|H|P|Q|T|X)". */
    static final String LETTERS = SPELLED_OUT.keySet().stream().map(k -> k.substring(0, k.length() - 1))
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .collect(Collectors.joining("|", "(?:", ")"));
    /** One abbreviation with its full stop, as a whole word. */
    static final Pattern WORD = Pattern.compile(LETTERS + "\\.");
    /** The units' types spelled out, as printed. */
    static final List<String> SPELLED = List.of("Xã", "Phường", "Đặc khu", "Thị trấn", "Quận", "Huyện", "Thị xã", "Thành phố",
            "Tỉnh");
    /** The units' types spelled out, as printed, as one group: "(?:Xã|Phường|…|Tỉnh)". */
    static final String SPELLED_TYPES = "(?:" + String.join("|", SPELLED) + ")";
    /** A type spelled out or abbreviated, as one group: "(?:Xã|…|Tỉnh|(?:TP|…|X)\.)". */
    static final String ANY_TYPE = "(?:" + SPELLED_TYPES + "|" + LETTERS + "\\.)";
    /** The two-word types, whose second word a card may print with its capital ("Thị Trấn"). */
    private static final List<String> TWO_WORD_TYPES = List.of("Thị trấn", "Thị xã", "Thành phố", "Đặc khu");
    private static final Pattern TYPE_ALONE = Pattern.compile(ANY_TYPE);

    private TypeAbbreviation() {
    }

    static boolean is(String word) {
        return WORD.matcher(word).matches();
    }

    /** Whether a text is a unit's type alone, spelled out or abbreviated ("Tỉnh", "Thành phố", "T."). */
    static boolean isTypeAlone(String text) {
        return TYPE_ALONE.matcher(text).matches();
    }

    /** Every abbreviation, with its full stop ("TX."). */
    static Set<String> all() {
        return SPELLED_OUT.keySet();
    }

    /** The part with its first word spelled out when it is an abbreviation ("T. Trà Vinh" → "Tỉnh Trà Vinh"). */
    static String spelledOut(String part) {
        String first = part.split(" ", 2)[0];
        return is(first) && part.indexOf(' ') > 0 ? SPELLED_OUT.get(first) + part.substring(first.length()) : part;
    }

    /**
     * A unit put back beside a part that abbreviates its type ("X. An Sơn"): its own type abbreviated alike ("H. Thủy
     * Nguyên"), in capitals ("TP.", not "Tp."); as found beside a type spelled out.
     */
    static String likeItsNeighbour(String found, String neighbour) {
        if (!is(neighbour.split(" ", 2)[0])) {
            return found;
        }
        return SPELLED_OUT.entrySet().stream()
                .filter(e -> found.startsWith(e.getValue() + " ") && e.getKey().equals(e.getKey().toUpperCase(java.util.Locale.ROOT)))
                .map(e -> e.getKey() + found.substring(e.getValue().length())).findFirst().orElse(found);
    }

    /**
     * A unit found for a part looked up spelled out, written as the part was: its abbreviation put back in front of
     * the name; the part as read when the unit found is of another type.
     */
    static String asPrinted(String part, String found) {
        String first = part.split(" ", 2)[0];
        String type = is(first) ? SPELLED_OUT.get(first) : null;
        if (type == null) {
            // a two-word type printed with each word's capital ("Thị Trấn"), a style in use, stays so
            for (String twoWords : TWO_WORD_TYPES) {
                if (found.startsWith(twoWords + " ") && part.regionMatches(true, 0, twoWords + " ", 0, twoWords.length() + 1)) {
                    return part.substring(0, twoWords.length()) + found.substring(twoWords.length());
                }
            }
            return found;
        }
        return found.startsWith(type + " ") ? first + found.substring(type.length()) : part;
    }
}
