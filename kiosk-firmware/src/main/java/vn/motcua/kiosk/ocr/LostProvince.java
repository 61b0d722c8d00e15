package vn.motcua.kiosk.ocr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.kiosk.idcard.ProvincesAfter2025;

/**
 * An address whose last row, its province, was lost. A card prints every address down to its province
 * (commune, district, province before the 2025 merger), so one read that ends at a district ("Xã Xuân Sơn,
 * Huyện Diên Khánh") lost its last row: it is put back when the district, and the commune when the list
 * knows it, lie in one province only (the statistics office's list of units before the merger,
 * {@link AdminUnits#before2025()}). So is a province whose row was read as marks no name has. A district the list
 * does not know as read, or one of several provinces, is left as read; so is a province with two names a card may
 * print (Thừa Thiên Huế, Huế).
 */
final class LostProvince {
    private static final Pattern DISTRICT = Pattern.compile("(Quận|Huyện|Thị xã|Thành phố) \\S.*");
    private static final Pattern COMMUNE = Pattern.compile("(Xã|Phường|Thị trấn) \\S.*");
    private static final Pattern PROVINCE_TYPE = Pattern.compile("(Tỉnh|Thành phố) ");

    private LostProvince() {
    }

    static String restore(String address) {
        // the province's row read as marks ("10 &†>2@2 1=5": glare, a pattern over it), perhaps with a speck among
        // them read as a comma ("3†3, 4£3 8"): lost as much as a row not read at all, and put back the same way; when
        // the district does not tell it, the marks stay as read
        String[] parts = address.split(", ");
        int kept = parts.length;
        long marks = 0;
        while (kept > 1 && marks(parts[kept - 1]) > 0 && !AddressSpelling.endsWithProvince(parts[kept - 1])) {
            marks += marks(parts[kept - 1]);
            kept--;
        }
        if (kept < parts.length && marks >= 2) {
            String without = String.join(", ", java.util.Arrays.copyOf(parts, kept));
            String restored = restoreCut(without);
            // a type read whole is kept to: a "Tỉnh" whose units name a city is no city misread
            java.util.regex.Matcher typeRead = PROVINCE_TYPE.matcher(parts[kept]);
            boolean typeHolds = !typeRead.lookingAt() || restored.startsWith(typeRead.group(), restored.lastIndexOf(", ") + 2);
            return restored.equals(without) || !typeHolds ? address : restored;
        }
        return restoreCut(address);
    }

    /**
     * Whether a part holds two marks or more that no printed name has (not a letter of Vietnamese, a digit, a space, nor
     * the stop, hyphen, apostrophe or brackets a name may print: "Ea H'Leo", "Phường 1 (cũ)") and still names no
     * province. One such mark is a speck over a name read right ("H. An Lão’"), which the spelling puts right.
     */
    static boolean markedAsNoName(String part) {
        return marks(part) >= 2 && !AddressSpelling.endsWithProvince(part);
    }

    private static long marks(String part) {
        return part.codePoints().filter(c -> !isOfAName(c)).count();
    }

    private static boolean isOfAName(int c) {
        return Character.isDigit(c) || " .-'()/".indexOf(c) >= 0
                || c <= 0xFFFF && Character.isLetter(c) && Fold.base((char) c) >= 'a' && Fold.base((char) c) <= 'z';
    }

    private static String restoreCut(String address) {
        String[] parts = address.split(", ");
        String last = parts[parts.length - 1];
        if (parts.length < 2 || !DISTRICT.matcher(last).matches() || AddressSpelling.endsWithProvince(last)) {
            return address;
        }
        AdminUnits list = AdminUnits.before2025();
        Set<String> provinces = new HashSet<>(list.provincesWith(last));
        String before = parts[parts.length - 2];
        if (COMMUNE.matcher(before).matches()) {
            Set<String> ofCommune = list.provincesWith(before);
            if (!ofCommune.isEmpty()) {
                provinces.retainAll(ofCommune);
            }
        }
        if (provinces.size() != 1) {
            return address;
        }
        List<String> names = Gazetteer.provinces().namesOf(provinces.iterator().next());
        if (names.size() != 1) {
            return address;
        }
        String name = names.get(0);
        boolean city = ProvincesAfter2025.builtIn().named(name).map(u -> u.kind().equals("Thành phố")).orElse(false);
        return address + ", " + (city ? "Thành phố " : "Tỉnh ") + name;
    }
}
