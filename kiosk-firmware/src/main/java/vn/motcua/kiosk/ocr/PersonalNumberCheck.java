package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.client.identity.PersonalNumbers;

/**
 * Puts back the province code of a number read off a blurred card (the number's structure itself is
 * {@link PersonalNumbers}, shared with the server's booking page).
 */
final class PersonalNumberCheck {
    /** Digits a blurred card's digits are read as, for putting back a province code that is no province. */
    private static final Map<Character, String> CONFUSED = Map.of('0', "869", '1', "47", '4', "1", '7', "1",
            '8', "0369", '9', "08", '6', "508", '5', "6", '3', "8");

    private PersonalNumberCheck() {
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
                if (PersonalNumbers.knownProvince(changed)) {
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
}
