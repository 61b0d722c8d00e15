package vn.motcua.kiosk.ocr;

import java.util.Map;
import vn.motcua.kiosk.idcard.MrzParser;

/**
 * Uses the MRZ's own check digits to undo one OCR confusion per field (3↔9, 6↔8↔0, 1↔7, 5↔6…): a field
 * whose check digit fails is tried with each confusable digit at each place, and is changed only when
 * exactly one such change makes it pass. The 9-digit document number is also the personal number's last
 * nine, so each can mend the other. What cannot be mended this way stays as read, and fails its check.
 */
final class MrzRepair {
    private static final Map<Character, String> CONFUSED = Map.of('0', "869", '1', "7", '2', "7", '3', "98",
            '5', "68", '6', "058", '7', "12", '8', "3690", '9', "308", '4', "1");
    private static final int[][] FIELDS_LINE1 = {{5, 14}, {15, 27}};
    private static final int[][] FIELDS_LINE2 = {{0, 6}, {8, 14}};

    private MrzRepair() {
    }

    static String repair(String mrz) {
        String[] l = mrz.split("\n");
        if (l.length != 3 || l[0].length() != 30 || l[1].length() != 30) {
            return mrz;
        }
        StringBuilder l1 = new StringBuilder(l[0]);
        StringBuilder l2 = new StringBuilder(l[1]);
        // first the redundancy: the document number is the personal number's last nine digits
        String doc = l1.substring(5, 14);
        String personalTail = l1.substring(18, 27);
        if (!doc.equals(personalTail)) {
            boolean docOk = passes(doc, l1.charAt(14));
            boolean personalOk = passes(l1.substring(15, 27), l1.charAt(27));
            if (personalOk && !docOk && passes(personalTail, l1.charAt(14))) {
                l1.replace(5, 14, personalTail);
            } else if (docOk && !personalOk && passes(l1.substring(15, 18) + doc, l1.charAt(27))) {
                l1.replace(18, 27, doc);
            }
        }
        StringBuilder[] lines = {l1, l2};
        for (int[] f : FIELDS_LINE1) {
            mend(lines, 0, f[0], f[1]);
        }
        for (int[] f : FIELDS_LINE2) {
            mend(lines, 1, f[0], f[1]);
        }
        boolean fieldsHold = l1.substring(5, 14).equals(l1.substring(18, 27))
                && passes(l1.substring(5, 14), l1.charAt(14)) && passes(l1.substring(15, 27), l1.charAt(27))
                && passes(l2.substring(0, 6), l2.charAt(6)) && holds(l2.substring(8, 14), l2.charAt(14));
        if (!fieldsHold) {
            return l1 + "\n" + l2 + "\n" + l[2];
        }
        // every field holds on its own: only then may a misread composite digit be put right
        char expected = (char) ('0' + MrzParser.checkDigit(composite(l1, l2)));
        char read = l2.charAt(29);
        if (read != expected && (!Character.isDigit(read) || CONFUSED.getOrDefault(read, "").indexOf(expected) >= 0)) {
            l2.setCharAt(29, expected);
        }
        return l1 + "\n" + l2 + "\n" + l[2];
    }

    /**
     * Mends one field of {@code lines[which]} when exactly one confusable change makes its check digit hold;
     * where several do, the composite check digit (over both lines) picks among them.
     */
    private static void mend(StringBuilder[] lines, int which, int from, int to) {
        StringBuilder line = lines[which];
        if (holds(line.substring(from, to), line.charAt(to))) {
            return;
        }
        java.util.List<String> fits = new java.util.ArrayList<>();
        // the check digit itself may be the misread character
        for (int i = from; i <= to; i++) {
            for (char alt : CONFUSED.getOrDefault(line.charAt(i), "").toCharArray()) {
                StringBuilder t = new StringBuilder(line.substring(from, to + 1));
                t.setCharAt(i - from, alt);
                if (passes(t.substring(0, to - from), t.charAt(to - from))) {
                    fits.add(t.toString());
                }
            }
        }
        if (fits.size() > 1) {
            fits.removeIf(f -> {
                StringBuilder[] tried = {new StringBuilder(lines[0]), new StringBuilder(lines[1])};
                tried[which].replace(from, to + 1, f);
                return MrzParser.checkDigit(composite(tried[0], tried[1])) != tried[1].charAt(29) - '0';
            });
        }
        if (fits.size() == 1) {
            line.replace(from, to + 1, fits.get(0));
        }
    }

    /**
     * A field (its digits, then its check digit) with two of its characters put right as confusable digits,
     * each way that makes the check hold. Many do (a check digit is one in ten), so the caller accepts one
     * only when it is the only one and the composite check agrees.
     */
    static java.util.List<String> twoChanges(String field) {
        java.util.List<String> fits = new java.util.ArrayList<>();
        if (!field.chars().allMatch(Character::isDigit)) {
            return fits;
        }
        int n = field.length();
        for (int i = 0; i < n; i++) {
            for (char a : CONFUSED.getOrDefault(field.charAt(i), "").toCharArray()) {
                for (int j = i + 1; j < n; j++) {
                    for (char b : CONFUSED.getOrDefault(field.charAt(j), "").toCharArray()) {
                        StringBuilder t = new StringBuilder(field);
                        t.setCharAt(i, a);
                        t.setCharAt(j, b);
                        if (passes(t.substring(0, n - 1), t.charAt(n - 1))) {
                            fits.add(t.toString());
                        }
                    }
                }
            }
        }
        return fits;
    }

    static String composite(CharSequence l1, CharSequence l2) {
        String a = l1.toString();
        String b = l2.toString();
        return a.substring(5, 30) + b.substring(0, 7) + b.substring(8, 15) + b.substring(18, 29);
    }

    /** A field that passes its check digit, or the expiry of a card that never expires (all fillers). */
    static boolean holds(String data, char check) {
        return passes(data, check) || MrzParser.neverExpires(data, check);
    }

    static boolean passes(String data, char check) {
        return Character.isDigit(check) && data.chars().allMatch(Character::isDigit) && MrzParser.checkDigit(data) == check - '0';
    }
}
