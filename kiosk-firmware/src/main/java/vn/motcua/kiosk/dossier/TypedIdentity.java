package vn.motcua.kiosk.dossier;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.client.dossier.IdentitySource;
import vn.motcua.client.identity.PersonalNumbers;

/**
 * Identity typed by a citizen whose card cannot be read (no QR, chip or legible front; a lost card with
 * its number known): recorded as TYPED, which the officer sees and checks against the card or papers at
 * the counter. Checked as strictly as a card's fields; what the number's structure contradicts (province,
 * sex, year of birth) is marked to check, not refused, as for a card.
 */
final class TypedIdentity {
    private static final int NAME_MAX = 100;
    private static final int ADDRESS_MAX = 300;

    private TypedIdentity() {
    }

    static Identity of(Map<String, String> typed, LocalDate today) {
        String number = text(typed, "number", 12);
        if (number == null || !number.matches("\\d{12}")) {
            throw refused("number", "Số định danh gồm 12 chữ số / the personal number has 12 digits");
        }
        String name = text(typed, "name", NAME_MAX);
        if (name == null || !name.matches("[\\p{L}][\\p{L} '.-]*")) {
            throw refused("name", "Họ và tên chỉ gồm chữ cái / the full name must be letters");
        }
        String birth = text(typed, "dateOfBirth", 10);
        LocalDate born;
        try {
            born = LocalDate.parse(birth == null ? "" : birth);
        } catch (DateTimeParseException e) {
            throw refused("dateOfBirth", "Ngày sinh không hợp lệ / the date of birth must be a real date (yyyy-MM-dd)");
        }
        if (born.isAfter(today) || born.isBefore(LocalDate.of(1900, 1, 1))) {
            throw refused("dateOfBirth", "Ngày sinh không hợp lệ / the date of birth must be a past date after 1900");
        }
        String sex = text(typed, "sex", 3);
        if (!"Nam".equals(sex) && !"Nữ".equals(sex)) {
            throw refused("sex", "Giới tính là Nam hoặc Nữ / sex must be Nam or Nữ");
        }
        String address = text(typed, "address", ADDRESS_MAX);
        if (address != null && address.chars().anyMatch(Character::isISOControl)) {
            throw refused("address", "Địa chỉ có ký tự không hợp lệ / the address has control characters");
        }
        List<String> toCheck = new ArrayList<>();
        if (!PersonalNumbers.knownProvince(number) || !PersonalNumbers.agreesWithBirth(number, born.toString())) {
            toCheck.add("number");
        }
        if (!PersonalNumbers.sex(number).equals(sex)) {
            toCheck.add("sex");
        }
        return Identity.of(IdentitySource.TYPED, new IdentityFields(number, name, born.toString(), sex, address, null, null),
                toCheck);
    }

    /** The field in NFC with single spaces, or null when absent or blank; refused when longer than {@code max}. */
    private static String text(Map<String, String> typed, String field, int max) {
        String value = typed.get(field);
        if (value == null) {
            return null;
        }
        String clean = Normalizer.normalize(value, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (clean.length() > max) {
            throw refused(field, "quá dài / longer than " + max + " characters");
        }
        return clean.isEmpty() ? null : clean;
    }

    private static DossierRequestException refused(String field, String message) {
        return new DossierRequestException(400, "invalid_field", "field '" + field + "': " + message);
    }
}
