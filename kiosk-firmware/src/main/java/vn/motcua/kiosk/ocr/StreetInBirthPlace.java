package vn.motcua.kiosk.ocr;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A place of birth or of origin read with a street part in front ("Ngõ 158 Nguyễn Trãi, Thôn Hạ Vị, Xã Mường Phăng -
 * Tỉnh Điện Biên"): the residence's rows taken in, for neither is printed with a house, a street or a hamlet. A birth
 * is registered by a commune's People's Committee, and the card prints where (its commune, district and province, or
 * fewer); a place of origin is named by its units alone.
 * <ul>
 *   <li>read as the residence was, whole: the same rows read for both, the field's own rows lost; it is left empty for
 *   the citizen to fill, never shown with the residence in it;</li>
 *   <li>else the street parts are cut, the units from the first typed one on kept, and shown to check (where the
 *   residence's rows stop and the field's begin is a guess);</li>
 *   <li>with no typed unit after the street parts, it is left as read ({@link PlaceDoubt} judges it).</li>
 * </ul>
 */
final class StreetInBirthPlace {
    private static final List<String> FIELDS = List.of("placeOfBirth", "placeOfOrigin");
    /** A house number, or a word a hamlet, a residential group or a street is printed with. */
    static final Pattern STREET = Pattern.compile("^(?:\\d|(?:" + String.join("|", AddressSpelling.START_WORDS.values()) + ")\\s)");
    /** The start of a typed unit's part, after a comma or a dash. */
    private static final Pattern UNIT_PART = Pattern.compile("(?:,|\\s-)\\s*(?=" + TypeAbbreviation.ANY_TYPE + "\\s)");

    private StreetInBirthPlace() {
    }

    static IdCardReading mended(IdCardReading reading, double threshold) {
        IdCardReading out = reading;
        for (String field : FIELDS) {
            String value = out.fields().get(field);
            if (value == null || !STREET.matcher(value).find() || Abroad.names(value)) {
                continue;
            }
            if (value.equals(out.fields().get("placeOfResidence"))) {
                out = out.with(field, null, 0.0, threshold);
                continue;
            }
            var unit = UNIT_PART.matcher(value);
            if (unit.find()) {
                double confidence = Math.min(out.confidence().getOrDefault(field, 0.0), PlaceDoubt.DOUBTED);
                out = out.with(field, value.substring(unit.end()), confidence, threshold);
            }
        }
        return out;
    }
}
