package vn.motcua.client.identity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a 12-digit personal number (số định danh cá nhân, the CCCD number) says by its structure (Decree
 * 137/2015, Circular 07/2016/TT-BCA): digits 1-3 the province of birth registration, digit 4 the century
 * and sex (0/1 1900s male/female, 2/3 2000s, 4/5 2100s, ...), digits 5-6 the year of birth. Shared by the
 * kiosk's card readers (which flag disagreements for the officer) and the server's booking page (which
 * refuses a typed number no card can carry, most likely a typo).
 */
public final class PersonalNumbers {
    private PersonalNumbers() {
    }

    public static boolean knownProvince(String number) {
        return Provinces.builtIn().name(number.substring(0, 3)).isPresent();
    }

    /** Nam for an even sex-and-century digit, Nữ for an odd one. */
    public static String sex(String number) {
        return (number.charAt(3) - '0') % 2 == 0 ? "Nam" : "Nữ";
    }

    /** The year of birth the century digit and the two year digits give. */
    public static int birthYear(String number) {
        int century = 19 + (number.charAt(3) - '0') / 2;
        return century * 100 + Integer.parseInt(number.substring(4, 6));
    }

    /**
     * The century-and-sex digit (the number's fourth) for a year of birth and a sex: 0/1 for the 1900s, 2/3 for
     * the 2000s and so on, even for Nam, odd for Nữ; the inverse of {@link #birthYear} and {@link #sex}.
     */
    public static char centuryDigit(int year, String sex) {
        return (char) ('0' + (year / 100 - 19) * 2 + ("Nữ".equals(sex) ? 1 : 0));
    }

    /** Whether the number's century digit and two year digits give the year of birth read. */
    public static boolean agreesWithBirth(String number, String isoDate) {
        if (isoDate == null || !isoDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return true;
        }
        return birthYear(number) == Integer.parseInt(isoDate.substring(0, 4));
    }

    /**
     * Why a typed number cannot be anyone's (Vietnamese, then English), or empty when it could be: not 12
     * digits, a province code that is no province, or a year of birth after {@code today}. The message never
     * repeats the number.
     */
    public static Optional<String> problem(String number, LocalDate today) {
        if (number == null || !number.matches("[0-9]{12}")) {
            return Optional.of("Số định danh cá nhân (số CCCD) gồm 12 chữ số / the personal number must be 12 digits");
        }
        if (!knownProvince(number)) {
            return Optional.of("Ba chữ số đầu của số CCCD không phải mã tỉnh, thành phố nào; vui lòng kiểm tra lại"
                    + " / the first three digits are not a province code");
        }
        if (birthYear(number) > today.getYear()) {
            return Optional.of("Chữ số thứ 4 đến thứ 6 của số CCCD (thế kỷ, giới tính, năm sinh) không hợp lệ; vui lòng kiểm tra lại"
                    + " / digits 4-6 (century, sex, year of birth) give a year of birth in the future");
        }
        return Optional.empty();
    }
}
