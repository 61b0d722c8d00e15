package vn.motcua.kiosk.ocr;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.motcua.client.identity.PersonalNumbers;
import vn.motcua.kiosk.idcard.CardValidity;
import vn.motcua.kiosk.idcard.MrzParser;

/**
 * Several readings of one TD1 MRZ (the strip read at other scales and thresholds), each already shaped and
 * mended by {@link MrzRepair}, combined the way ICAO 9303 lets a reader check itself: each field covered by
 * a check digit is taken from any reading in which that check holds; the document number must be the
 * personal number's last nine digits and the birth year its fifth and sixth digits (Decree 137/2015); and
 * a combination is accepted only when the composite check digit, which covers all of them, holds too.
 * A field no reading has right may be mended by two confusable digits, but only when exactly one such
 * mending fits and the composite check then holds. Nothing is accepted that does not pass every check;
 * when several different combinations would, none is, and the first reading comes back as read.
 *
 * <p>An expiry that no reading has holding (line 2 read with a digit too many, its dates run into the nationality) may
 * still be the one the law gives: the holder's birthday at the milestone age that follows the printed issue date
 * ({@link CardValidity}), or the printed expiry when it is such a birthday. Such an expiry is taken only with a birth
 * date whose check holds and a composite check digit, as read, that holds over all of it; two such expiries that
 * both hold are a tie, and nothing is taken.
 */
final class MrzReadings {
    private static final int[] DOCUMENT = {0, 5, 14};
    private static final int[] PERSONAL = {0, 15, 27};
    private static final int[] BIRTH = {1, 0, 6};
    private static final int[] EXPIRY = {1, 8, 14};
    /** The holder's nationality on every card these readings come from. */
    private static final String VIETNAM = "VNM";

    /** More combinations than this are not tried: the readings disagree too much to be trusted anyway. */
    private static final int MAX_COMBINATIONS = 4096;

    private MrzReadings() {
    }

    /** True when the three lines have every check digit holding, the composite too, and real dates. */
    static boolean holds(String mrz) {
        if (mrz == null) {
            return false;
        }
        String[] l = mrz.split("\n");
        if (l.length != 3 || l[0].length() != 30 || l[1].length() != 30 || l[2].length() != 30) {
            return false;
        }
        return field(l, DOCUMENT).chars().allMatch(Character::isDigit) && holds(l, DOCUMENT) && holds(l, PERSONAL)
                && l[0].substring(18, 27).equals(l[0].substring(5, 14)) && holds(l, BIRTH) && holds(l, EXPIRY)
                && compositeHolds(l[0], l[1])
                && date(l[1].substring(0, 6)) && dateOrNone(l[1].substring(8, 14));
    }

    /** The dates printed above the MRZ as the page read them, either null when not read. */
    record PrintedDates(LocalDate issue, LocalDate expiry) {
        static final PrintedDates NONE = new PrintedDates(null, null);
    }

    /** The readings combined (see the class comment), or the first reading when no combination holds. */
    static String combine(List<String> readings, PrintedDates printed) {
        List<String[]> rs = new ArrayList<>();
        for (String r : readings) {
            String[] l = r == null ? null : r.split("\n");
            if (l != null && l.length == 3 && l[0].length() == 30 && l[1].length() == 30 && l[2].length() == 30) {
                rs.add(l);
            }
        }
        if (rs.isEmpty()) {
            return readings.isEmpty() ? null : readings.get(0);
        }
        String first = String.join("\n", rs.get(0));
        List<Candidate> personal = candidates(rs, PERSONAL, v -> true);
        List<Candidate> birth = candidates(rs, BIRTH, v -> date(v.substring(0, 6)));
        List<Candidate> expiry = candidates(rs, EXPIRY, v -> dateOrNone(v.substring(0, 6)));
        List<Character> composites = rs.stream().map(l -> l[1].charAt(29)).filter(Character::isDigit).distinct().toList();
        boolean expiryByLaw = expiry.isEmpty() && (printed.issue() != null || printed.expiry() != null);
        if (personal.isEmpty() || birth.isEmpty() || expiry.isEmpty() && !expiryByLaw || composites.isEmpty()
                || (long) personal.size() * birth.size() * Math.max(1, expiry.size()) * composites.size() > MAX_COMBINATIONS) {
            return first;
        }
        // no check digit covers the nationality; a reading shifted by a doubled character puts the dates' last
        // digits there as letters ("60V" → "GOV"), a blurred V is read M ("MNM"). The card is issued to Vietnamese
        // citizens only (Law on Identification 2023), as its opening IDVNM says: the nationality is VNM, as read or not
        String name = votes(rs, l -> l[2]).get(0);
        Map<String, Integer> fits = new LinkedHashMap<>();
        for (Candidate p : personal) {
            String digits = p.value().substring(0, 12);
            String document = digits.substring(3) + documentCheck(rs, digits.substring(3));
            if (document.length() != 10) {
                continue;
            }
            char sex = sex(rs, digits.charAt(3));
            for (Candidate b : birth) {
                if (!b.value().startsWith(digits.substring(4, 6))) {
                    continue; // the personal number carries the birth year
                }
                for (Candidate e : expiryByLaw ? byLaw(PersonalNumbers.birthYear(digits), b.value(), printed) : expiry) {
                    for (char composite : composites) {
                        String l1 = "IDVNM" + document + p.value() + "<<";
                        String l2 = b.value() + sex + e.value() + VIETNAM + "<".repeat(11) + composite;
                        if (l1.length() == 30 && l2.length() == 30 && compositeHolds(l1, l2)) {
                            fits.merge(l1 + "\n" + l2 + "\n" + name, p.support() + b.support() + e.support(), Integer::sum);
                        }
                    }
                }
            }
        }
        if (fits.isEmpty()) {
            return first;
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(fits.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        if (ranked.size() > 1 && ranked.get(0).getValue().equals(ranked.get(1).getValue())) {
            return first; // two different readings hold equally well: the check digits cannot tell which
        }
        return ranked.get(0).getKey();
    }

    /** A field's value with its check digit, and how many readings had it (0: mended by two digits). */
    private record Candidate(String value, int support) {
    }

    /**
     * The values of one field (data and check digit) whose check holds, most read first; when no reading
     * has one, the values two confusable digits away that hold, but only if there is exactly one.
     */
    private static List<Candidate> candidates(List<String[]> rs, int[] f, Predicate<String> real) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (String[] l : rs) {
            String v = l[f[0]].substring(f[1], f[2] + 1);
            if (MrzRepair.holds(v.substring(0, v.length() - 1), v.charAt(v.length() - 1)) && real.test(v)) {
                seen.merge(v, 1, Integer::sum);
            }
        }
        if (seen.isEmpty()) {
            List<String> mended = new ArrayList<>();
            for (String[] l : rs) {
                for (String v : MrzRepair.twoChanges(l[f[0]].substring(f[1], f[2] + 1))) {
                    if (real.test(v) && !mended.contains(v)) {
                        mended.add(v);
                    }
                }
            }
            return mended.size() == 1 ? List.of(new Candidate(mended.get(0), 0)) : List.of();
        }
        return seen.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new Candidate(e.getKey(), e.getValue())).toList();
    }

