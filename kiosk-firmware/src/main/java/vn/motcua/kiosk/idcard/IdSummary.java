package vn.motcua.kiosk.idcard;

import java.time.LocalDate;
import java.util.List;

/**
 * What the take-number screen may know of a scanned ID card: no name, no address, no full number.
 *
 * @param elderly true from age 60 (Law on the Elderly 2009), which proposes the ELDERLY category
 * @param problems error and warning codes for the UI to explain
 */
public record IdSummary(boolean valid, String maskedNumber, Integer age, boolean elderly, List<String> problems) {
    static final int ELDERLY_AGE = 60;

    /** Whether someone born on {@code birth} is 60 or older on {@code today}. */
    public static boolean elderlyOn(LocalDate birth, LocalDate today) {
        return birth != null && java.time.Period.between(birth, today).getYears() >= ELDERLY_AGE;
    }

    public static IdSummary of(CccdResult result, LocalDate today) {
        List<String> problems = java.util.stream.Stream.concat(result.errors().stream(), result.warnings().stream())
                .map(IdProblem::code).toList();
        if (!result.valid()) {
            return new IdSummary(false, null, null, false, problems);
        }
        int age = result.fields().ageOn(today);
        return new IdSummary(true, result.fields().maskedNumber(), age < 0 ? null : age, age >= ELDERLY_AGE, problems);
    }
}
