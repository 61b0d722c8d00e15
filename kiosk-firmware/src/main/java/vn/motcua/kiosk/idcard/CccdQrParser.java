package vn.motcua.kiosk.idcard;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.motcua.client.identity.Provinces;

/**
 * Parses the QR of a chip ID card (the 2021 CCCD's front, the 2024 "Căn cước"'s back), as the scanner reads it
 * and as the OCR decodes it from a photo of the card ({@code ocr.CardQr}):
 * {@code number|old ID|name|ddMMyyyy|Nam/Nữ|address|ddMMyyyy[|more...]}.
 *
 * <p>Malformed payloads are errors; facts that merely disagree with the personal number's structure
 * (Decree 137/2015: province, century/sex digit, birth year) are warnings, because newer law no longer
 * guarantees that structure and a citizen must not be turned away for it. Never throws.
 */
public final class CccdQrParser {
    static final int MAX_PAYLOAD_CHARS = 2000;
    private static final int REQUIRED_FIELDS = 7;
    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");
    private static final Pattern OLD_ID = Pattern.compile("\\d{9}|\\d{12}");
    private static final Pattern DATE = Pattern.compile("\\d{8}");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]*");

    private final Clock clock;
    private final Provinces provinces;

    public CccdQrParser(Clock clock) {
        this(clock, Provinces.builtIn());
    }

    CccdQrParser(Clock clock, Provinces provinces) {
        this.clock = clock;
        this.provinces = provinces;
    }

    public CccdResult parse(String payload) {
        List<IdProblem> errors = new ArrayList<>();
        List<IdProblem> warnings = new ArrayList<>();
        if (payload == null || payload.isBlank()) {
            return refused(new IdProblem("payload", "EMPTY", "the QR payload is empty"));
        }
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            return refused(new IdProblem("payload", "TOO_LONG",
                    "the QR payload has " + payload.length() + " characters, more than " + MAX_PAYLOAD_CHARS));
        }
        // Scanners end a scan with CR/LF; a BOM or NBSP comes from copy-paste.
        String text = Normalizer.normalize(payload.strip().replace("\uFEFF", ""), Normalizer.Form.NFC);
        if (text.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            return refused(new IdProblem("payload", "CONTROL_CHARACTERS",
                    "the QR payload contains control characters; it is not an ID card QR"));
        }
        String[] parts = text.split("\\|", -1);
        if (parts.length < REQUIRED_FIELDS) {
            return refused(new IdProblem("payload", "FIELD_COUNT", "expected at least " + REQUIRED_FIELDS
                    + " fields separated by '|', found " + parts.length));
        }
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].strip();
        }
        LocalDate today = LocalDate.now(clock);

        String number = parts[0];
        if (!TWELVE_DIGITS.matcher(number).matches()) {
            errors.add(new IdProblem("number", "NUMBER_FORMAT",
                    "the personal number must be 12 digits, got " + number.length() + " characters"
                            + (number.chars().allMatch(Character::isDigit) ? "" : " not all digits")));
        }
        String oldId = parts[1];
        if (!oldId.isEmpty() && !OLD_ID.matcher(oldId).matches()) {
            warnings.add(new IdProblem("oldId", "OLD_ID_FORMAT", "the old ID number is neither 9 nor 12 digits"));
        }
        String name = parts[2].replaceAll("\\s+", " ");
        if (name.isEmpty()) {
            errors.add(new IdProblem("name", "NAME_EMPTY", "the full name is empty"));
        } else if (!NAME.matcher(name).matches()) {
            errors.add(new IdProblem("name", "NAME_CHARACTERS", "the full name contains characters other than letters"));
        }
        LocalDate birth = date(parts[3], "dateOfBirth", errors);
        if (birth != null && birth.isAfter(today)) {
            errors.add(new IdProblem("dateOfBirth", "DATE_IN_FUTURE", "the date of birth is after today"));
            birth = null;
        }
        String sex = sex(parts[4], errors);
        String address = parts[5].replaceAll("\\s+", " ");
        if (address.isEmpty()) {
            warnings.add(new IdProblem("address", "ADDRESS_EMPTY", "the permanent address is empty"));
        }
        LocalDate issued = date(parts[6], "issueDate", errors);
        if (issued != null && issued.isAfter(today)) {
            errors.add(new IdProblem("issueDate", "DATE_IN_FUTURE", "the issue date is after today"));
        } else if (issued != null && birth != null && issued.isBefore(birth)) {
            errors.add(new IdProblem("issueDate", "ISSUED_BEFORE_BIRTH", "the issue date is before the date of birth"));
        }

        String province = null;
        if (TWELVE_DIGITS.matcher(number).matches()) {
            province = provinces.name(number.substring(0, 3)).orElse(null);
            if (province == null) {
                warnings.add(new IdProblem("number", "PROVINCE_UNKNOWN",
                        "the first three digits " + number.substring(0, 3) + " are not a known province code"));
            }
            checkCenturyAndSex(number, birth, sex, warnings);
        }
        List<String> extra = parts.length > REQUIRED_FIELDS
                ? List.copyOf(Arrays.asList(parts).subList(REQUIRED_FIELDS, parts.length)) : null;
        CccdFields fields = new CccdFields(number, oldId.isEmpty() ? null : oldId, name, birth, sex, address,
                issued, province, extra);
        return new CccdResult(errors.isEmpty(), fields, List.copyOf(errors), List.copyOf(warnings));
    }

    /** Digit 4 encodes century and sex (0/1 1900s male/female, 2/3 2000s, ...); digits 5-6 the birth year. */
    private static void checkCenturyAndSex(String number, LocalDate birth, String sex, List<IdProblem> warnings) {
        int code = number.charAt(3) - '0';
        int century = 1900 + (code / 2) * 100;
        boolean female = code % 2 == 1;
        if (birth != null) {
            int expectedCentury = birth.getYear() / 100 * 100;
            if (century != expectedCentury) {
                warnings.add(new IdProblem("number", "CENTURY_MISMATCH", "digit 4 says born in the " + century
                        + "s but the date of birth is in the " + expectedCentury + "s"));
            }
            int yy = Integer.parseInt(number.substring(4, 6));
            if (yy != birth.getYear() % 100) {
                warnings.add(new IdProblem("number", "BIRTH_YEAR_MISMATCH",
                        "digits 5-6 do not match the last two digits of the year of birth"));
            }
        }
        if (sex != null && female != sex.equals("Nữ")) {
            warnings.add(new IdProblem("number", "SEX_MISMATCH",
                    "digit 4 says " + (female ? "female" : "male") + " but the card says " + (female ? "Nam" : "Nữ")));
        }
    }

    private static LocalDate date(String text, String field, List<IdProblem> errors) {
        if (!DATE.matcher(text).matches()) {
            errors.add(new IdProblem(field, "DATE_FORMAT", "expected ddMMyyyy (8 digits)"));
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(text.substring(4)), Integer.parseInt(text.substring(2, 4)),
                    Integer.parseInt(text.substring(0, 2)));
        } catch (DateTimeException e) {
            errors.add(new IdProblem(field, "DATE_INVALID", "not a real calendar date"));
            return null;
        }
    }

    private static String sex(String text, List<IdProblem> errors) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("nam")) {
            return "Nam";
        }
        if (lower.equals("nữ")) {
            return "Nữ";
        }
        errors.add(new IdProblem("sex", "SEX_VALUE", "expected Nam or Nữ"));
        return null;
    }

    private static CccdResult refused(IdProblem problem) {
        return new CccdResult(false, CccdFields.NONE, List.of(problem), List.of());
    }
}