    /**
     * The expiries the law gives a holder born in {@code year} on {@code birth}'s day (YYMMDD and its check digit; the
     * year as the personal number gives it, Decree 137/2015): the birthday at the milestone after the printed issue
     * date, and the printed expiry when it is a birthday at a milestone. None for a card that never expires.
     */
    private static List<Candidate> byLaw(int year, String birth, PrintedDates printed) {
        LocalDate born;
        try {
            born = LocalDate.of(year, Integer.parseInt(birth.substring(2, 4)), Integer.parseInt(birth.substring(4, 6)));
        } catch (DateTimeException e) {
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        if (printed.issue() != null && !printed.issue().isBefore(born)) {
            CardValidity.expiry(born, printed.issue()).ifPresent(dates::add);
        }
        if (printed.expiry() != null && DateAgreement.expiryAgrees(printed.expiry(), born, null)) {
            dates.add(printed.expiry());
        }
        return dates.stream().distinct().map(d -> {
            String yymmdd = d.format(java.time.format.DateTimeFormatter.ofPattern("yyMMdd"));
            return new Candidate(yymmdd + MrzParser.checkDigit(yymmdd), 0);
        }).toList();
    }

    /** The document number's check digit as a reading has it, when it holds for these nine digits; else "". */
    private static String documentCheck(List<String[]> rs, String nine) {
        for (String[] l : rs) {
            if (MrzRepair.passes(nine, l[0].charAt(14))) {
                return String.valueOf(l[0].charAt(14));
            }
        }
        return "";
    }

    /**
     * The sex as read (M or F, most read first); where readings differ, the one the personal number's
     * century-and-sex digit gives (even: male, odd: female; Decree 137/2015) when a reading has it, and that one
     * too when no reading has a sex at all (an F read "0" in every look).
     */
    private static char sex(List<String[]> rs, char centuryDigit) {
        List<String> read = votes(rs, l -> String.valueOf(l[1].charAt(7)));
        String byNumber = (centuryDigit - '0') % 2 == 0 ? "M" : "F";
        boolean noneRead = read.stream().noneMatch(s -> s.equals("M") || s.equals("F"));
        return read.contains(byNumber) || noneRead ? byNumber.charAt(0) : read.get(0).charAt(0);
    }

    /** The distinct values of one part across readings, most read first (ties: earlier reading first). */
    private static List<String> votes(List<String[]> rs, java.util.function.Function<String[], String> part) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (String[] l : rs) {
            count.merge(part.apply(l), 1, Integer::sum);
        }
        List<String> out = new ArrayList<>(count.keySet());
        out.sort(Comparator.comparing(count::get).reversed());
        return out;
    }

    private static boolean compositeHolds(String l1, String l2) {
        char c = l2.charAt(29);
        return Character.isDigit(c) && MrzParser.checkDigit(MrzRepair.composite(l1, l2)) == c - '0';
    }

    private static boolean holds(String[] l, int[] f) {
        String v = field(l, f);
        return MrzRepair.holds(v, l[f[0]].charAt(f[2]));
    }

    private static String field(String[] l, int[] f) {
        return l[f[0]].substring(f[1], f[2]);
    }

    /** An expiry that is a calendar date, or the fillers of a card that never expires. */
    private static boolean dateOrNone(String yymmdd) {
        return date(yymmdd) || MrzParser.NO_EXPIRY.equals(yymmdd);
    }

    /** YYMMDD that is a calendar date (the century does not matter for that, except 29 February: 2000 is taken). */
    private static boolean date(String yymmdd) {
        if (!yymmdd.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        try {
            LocalDate.of(yy % 4 == 0 ? 2000 + yy : 1900 + yy, Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
