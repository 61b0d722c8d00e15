package vn.motcua.server.identity;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Rules for what a citizen declares, so that the official receipt prints a name and not a message: text
 * is put in NFC (a name typed as NFD is stored as the card writes it), control and format characters
 * (NUL, CR, LF, the bidi overrides U+202A–U+202E and U+2066–U+2069, zero-width joiners) are refused
 * everywhere, and a person's name holds only letters, combining marks, spaces and the apostrophe or
 * hyphen some names carry.
 */
public final class DeclaredText {
    public static final int NAME_MAX = 100;
    public static final int TEXT_MAX = 300;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}]+(?:[ '\\-][\\p{L}\\p{M}]+)*");
    private static final Pattern FORBIDDEN = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}\\u2028\\u2029]");

    private DeclaredText() {
    }

    /** Why {@code value} is not acceptable text, or null when it is (after {@link #clean}). */
    public static String problemWithText(String value, int max) {
        if (FORBIDDEN.matcher(value).find()) {
            return "holds a control or direction character";
        }
        if (value.length() > max) {
            return "is longer than " + max + " characters";
        }
        return null;
    }

    /** Why {@code value} is not a person's name, or null when it is (after {@link #clean}). */
    public static String problemWithName(String value) {
        String text = problemWithText(value, NAME_MAX);
        if (text != null) {
            return text;
        }
        if (!NAME.matcher(value).matches()) {
            return "must be letters and spaces only (a person's name)";
        }
        return null;
    }

    /** NFC, single spaces, no outer blanks: the form every check above is made on and that is stored. */
    public static String clean(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll(" {2,}", " ");
    }

    /** Whether a declaration field holds a person's name (name, childName, fatherName, …). */
    public static boolean isNameField(String key) {
        return key.equals("name") || key.endsWith("Name");
    }
}
