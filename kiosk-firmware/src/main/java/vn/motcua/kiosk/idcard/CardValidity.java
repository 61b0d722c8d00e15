package vn.motcua.kiosk.idcard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a chip ID card stops being valid, from the holder's date of birth and the card's issue date: the
 * age-milestone rule of the Law on Citizen Identity 2014 (art. 21: renew at 25, 40 and 60) and the Law on
 * Identification 2023 (art. 21: renew at 14, 25, 40 and 60). A card issued within two years before a
 * milestone stays valid until the next one; a card issued at or after 58 never expires. The QR has no
 * expiry but the chip's BAC key needs it, so the kiosk computes it (see docs/chip-reading.md for the cases).
 *
 * <p>The 2014 law issued cards from age 14 on, so adding the 2023 milestone 14 changes nothing for
 * cards issued under the older law: one rule serves both.
 */
public final class CardValidity {
    /** Ages at which a card must be renewed, in order. */
    public static final List<Integer> MILESTONES = List.of(14, 25, 40, 60);
    private static final int GRACE_YEARS = 2;
    /** What a card that never expires prints for its expiry, and what its chip's DG13 holds there. */
    public static final String NEVER_EXPIRES = "Không thời hạn";

    private CardValidity() {
    }

    /**
     * @return the day the card expires (the holder's birthday at the milestone age), or empty when it
     *         never expires
     * @throws IllegalArgumentException when the card was issued before its holder was born
     */
    public static Optional<LocalDate> expiry(LocalDate birth, LocalDate issue) {
        if (issue.isBefore(birth)) {
            throw new IllegalArgumentException("issue date before date of birth");
        }
        for (int age : MILESTONES) {
            LocalDate milestone = birth.plusYears(age);
            if (!milestone.isAfter(issue)) {
                continue; // already past this age when issued
            }
            if (!issue.isBefore(milestone.minusYears(GRACE_YEARS))) {
                continue; // issued within two years before it: valid until the next milestone
            }
            return Optional.of(milestone);
        }
        return Optional.empty();
    }
}
