package vn.motcua.kiosk.ocr;

import java.util.Map;
import vn.motcua.kiosk.idcard.ProvincesAfter2025;

/**
 * Puts an address read by OCR into the spelling of the official lists: the province from provinces.tsv,
 * then the districts and communes of that province from admin-units.tsv (three levels, before the 2025
 * merger) or communes-2025.tsv (two levels, after it), and the word a street part
 * starts with (Số, Thôn, Ấp…) from the closed set of such words. The house number and the hamlet's own
 * name have no list, so they stay as read.
 */
final class AddressSpelling {
    /** The words an address's first part starts with, by their letters without marks. */
    private static final Map<String, String> START_WORDS = Map.ofEntries(Map.entry("so", "Số"),
            Map.entry("thon", "Thôn"), Map.entry("xom", "Xóm"), Map.entry("to", "Tổ"), Map.entry("ap", "Ấp"),
            Map.entry("khu", "Khu"), Map.entry("ngo", "Ngõ"), Map.entry("kiet", "Kiệt"), Map.entry("hem", "Hẻm"),
            Map.entry("ban", "Bản"), Map.entry("lang", "Làng"), Map.entry("khom", "Khóm"),
            Map.entry("buon", "Buôn"), Map.entry("khoi", "Khối"), Map.entry("duong", "Đường"));

    private AddressSpelling() {
    }

    /** A stray number or mark in front of a unit ("40 Xã Hòa Phước"): an edge of the photo, not a house. */
    private static final java.util.regex.Pattern STRAY_BEFORE_UNIT = java.util.regex.Pattern.compile(
            "^(?=\\S*\\d)[^\\s,]{1,3}\\s+(?=(Xã|Phường|Đặc khu|Thị trấn|Quận|Huyện|Thị xã|Thành phố|Tỉnh)\\s)");

    static String correct(String address) {
        address = StreetStart.residentialGroup(address); // "Tế dán phố 3" would pass for a label's remnant too
        // the street word first: with its capital lost ("hôn 2") the first part would pass for a label's remnant;
        // only before a number or a name, so that a remnant whose first word is one ("to …") is still cut
        int comma = address.indexOf(", ");
        String first = comma < 0 ? "" : address.substring(0, comma);
        if (first.indexOf(' ') > 0 && first.substring(first.indexOf(' ') + 1).matches("[\\d+\\p{Lu}].*")) {
            address = startWord(first) + address.substring(comma);
        }
        address = thiType(address);
        address = AddressEnds.trim(address);
        address = STRAY_BEFORE_UNIT.matcher(address).replaceFirst("");
        address = LostProvince.restore(address);
        String withProvince = Gazetteer.provinces().correctLastPart(address);
        String[] parts = withProvince.split(", ");
        // three levels (commune, district, province) are of a card issued before the 2025 merger: the old list;
        // two levels are of the new kind, whose communes are in the new list only, and only when the province is
        // one of the 34 present ones. Never the other list: Phường Thuận Hóa (new) is not the old Phường Thuận Hòa
        boolean hasDistrict = Gazetteer.hasDistrict(parts);
        AdminUnits list = hasDistrict ? AdminUnits.before2025() : AdminUnits.after2025();
        String province = hasDistrict ? Gazetteer.provinces().codeOf(withProvince).orElse(null)
                : Gazetteer.provinces().presentProvinceOf(withProvince).map(ProvincesAfter2025.Unit::name).orElse(null);
        for (int i = 0; (hasDistrict || province != null) && i < parts.length - 1; i++) {
            String read = parts[i];
            // an abbreviated type ("X. Nghĩa Thành") is looked up spelled out and stays as printed
            String lookup = TypeAbbreviation.spelledOut(read);
            parts[i] = list.correct(lookup, province).or(() -> list.typeMisread(lookup, province))
                    .map(name -> TypeAbbreviation.asPrinted(read, name)).orElse(read);
        }
        parts[0] = startWord(parts[0]);
        return String.join(", ", parts);
    }

    /** A word before "trấn" or "xã" and a name: a unit's type, Thị trấn or Thị xã. */
    private static final java.util.regex.Pattern BEFORE_TRAN_OR_XA = java.util.regex.Pattern.compile(
            "(?<=^|, )[^\\s,]{2,4}(?= (trấn|xã) \\p{Lu})");

    /**
     * "Thị" with a letter misread ("Phị trấn Nhà Bè"): no unit's type ends in "trấn" or "xã" but Thị trấn and Thị xã,
     * and an unknown first word would make the part pass for a label's remnant.
     */
    private static String thiType(String address) {
        return BEFORE_TRAN_OR_XA.matcher(address).replaceAll(m -> Edits.distance(Fold.fold(m.group()), "thi") <= 1 ? "Thị" : m.group());
    }

    /** Whether a row of an address ends with a province, as the last row of every address does. */
    static boolean endsWithProvince(String row) {
        if (Gazetteer.provinces().namesProvince(Gazetteer.provinces().correctLastPart(row))) {
            return true;
        }
        // the last part set off by a dash ("Xã Duy Phiên - Tỉnh Vĩnh Phúc", "Phường Bình An-Tỉnh Thanh Hoá") or after a
        // label's colon ("…SINH: Tỉnh Long An") rather than a comma; a province's own hyphen ("Bà Rịa - Vũng Tàu") is
        // the comma's case above
        java.util.regex.Matcher last = LAST_AFTER_DASH_OR_COLON.matcher(row);
        return last.find() && Gazetteer.provinces().namesProvince(Gazetteer.provinces().correctLastPart(last.group(1)));
    }

    /**
     * A part after a spaced dash, a colon or a hyphen set tight before a province's type ("Huyện Thanh Liêm-Tỉnh Hà
     * Nam"), to the row's end, with no comma, dash or colon in it.
     */
    private static final java.util.regex.Pattern LAST_AFTER_DASH_OR_COLON = java.util.regex.Pattern.compile(
            "(?: - |: |(?<=\\p{L})-(?=(?:Tỉnh|Thành phố|TP\\.?|T\\.) ))((?:(?! - )[^,:-])+?)\\s*$");

    private static String startWord(String part) {
        int space = part.indexOf(' ');
        if (space <= 0) {
            return part;
        }
        String word = part.substring(0, space);
        // "$ố 208": no address word begins with "$"; it is an S the OCR confused, as it often does
        String canonical = START_WORDS.get(Fold.fold(word.replaceFirst("^\\$", "s")));
        String rest = part.substring(space + 1);
        // a street word is followed by its number or its name ("hôn 2", "Lhôn Đông"), a label's remnant is not
        if (canonical == null && rest.matches("[\\d+\\p{Lu}].*")) {
            canonical = StreetStart.firstLetterOff(word, START_WORDS);
        }
        return canonical == null ? part : canonical + " " + StreetStart.number(rest);
    }
}
