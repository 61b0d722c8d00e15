package vn.motcua.kiosk.ocr;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speck read as a full stop between two words of a unit's name ("Xã Cần. Đăng, Tỉnh An Giang"). A full stop inside
 * a value is read for a comma elsewhere ({@link CardTextParser#clean}), which would cut the name in two parts that
 * each name nothing; where the typed part with the stop read as a space is a unit the lists know and the part before
 * the stop is none, the stop was no separator.
 */
final class StopInsideName {
    private static final Pattern STOP = Pattern.compile("(?<=\\p{Ll})\\. (?=\\p{Lu})");
    private static final Pattern TYPED = Pattern.compile("^" + TypeAbbreviation.SPELLED_TYPES + " ");

    private StopInsideName() {
    }

    static String spaced(String text) {
        return STOP.matcher(text).replaceAll(m -> inName(text, m) ? " " : Matcher.quoteReplacement(m.group()));
    }

    /** Whether the typed part a stop stands in, read with a space for it, is a listed unit, and before it none. */
    private static boolean inName(String text, MatchResult m) {
        int comma = text.lastIndexOf(", ", m.start());
        String head = text.substring(comma < 0 ? 0 : comma + 2, m.start());
        String whole = head + " " + text.substring(m.end(), nextBreak(text, m.end()));
        return TYPED.matcher(head).find() && !WrappedParts.known(head) && WrappedParts.known(whole);
    }

    /** Where the part after a stop ends: the next comma or full stop, or the text's end. */
    private static int nextBreak(String text, int from) {
        int comma = text.indexOf(',', from);
        int stop = text.indexOf(". ", from);
        int end = text.length();
        for (int i : new int[] {comma, stop}) {
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }
}
