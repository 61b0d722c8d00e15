package vn.motcua.client;

import java.util.regex.Pattern;

/**
 * A ticket number as a synthesizer should say it: the letter by its Vietnamese name and the digits one by
 * one, because "A0012" read as a quantity ("mười hai") is what citizens mishear. Shared by the boards'
 * calls and the kiosk's audio guidance so both say a number the same way.
 */
public final class TicketSpeech {
    private static final Pattern NUMBER = Pattern.compile("[A-Z][0-9]{4}");
    private static final String[] LETTER_VI = {"a", "bê", "xê", "dê", "e", "ép", "giê", "hát", "i", "gi", "ca",
        "e lờ", "em mờ", "en nờ", "o", "pê", "quy", "e rờ", "ét xì", "tê", "u", "vê", "vê kép", "ích xì", "i dài", "dét"};
    private static final String[] DIGIT_VI = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] DIGIT_EN = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};

    private TicketSpeech() {
    }

    /** Whether {@code number} is a ticket number (a letter and 4 digits), the only shape this class speaks. */
    public static boolean isTicketNumber(String number) {
        return number != null && NUMBER.matcher(number).matches();
    }

    /** "a, không không một hai" for A0012. */
    public static String vi(String number) {
        require(number);
        StringBuilder digits = new StringBuilder();
        for (char c : number.substring(1).toCharArray()) {
            digits.append(' ').append(DIGIT_VI[c - '0']);
        }
        return LETTER_VI[number.charAt(0) - 'A'] + "," + digits;
    }

    /** "A, zero zero one two" for A0012. */
    public static String en(String number) {
        require(number);
        StringBuilder digits = new StringBuilder();
        for (char c : number.substring(1).toCharArray()) {
            digits.append(' ').append(DIGIT_EN[c - '0']);
        }
        return number.charAt(0) + "," + digits;
    }

    private static void require(String number) {
        if (!isTicketNumber(number)) {
            throw new IllegalArgumentException("number must be a letter and 4 digits, like A0012");
        }
    }
}
