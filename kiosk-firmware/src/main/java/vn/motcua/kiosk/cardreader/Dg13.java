package vn.motcua.kiosk.cardreader;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Data group 13 of a Vietnamese chip ID card: numbered fields, each one or more strings.
 *
 * @param values every field the chip carries by its id, including ids this kiosk does not know
 */
public record Dg13(SortedMap<Integer, List<String>> values) {
    /** Field ids as the card issuer numbers them (DESIGN.md). */
    static final int NUMBER = 1, NAME = 2, BIRTH = 3, SEX = 4, NATIONALITY = 5, ETHNICITY = 6, RELIGION = 7,
            ORIGIN = 8, RESIDENCE = 9, MARKS = 10, ISSUE = 11, EXPIRY = 12, PARENTS = 13, OLD_ID = 16;
    private static final List<Integer> KNOWN = List.of(NUMBER, NAME, BIRTH, SEX, NATIONALITY, ETHNICITY, RELIGION,
            ORIGIN, RESIDENCE, MARKS, ISSUE, EXPIRY, PARENTS, OLD_ID);

    public ChipFields fields() {
        return new ChipFields(first(NUMBER, 0), first(NAME, 0), ChipDates.normalise(first(BIRTH, 0)), first(SEX, 0),
                first(NATIONALITY, 0), first(ETHNICITY, 0), first(RELIGION, 0), first(ORIGIN, 0),
                first(RESIDENCE, 0), first(MARKS, 0), ChipDates.normalise(first(ISSUE, 0)),
                ChipDates.normalise(first(EXPIRY, 0)), first(OLD_ID, 0), first(PARENTS, 0), first(PARENTS, 1));
    }

    /** Fields with ids this kiosk does not interpret, kept as read so nothing the chip says is dropped. */
    public Map<Integer, List<String>> unknown() {
        java.util.TreeMap<Integer, List<String>> out = new java.util.TreeMap<>(values);
        KNOWN.forEach(out::remove);
        return out;
    }

    private String first(int id, int index) {
        List<String> v = values.get(id);
        if (v == null || v.size() <= index) {
            return null;
        }
        String s = v.get(index).strip();
        return s.isEmpty() ? null : s;
    }
}
