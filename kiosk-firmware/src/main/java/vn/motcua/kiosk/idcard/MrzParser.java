package vn.motcua.kiosk.idcard;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the TD1 machine-readable zone (3 lines × 30) on the back of a CCCD: {@code IDVNM} + the last 9
 * digits of the personal number + check digit, the full 12-digit number and its check digit in the
 * optional field; line 2 birth date, sex, expiry, nationality and the composite check digit; line 3 the
 * name. Check digits use the ICAO 9303 weights 7-3-1. OCR'd MRZ text is often off by a character, so
 * every problem is reported by field and position instead of throwing.
 */
public final class MrzParser {
    static final int LINE = 30;
    /**
     * The expiry of a card that never expires (issued at 58 or later, {@link CardValidity}): all fillers, as ICAO
     * 9303 fills a field with no data. Its check digit is '0' (fillers count 0) or '<', the filler ICAO allows
     * in the check digit of an empty field; a reader takes either.
     */
    public static final String NO_EXPIRY = "<<<<<<";
    private static final Pattern CHARSET = Pattern.compile("[A-Z0-9<]{30}");
    private final Clock clock;

    public MrzParser(Clock clock) {
        this.clock = clock;
    }

    public MrzResult parse(String text) {
        if (text == null || text.isBlank()) {
            return refused("EMPTY", "the MRZ text is empty");
        }
        if (text.length() > 200) {
            return refused("TOO_LONG", "the MRZ text has " + text.length() + " characters; TD1 has 90");
        }
        String[] lines = text.strip().replace("\r", "").split("\n");
        if (lines.length != 3) {
            return refused("LINE_COUNT", "a TD1 MRZ has 3 lines, found " + lines.length);
        }
        List<IdProblem> errors = new ArrayList<>();
        List<IdProblem> warnings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lines[i] = lines[i].strip();
            if (lines[i].length() != LINE) {
                return refused("LINE_LENGTH", "line " + (i + 1) + " has " + lines[i].length() + " characters, TD1 has 30");
            }
            if (!CHARSET.matcher(lines[i]).matches()) {
                return refused("CHARACTERS", "line " + (i + 1) + " has characters other than A-Z, 0-9 and <");
            }
        }
        String l1 = lines[0];
        String l2 = lines[1];
        String code = l1.substring(0, 2).replace("<", "");
        String state = l1.substring(2, 5);
        if (!code.startsWith("I")) {
            errors.add(new IdProblem("documentCode", "NOT_AN_ID_CARD", "document code must start with I, got " + code));
        }
        String document = l1.substring(5, 14);
        check(document, l1.charAt(14), "documentNumber", errors);
        String optional = l1.substring(15, 30);
        String personal = null;
        if ("VNM".equals(state)) {
            personal = optional.substring(0, 12);
            if (!personal.chars().allMatch(Character::isDigit)) {
                errors.add(new IdProblem("personalNumber", "NUMBER_FORMAT", "the optional field must start with the 12-digit personal number"));
                personal = null;
            } else {
                check(personal, optional.charAt(12), "personalNumber", errors);
                if (!personal.endsWith(document)) {
                    warnings.add(new IdProblem("documentNumber", "NUMBER_MISMATCH",
                            "the document number is not the last 9 digits of the personal number"));
                }
            }
        } else {
            warnings.add(new IdProblem("issuingState", "NOT_VIETNAM", "issued by " + state + ", not VNM"));
        }
        String birthText = l2.substring(0, 6);
        check(birthText, l2.charAt(6), "dateOfBirth", errors);
        LocalDate today = LocalDate.now(clock);
        LocalDate birth = date(birthText, "dateOfBirth", errors, today, true);
        char sexChar = l2.charAt(7);
        String sex = switch (sexChar) {
            case 'M' -> "M";
            case 'F' -> "F";
            case '<' -> null;
            default -> {
                errors.add(new IdProblem("sex", "SEX_VALUE", "sex must be M, F or <"));
                yield null;
            }
        };
        String expiryText = l2.substring(8, 14);
        LocalDate expiry = null;
        if (!neverExpires(expiryText, l2.charAt(14))) {
            check(expiryText, l2.charAt(14), "expiryDate", errors);
            expiry = date(expiryText, "expiryDate", errors, today, false);
        }
        if (expiry != null && expiry.isBefore(today)) {
            warnings.add(new IdProblem("expiryDate", "EXPIRED", "the card expired on " + expiry));
        }
        String nationality = l2.substring(15, 18).replace("<", "");
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        check(composite, l2.charAt(29), "composite", errors);
        String[] name = lines[2].split("<<", 2);
        String surname = name[0].replace('<', ' ').strip();
        String given = name.length > 1 ? name[1].replace('<', ' ').strip() : "";
        if (surname.isEmpty()) {
            errors.add(new IdProblem("surname", "NAME_EMPTY", "line 3 has no surname"));
        }
        MrzFields fields = new MrzFields(code, state, document, personal, birth, sex, expiry, nationality,
                surname.isEmpty() ? null : surname, given.isEmpty() ? null : given);
        return new MrzResult(errors.isEmpty(), fields, List.copyOf(errors), List.copyOf(warnings));
    }

    /** Whether an expiry field and its check digit say the card never expires ({@link #NO_EXPIRY}). */
    public static boolean neverExpires(String expiryText, char checkDigit) {
        return NO_EXPIRY.equals(expiryText) && (checkDigit == '0' || checkDigit == '<');
    }

    /**
     * A holder's name as the MRZ's third line prints it, before its filler: the surname (the first word), "<<", the other
     * words set apart by "<"; marks dropped, Đ as D, in capitals ("Võ Kim Đức Hùng" → "VO<<KIM<DUC<HUNG"). A name longer
     * than the line is cut by the issuer's own rule, which this does not know.
     */
    public static String nameField(String fullName) {
        String plain = java.text.Normalizer.normalize(fullName.replace('Đ', 'D').replace('đ', 'd'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String[] words = plain.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z ]", "").strip().split(" +");
        return words[0] + "<<" + String.join("<", List.of(words).subList(1, words.length));
    }

    /** ICAO 9303 check digit: weights 7, 3, 1 repeating; digits count as themselves, A-Z as 10-35, < as 0. */
    public static int checkDigit(String data) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            int v = c == '<' ? 0 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * weights[i % 3];
        }
        return sum % 10;
    }

    private static void check(String data, char digit, String field, List<IdProblem> errors) {
        if (!Character.isDigit(digit) || checkDigit(data) != digit - '0') {
            errors.add(new IdProblem(field, "CHECK_DIGIT", "the check digit of " + field + " does not match"));
        }
    }

    /** YYMMDD; a birth year is the latest century not after today, an expiry year is in this century or the next. */
    private static LocalDate date(String yymmdd, String field, List<IdProblem> errors, LocalDate today, boolean past) {
        if (!yymmdd.chars().allMatch(Character::isDigit)) {
            errors.add(new IdProblem(field, "DATE_FORMAT", "expected YYMMDD digits"));
            return null;
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        int century = today.getYear() / 100 * 100;
        int year = century + yy;
        if (past && year > today.getYear()) {
            year -= 100;
        } else if (!past && year < today.getYear() - 50) {
            year += 100;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            errors.add(new IdProblem(field, "DATE_INVALID", "not a real calendar date"));
            return null;
        }
    }

    private static MrzResult refused(String code, String message) {
        return new MrzResult(false, MrzFields.NONE, List.of(new IdProblem("mrz", code, message)), List.of());
    }
}
