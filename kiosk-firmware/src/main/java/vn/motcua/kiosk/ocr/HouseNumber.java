package vn.motcua.kiosk.ocr;

import java.util.regex.Pattern;

/**
 * A house number in front of its street ("54/3 Võ Thị Sáu", "109/37 Hai Bà Trưng", "12A Lê Lợi"): many addresses,
 * the south's alleys above all, start with the number and no street word (Số, Đường…), so the first word an
 * address starts with may come after it ("Thị" of the street's name, "Phường"), and what is cut off in front
 * of that word as a label's remnant is the address's first part.
 */
final class HouseNumber {
    /** A house number as printed: digits with a letter, an alley's numbers joined by slashes ("54/3", "12A", "7/2B"). */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}[A-Z]?(/\\d{1,4}[A-Z]?){0,2}");

    private HouseNumber() {
    }

    /** Whether words[i] is a house number followed by a street's name (a capitalised syllable). */
    static boolean startsStreet(String[] words, int i) {
        if (i + 1 >= words.length || !NUMBER.matcher(words[i]).matches()) {
            return false;
        }
        String next = words[i + 1].replaceAll("[,.]$", "");
        return !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && VietnameseSyllable.isWellFormed(next)
                && !CardTextParser.startsAddress(next);
    }
}
