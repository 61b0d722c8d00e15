package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.kiosk.idcard.Provinces;

/**
 * What the personal number says about the other fields (Decree 137/2015: province code, then a digit for
 * sex and century, then the year of birth), used to check them against each other and to fill the sex
 * when its small print was lost.
 */
public final class PersonalNumberCheck {
    /** Digits a blurred card's digits are read as, for putting back a province code that is no province. */
    private static final Map<Character, String> CONFUSED = Map.of('0', "869", '1', "47", '4', "1", '7', "1",
            '8', "0369", '9', "08", '6', "508", '5', "6", '3', "8");

    private PersonalNumberCheck() {
    }

    public static boolean knownProvince(String number) {
        return Provinces.builtIn().name(number.substring(0, 3)).isPresent();
    }

    /**
     * A 12-digit number whose province code is no province, with the one digit changed that makes it the
     * province of the card's own addresses (or the only province reachable by one such change).
     */
    static Optional<String> repairProvince(String number, List<String> addressProvinces) {
        List<String> candidates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            for (char d : CONFUSED.getOrDefault(number.charAt(i), "").toCharArray()) {
                String changed = number.substring(0, i) + d + number.substring(i + 1);
                if (knownProvince(changed)) {
                    candidates.add(changed);
                }
            }
        }
        for (String c : candidates) {
            if (addressProvinces.contains(c.substring(0, 3))) {
                return Optional.of(c);
            }
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** Nam for an even sex-and-century digit, Nữ for an odd one. */
    public static String sex(String number) {
        return (number.charAt(3) - '0') % 2 == 0 ? "Nam" : "Nữ";
    }

    /** Whether the number's century digit and two year digits give the year of birth read. */
    public static boolean agreesWithBirth(String number, String isoDate) {
        if (isoDate == null || !isoDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return true;
        }
        int year = Integer.parseInt(isoDate.substring(0, 4));
        int century = 19 + (number.charAt(3) - '0') / 2;
        return century * 100 + Integer.parseInt(number.substring(4, 6)) == year;
    }
}
