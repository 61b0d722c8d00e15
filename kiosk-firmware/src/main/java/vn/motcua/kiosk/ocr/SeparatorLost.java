package vn.motcua.kiosk.ocr;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two units read as one part, the comma or dash between them lost ("Huyện Đông Hừng Tỉnh Thái Bình", "Thị xã Hà Đông
 * Tỉnh Hà Tây"): a unit's type stands inside a typed unit's part, after a name's word, at a higher level than the
 * part's own (a district's or a province's after a commune's, a province's after a district's), and names a unit the
 * lists know. Set apart again, each unit is looked up alone ({@link AddressSpelling#correct}: "Đông Hừng" is then
 * Thái Bình's "Đông Hưng"). The separator put back is the one the place sets its units off by elsewhere, else a comma.
 * A unit whose name holds a type's word ("Xã Thị Trấn …") has it at no higher level, or names nothing after it.
 */
final class SeparatorLost {
    /** A type spelled out or abbreviated with a capital after it, after a word that ends in a small letter. */
    private static final Pattern TYPE_INSIDE = Pattern.compile("(?<=\\p{Ll}) (?=" + TypeAbbreviation.ANY_TYPE + " \\p{Lu})");
    /** Where a part starts: after a comma, or a dash set off by spaces or glued before a type. */
    private static final Pattern PART_START = Pattern.compile(", |\\s-\\s|(?<=\\p{L})-(?=" + TypeAbbreviation.ANY_TYPE + " )");

    private SeparatorLost() {
    }

    static String restored(String address) {
        return TYPE_INSIDE.matcher(address).replaceAll(m -> lost(address, m) ? separator(address) : m.group());
    }

    /** Whether the space a type stands after inside a part is where two units' separator was lost. */
    private static boolean lost(String address, MatchResult m) {
        String head = address.substring(partStart(address, m.start()), m.start());
        Matcher after = PART_START.matcher(address).region(m.end(), address.length());
        boolean last = !after.find();
        String tail = address.substring(m.end(), last ? address.length() : after.start());
        int headLevel = level(head, false);
        return headLevel > 0 && level(tail, last) > headLevel && WrappedParts.known(tail);
    }

    private static int partStart(String address, int before) {
        Matcher p = PART_START.matcher(address.substring(0, before));
        int start = 0;
        while (p.find()) {
            start = p.end();
        }
        return start;
    }

    /** The separator the place sets its units off by: a dash, spaced or glued, where it has one before a type. */
    private static String separator(String address) {
        Matcher p = PART_START.matcher(address);
        while (p.find()) {
            if (!p.group().equals(", ")) {
                return p.group().contains(" ") ? " - " : "-";
            }
        }
        return ", ";
    }

    private static int level(String part, boolean last) {
        return PlaceDoubt.level(TypeAbbreviation.spelledOut(part.strip()), last);
    }
}
