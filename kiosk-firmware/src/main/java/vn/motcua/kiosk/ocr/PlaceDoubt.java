package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A place read in a shape no printed place has, however sure the page was of its letters: it is shown to the citizen
 * to check, not as read. A wrong place shown as sure is the miss no one is asked to catch; most of them (generator D's
 * tuning sets: 172 of the 189 wrong fields shown as sure were places) are of these shapes:
 * <ul>
 *   <li>it does not end with a province, present or former ("Tổ 8, Thôn Long Điền, Phường Kim Sơn": the province's row
 *   lost; "Khu phố 7" alone);</li>
 *   <li>a province ("Tỉnh …", "Thành phố Hà Nội") stands before its last part (another place's rows taken in: "…, Tỉnh
 *   Bắc Kạn, Thị trấn Đồng Đăng, …, Tỉnh Lạng Sơn");</li>
 *   <li>a unit's type stands with no name ("Xã - Thị xã Hương Trà", "Xã Huyện An Lão", "Phương - Tỉnh An Giang");</li>
 *   <li>a unit's name is in neither list of units, before or after the 2025 merger ("Xã TÈ LỄ", "Huyện Y ng Liêm");
 *   a name of three letters or fewer, or a numbered ward, is not judged (a unit of another province is not doubted:
 *   the lists hold the units of 2020 and 2025, and a place of birth may name one merged away since);</li>
 *   <li>its first part, of a place of several, is a scrap: no type, no street word, no number, two words at most, and
 *   no unit's name ("Lộc, TP. Hà Nội", "Khê, X. Kim Sơn, …": the row's start lost); so is a part after a typed unit
 *   ("Xã Tân, Minh, …": a comma read inside the unit's name);</li>
 *   <li>a part is a number alone ("23, Xã Kim Sơn": the group's word lost), or a numbered group's word is followed by
 *   a street word or by a letter no Roman numeral has ("Tổ dân phố Thôn Trung Hậu", "Tổ H": the number lost or
 *   misread).</li>
 *   <li>its units' levels do not rise from commune to district to province, each once ("Xã Phú Thuận, Thành phố Đà,
 *   Huyện Châu Thành, Tỉnh Bến Tre": the next place's rows taken in);</li>
 *   <li>it holds a sign no place is printed with ("Xã An #4ish": a word read as specks).</li>
 * </ul>
 * A residence is also doubted when no commune stands before its province: nothing but a house, a street, hamlets or
 * a district, or nothing at all ("Xóm 7, Thôn Kim Sơn, Tỉnh Lâm Đồng", "Thành phố Sơn La, Tỉnh Sơn La", "Thành phố Hà
 * Nội"): every residence names the commune it lies in, and the commune's row was lost. A place of birth may be a
 * province alone; it is doubted when its first unit lost the type a later one has ({@link #typeLostAtStart}).
 * <p>A place abroad ({@link Abroad}) has none of these to judge by.
 */
final class PlaceDoubt {
    /** Below any threshold the kiosk runs with. */
    static final double DOUBTED = 0.5;
    private static final String RESIDENCE = "placeOfResidence";
    private static final String TYPE = TypeAbbreviation.ANY_TYPE;
    private static final Pattern TYPED = Pattern.compile("^" + TYPE + "\\s+");
    private static final Pattern TYPE_THEN_TYPE = Pattern.compile("^" + TYPE + "\\s+" + TYPE + "(?:\\s|$)");
    /**
     * A province before the place's last part: "Tỉnh …", or one of the cities that have been centrally run since before
     * any card (not Đà Nẵng nor Cần Thơ, once cities of the provinces Quảng Nam - Đà Nẵng and Cần Thơ, nor Huế).
     */
    static final Pattern PROVINCE_TYPED = Pattern.compile(
            "^(?:(?:Tỉnh|T\\.)\\s+\\S|(?:Thành phố|TP\\.)\\s+(?:Hà Nội|Hồ Chí Minh|Hải Phòng)$)");
    private static final Gazetteer PROVINCES = Gazetteer.provinces();
    /** A unit typed as a city ("Thành phố", "TP."), its name after the type. */
    private static final Pattern CITY = Pattern.compile("^(?:Thành phố|TP\\.)\\s+(.+)$");
    /** A sign no place is printed with: places hold letters, digits, spaces and , . / - ' ( ) alone. */
    private static final Pattern NOT_PRINTED = Pattern.compile("[^\\p{L}\\p{M}\\d\\s,./'()\\-]");
    /** A number with no word ("23, Xã Kim Sơn"): a group's or a hamlet's word lost; a card prints "Tổ 23", "Số 23". */
    private static final Pattern NUMBER_ALONE = Pattern.compile("[\\d/]+\\p{Lu}?");
    /**
     * A numbered group's word followed by a street word ("Tổ dân phố Thôn Trung Hậu": its number lost) or by one letter
     * no Roman numeral has ("Tổ H", "Khu phố H": 11 read as a letter).
     */
    private static final Pattern GROUP_WITHOUT_NUMBER = Pattern.compile(
            "^(?:Tổ dân phố|Tổ|Khu phố)\\s+(?:(?:Thôn|Xóm|Ấp|Tổ|Số|Ngõ|Khu)(?:\\s|$)|[A-HJ-UWYZ]$)");
    /** The types without marks: a type alone read with its marks lost or others ("Phương - Tỉnh An Giang"). */
    private static final java.util.Set<String> TYPES_FOLDED = TypeAbbreviation.SPELLED.stream()
            .map(t -> Fold.fold(t).toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toSet());

    private PlaceDoubt() {
    }

    /** The reading with each of these places that is doubtful shown to be checked. */
    static IdCardReading flagged(IdCardReading reading, List<String> places, double threshold) {
        IdCardReading out = reading;
        for (String field : places) {
            String value = out.fields().get(field);
            boolean doubted = doubtful(value) || (RESIDENCE.equals(field) ? withoutCommune(value) : typeLostAtStart(value));
            if (doubted && out.confidence().getOrDefault(field, 0.0) > DOUBTED) {
                out = out.with(field, value, DOUBTED, threshold);
            }
        }
        return out;
    }

    static boolean doubtful(String place) {
        if (place == null || place.isBlank() || Abroad.names(place)) {
            return false;
        }
        List<String> parts = parts(place);
        int last = parts.size() - 1;
        if (!endsWithProvince(place) || NOT_PRINTED.matcher(place).find() || !levelsRise(parts)) {
            return true;
        }
        for (int i = 0; i < parts.size(); i++) {
            String part = parts.get(i);
            if (typeAlone(part) || TYPE_THEN_TYPE.matcher(part).find()) {
                return true;
            }
            if (i < last && PROVINCE_TYPED.matcher(part).find() && !namesProvinceWithNext(parts, i)) {
                return true;
            }
            if (i < last && unlisted(part) || NUMBER_ALONE.matcher(part).matches() || GROUP_WITHOUT_NUMBER.matcher(part).find()) {
                return true;
            }
            if (i > 0 && i < last && TYPED.matcher(parts.get(i - 1)).find() && scrap(part)) {
                return true; // "Xã Tân, Minh": a unit's name cut by a comma read in it
            }
        }
        return parts.size() > 1 && scrap(parts.get(0));
    }

    /**
     * Whether no commune stands before a place's last part: nothing but street parts (a house, a street, hamlets,
     * groups) and units typed as districts ("Số 151 đường Trần Hưng Đạo, Thành phố Sơn La, Tỉnh Sơn La", "Huyện Lệ
     * Thủy, Tỉnh Bình Trị Thiên": the commune's row lost, or another place read as the residence).
     */
    static boolean withoutCommune(String place) {
        if (place == null || place.isBlank() || Abroad.names(place)) {
            return false;
        }
        List<String> parts = parts(place);
        return parts.subList(0, parts.size() - 1).stream().noneMatch(PlaceDoubt::namesCommune);
    }

    /** Whether a part is typed as a commune, or is a name with no type and no street word (a commune printed so). */
    private static boolean namesCommune(String part) {
        int level = level(TypeAbbreviation.spelledOut(part), false);
        return level == 1 || level == 0 && !StreetInBirthPlace.STREET.matcher(part).find();
    }

    /**
     * Whether a place of birth or origin's first unit has no type though a later one has ("Ba Vì, Tỉnh Hà Tây",
     * "Phước Long, T. Sông Bé"): a card types a place's units from the first or not at all (a type may be left off
     * after the first, not before it), so the first one's type was lost, and whether it named a commune or a district
     * is not known.
     */
    static boolean typeLostAtStart(String place) {
        if (place == null || place.isBlank() || Abroad.names(place)) {
            return false;
        }
        List<String> parts = parts(place);
        return parts.size() > 1 && !TYPED.matcher(parts.get(0)).find() && !StreetInBirthPlace.STREET.matcher(parts.get(0)).find()
                && parts.stream().skip(1).anyMatch(p -> TYPED.matcher(p).find());
    }

    /**
     * The parts between commas, and between dashes where a dash sets a typed unit apart ("Xã A - Huyện B"), as
     * {@link AddressSpelling} looks them up; not a name's own ("Thành phố Phan Rang-Tháp Chàm", "Tỉnh Bà Rịa - Vũng Tàu").
     */
    private static List<String> parts(String place) {
        List<String> parts = new ArrayList<>();
        for (String part : AddressSpelling.UNIT_SEPARATOR.split(place.replaceAll("\\s*,\\s*", ", "))) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    /**
     * Whether the typed units' levels rise part by part, each level once: a commune (Xã, Phường, Thị trấn, Đặc khu),
     * then a district (Huyện, Quận, Thị xã, a Thành phố before the last part), then the province (Tỉnh, a Thành phố
     * last). Parts without a type are not judged.
     */
    private static boolean levelsRise(List<String> parts) {
        int reached = 0;
        for (int i = 0; i < parts.size(); i++) {
            int level = level(TypeAbbreviation.spelledOut(parts.get(i)), i == parts.size() - 1);
            if (level > 0 && level <= reached) {
                return false;
            }
            reached = Math.max(reached, level);
        }
        return true;
    }

    /** 1 a commune's type, 2 a district's, 3 a province's, 0 none. */
    static int level(String part, boolean last) {
        var typed = TYPED.matcher(part);
        if (!typed.find()) {
            return 0;
        }
        return switch (typed.group().strip()) {
            case "Xã", "Phường", "Thị trấn", "Đặc khu" -> 1;
            case "Huyện", "Quận", "Thị xã" -> 2;
            case "Thành phố" -> last ? 3 : 2;
            case "Tỉnh" -> 3;
            default -> 0;
        };
    }

    /** Whether a part is a unit's type alone, however its marks were read ("Phương"). */
    private static boolean typeAlone(String part) {
        return TypeAbbreviation.isTypeAlone(part) || TYPES_FOLDED.contains(Fold.fold(part).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the place's last part, or its last two set apart by a dash ("Bà Rịa - Vũng Tàu"), names a province; a
     * province's city ("Xã Thường Lạc, TP. Sa Đéc", "…, Thành phố Thái Bình": the province's row lost after it) names
     * none ({@link #provincesCity}).
     */
    private static boolean endsWithProvince(String place) {
        String last = place.substring(place.lastIndexOf(',') + 1).strip();
        String[] dashed = last.split("\\s*-\\s*");
        for (int k = 1; k <= Math.min(2, dashed.length); k++) {
            String tail = String.join(" - ", Arrays.copyOfRange(dashed, dashed.length - k, dashed.length));
            if (PROVINCES.namesProvince(tail) && !provincesCity(tail)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a part is a city typed as one that no province is ("TP. Sa Đéc", "Thành phố Thái Bình"): a city of a
     * province, or a province's name typed as the centrally-run cities are (Hà Nội, Huế, Đà Nẵng…, Đồng Nai from
     * 2026; provinces-2025.tsv).
     */
    private static boolean provincesCity(String part) {
        var city = CITY.matcher(part);
        return city.matches() && !Gazetteer.isCity(city.group(1));
    }

    /** "Tỉnh Bà Rịa" before "Vũng Tàu": one province's name set apart by its own dash. */
    private static boolean namesProvinceWithNext(List<String> parts, int i) {
        return i + 1 == parts.size() - 1 && PROVINCES.namesProvince(parts.get(i) + " - " + parts.get(i + 1));
    }

    /** A commune's or district's type with a name of four letters or more that neither list holds. */
    private static boolean unlisted(String part) {
        String spelled = TypeAbbreviation.spelledOut(part);
        var typed = TYPED.matcher(spelled);
        if (!typed.find() || spelled.startsWith("Tỉnh ") || PROVINCES.namesProvince(spelled)) {
            return false;
        }
        String name = spelled.substring(typed.end());
        String key = AdminUnits.key(name);
        return key.length() >= 4 && !key.matches(".*\\d.*") && !AdminUnits.namesAUnitWithoutType(name);
    }

    private static boolean scrap(String part) {
        String[] words = part.strip().split("\\s+");
        return words.length <= 2 && !TYPED.matcher(part).find() && !AddressEnds.startsAsAddress(part)
                && !part.matches(".*\\d.*") && !AdminUnits.namesAUnitWithoutTypeAnyLength(part);
    }
}
