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
 * {@link AdminUnits#before2025()}). A district the list does not know as read, or one of several provinces, is
 * left as read; so is a province with two names a card may print (Thừa Thiên Huế, Huế).
 */
final class LostProvince {
    private static final Pattern DISTRICT = Pattern.compile("(Quận|Huyện|Thị xã|Thành phố) \\S.*");
    private static final Pattern COMMUNE = Pattern.compile("(Xã|Phường|Thị trấn) \\S.*");

    private LostProvince() {
    }

    static String restore(String address) {
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
