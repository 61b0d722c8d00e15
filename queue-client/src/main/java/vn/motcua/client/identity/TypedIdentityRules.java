package vn.motcua.client.identity;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules for an identity typed by hand, the same wherever it is typed (the citizen at the kiosk, the
 * officer at the counter): each field checked as strictly as a card's and refused by name; what the
 * personal number's structure contradicts (province, sex, year of birth: Decree 137/2015) is marked to
 * check, not refused, because a card can be the exception and the person is there with it.
 */
public final class TypedIdentityRules {
    public static final int NAME_MAX = 100;
    public static final int ADDRESS_MAX = 300;

    private TypedIdentityRules() {
    }

    /** A typed identity that passed: text in NFC with single spaces, date as yyyy-MM-dd. */
    public record Checked(String number, String name, String dateOfBirth, String sex, String address, List<String> toCheck) {
        public Checked {
            toCheck = List.copyOf(toCheck);
        }
    }

    /** A field refused, with a Vietnamese-first message that names the problem. */
    public static final class Refused extends RuntimeException {
        private final String field;

        Refused(String field, String message) {
            super("field '" + field + "': " + message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Checks the fields {@code number, name, dateOfBirth, sex, address} (address optional). */
    public static Checked check(Map<String, String> typed, LocalDate today) {
        String number = text(typed, "number", 12);
        if (number == null || !number.matches("\\d{12}")) {
            throw new Refused("number", "Số định danh gồm 12 chữ số / the personal number has 12 digits");
        }
        String name = text(typed, "name", NAME_MAX);
        if (name == null || !name.matches("[\\p{L}][\\p{L} '.-]*")) {
            throw new Refused("name", "Họ và tên chỉ gồm chữ cái / the full name must be letters");
        }
        String birth = text(typed, "dateOfBirth", 10);
        LocalDate born;
        try {
            born = LocalDate.parse(birth == null ? "" : birth);
        } catch (DateTimeParseException e) {
            throw new Refused("dateOfBirth", "Ngày sinh không hợp lệ / the date of birth must be a real date (yyyy-MM-dd)");
        }
        if (born.isAfter(today) || born.isBefore(LocalDate.of(1900, 1, 1))) {
            throw new Refused("dateOfBirth", "Ngày sinh không hợp lệ / the date of birth must be a past date after 1900");
        }
        String sex = text(typed, "sex", 3);
        if (!"Nam".equals(sex) && !"Nữ".equals(sex)) {
            throw new Refused("sex", "Giới tính là Nam hoặc Nữ / sex must be Nam or Nữ");
        }
        String address = text(typed, "address", ADDRESS_MAX);
        if (address != null && address.codePoints().anyMatch(TypedIdentityRules::forbidden)) {
            throw new Refused("address", "Địa chỉ có ký tự không hợp lệ / the address has control characters");
        }
        List<String> toCheck = new ArrayList<>();
        if (!PersonalNumbers.knownProvince(number) || !PersonalNumbers.agreesWithBirth(number, born.toString())) {
            toCheck.add("number");
        }
        if (!PersonalNumbers.sex(number).equals(sex)) {
            toCheck.add("sex");
        }
        return new Checked(number, name, born.toString(), sex, address, toCheck);
    }

    /** Control, format (bidi overrides, zero-width) and unassigned characters: never part of an address. */
    private static boolean forbidden(int cp) {
        int type = Character.getType(cp);
        return Character.isISOControl(cp) || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    /** The field in NFC with single spaces, or null when absent or blank; refused when longer than {@code max}. */
    private static String text(Map<String, String> typed, String field, int max) {
        String value = typed.get(field);
        if (value == null) {
            return null;
        }
        String clean = Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (clean.length() > max) {
            throw new Refused(field, "quá dài / longer than " + max + " characters");
        }
        return clean.isEmpty() ? null : clean;
    }
}
