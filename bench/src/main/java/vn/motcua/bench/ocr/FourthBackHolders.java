package vn.motcua.bench.ocr;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.kiosk.idcard.CardValidity;
import vn.motcua.kiosk.ocr.CardPerson;

/**
 * Generator D's people: what a 2024 back of D's prints (residence, place of birth registration, dates, MRZ),
 * drawn from the reader's unit lists unless a switch says otherwise. {@link FourthBacks} draws them.
 */
final class FourthBackHolders {
    /**
     * {@code -Docr.dUnlistedNames=true}: each commune named as a hamlet is ("Xã Trung Hậu"), mostly a name the
     * reader's lists do not hold in that province, so what the reader does with a name it cannot look up shows.
     */
    private static final boolean UNLISTED_NAMES = Boolean.getBoolean("ocr.dUnlistedNames");
    /**
     * {@code -Docr.dBirthForms=true}: the place of birth registration written other ways: a district and its
     * province, a province's name alone ("Phú Yên"), "TP." for "Thành phố", the three old levels on any card, or a
     * province of 1976-2008 ("Huyện Thanh Sơn, Tỉnh Vĩnh Phú").
     */
    private static final boolean BIRTH_FORMS = Boolean.getBoolean("ocr.dBirthForms");
    /**
     * {@code -Docr.dOtherSpellings=true}: addresses with the tone mark of "oa", "oe", "uy" on the last letter ("Thanh
     * Hoá", "Xã Hoà Phước", as schools and some offices write), "Bà Rịa-Vũng Tàu" unspaced, and provinces in older
     * spellings ("Tỉnh Đăk Lăk", "Tỉnh Kontum"): spellings in use that the reader's lists write otherwise.
     */
    private static final boolean OTHER_SPELLINGS = Boolean.getBoolean("ocr.dOtherSpellings");
    /**
     * {@code -Docr.dFormerTypes=true}: the place of birth registration in the units of an earlier day, each with the
     * type it had before it became a ward or a town ("Xã Xuân Đỉnh, Huyện Từ Liêm", "Xã Sài Đồng, Huyện Gia Lâm"):
     * the name is one the lists hold, with another type.
     */
    private static final boolean FORMER_TYPES = Boolean.getBoolean("ocr.dFormerTypes");
    /**
     * {@code -Docr.dTypeForms=true}: places with their units' types written other ways, as registers and older
     * papers write them: dropped after the first part ("Xã An Khánh, Hoài Đức, Hà Nội"), abbreviated ("X.", "P.",
     * "TT.", "H.", "Q.", "TX.", "TP.", "T.") or parts set off by " - ". Not in lower case: the reader gives a type the
     * lists' capital (a degraded photo reads printed capitals small), a choice docs/ocr.md states.
     */
    private static final boolean TYPE_FORMS = Boolean.getBoolean("ocr.dTypeForms");
    /**
     * {@code -Docr.dElderly=true}: holders of every age a centre serves, a third of them 58 to 89 when the card was
     * made, whose card never expires: "Không thời hạn" printed for the expiry, the MRZ's expiry all fillers with the
     * check digit either way ICAO 9303 allows for an empty field ('0' or '<').
     */
    private static final boolean ELDERLY = Boolean.getBoolean("ocr.dElderly");
    /**
     * {@code -Docr.dBornAbroad=true}: a third of the places of birth registration abroad, at a mission of Việt Nam: the
     * country as the Ministry of Foreign Affairs writes it in Vietnamese ("Liên bang Nga", "Cộng hòa Séc"), short
     * ("Lào", "Nhật Bản") or transliterated ("Bun-ga-ri"), or the mission itself.
     */
    private static final boolean BORN_ABROAD = Boolean.getBoolean("ocr.dBornAbroad");
    private static final String[] COUNTRIES = {"Liên bang Nga", "Cộng hòa Liên bang Đức", "Cộng hòa Séc", "Cộng hòa Ba Lan",
        "Cộng hòa Bun-ga-ri", "Hung-ga-ri", "U-crai-na", "Cộng hòa Dân chủ Nhân dân Lào", "Vương quốc Cam-pu-chia",
        "Hợp chúng quốc Hoa Kỳ", "Nhật Bản", "Đại Hàn Dân Quốc", "Cộng hòa Pháp", "Ô-xtrây-li-a", "Ca-na-đa",
        "Vương quốc Anh", "Lào", "Đức", "Nga", "Séc", "Ba Lan", "Hàn Quốc", "Đài Loan (Trung Quốc)", "Ma-lai-xi-a",
        "Thái Lan", "Xinh-ga-po", "Bê-la-rút"};
    /**
     * {@code -Docr.dFlats=true}: a third of the residences opening as a city flat's address does ("Căn hộ 1205, Tòa nhà
     * CT1, Khu đô thị Linh Đàm", "Phòng 305, Nhà A2, Khu tập thể Thành Công", "Chung cư Hà Đô") or with a hamlet of the
     * highlands or the Khmer south ("Bon Bu Prăng", "Plei Ốp", "Phum Sóc Xoài", "Buôn Ea Kmar").
     */
    private static final boolean FLATS = Boolean.getBoolean("ocr.dFlats");
    private static final String[] BUILDINGS = {"CT1", "HH2A", "N04", "B2", "A1", "17T1", "CT3B", "K2"};
    private static final String[] ESTATES = {"Khu đô thị Linh Đàm", "Khu đô thị Văn Quán", "Khu tập thể Thành Công",
        "Khu tập thể Kim Liên", "Chung cư Hà Đô", "Chung cư Phú Mỹ", "Khu dân cư Trung Sơn"};
    private static final String[] VILLAGES = {"Bon Bu Prăng", "Plei Ốp", "Phum Sóc Xoài", "Buôn Ea Kmar", "Bon Đắk Rmăng",
        "Làng Kon Klor", "Sóc Ruộng", "Nóc Ông Hoa"};
    /** What a card that never expires prints for its expiry. */
    static final String NO_EXPIRY = "Không thời hạn";
    private static final Pattern TYPE = Pattern.compile("^(Xã|Phường|Thị trấn|Đặc khu|Huyện|Quận|Thị xã|Thành phố|Tỉnh) ");
    private static final Map<String, String> ABBREVIATED = Map.of("Xã", "X.", "Phường", "P.", "Thị trấn", "TT.",
            "Đặc khu", "Đặc khu", "Huyện", "H.", "Quận", "Q.", "Thị xã", "TX.", "Thành phố", "TP.", "Tỉnh", "T.");
    private static final Map<String, String> OLDER_SPELLINGS = Map.of("Đắk Lắk", "Đăk Lăk", "Bắc Kạn", "Bắc Cạn", "Kon Tum", "Kontum",
            "Thừa Thiên Huế", "Thừa Thiên - Huế", "Đắk Nông", "Đăk Nông");
    /**
     * A glide with its tone mark, then the syllable's last letter, closing the syllable: "oa", "oe", "uy" only
     * ("quý" has none; "Tủa" keeps its mark on the u in either style, "Tuả" is no spelling).
     */
    private static final Pattern GLIDE_TONE = Pattern.compile(
            "(?<![qQ])([oO](?=\\p{M}[aAeE])|[uU](?=\\p{M}[yY]))([\u0300\u0301\u0303\u0309\u0323])([aAeEyY])(?![\\p{L}\\p{M}])");

    /** Provinces of 1976-2008 (the reader's former-provinces.tsv), each with districts it had. */
    private static final String[][] BEFORE_2008 = {{"Hà Tây", "Huyện Chương Mỹ", "Thị xã Hà Đông", "Huyện Ba Vì"},
            {"Hải Hưng", "Huyện Kim Động", "Huyện Cẩm Giàng"}, {"Hà Sơn Bình", "Huyện Kim Bôi", "Huyện Lương Sơn"},
            {"Nghĩa Bình", "Huyện Tư Nghĩa", "Huyện An Nhơn"}, {"Vĩnh Phú", "Huyện Lập Thạch", "Huyện Thanh Sơn"},
            {"Nghệ Tĩnh", "Huyện Hương Sơn", "Huyện Nghi Lộc"}, {"Hà Nam Ninh", "Huyện Hải Hậu", "Huyện Kim Bảng"},
            {"Bình Trị Thiên", "Huyện Lệ Thủy", "Huyện Hải Lăng"}, {"Minh Hải", "Huyện Cái Nước", "Huyện Giá Rai"},
            {"Sông Bé", "Huyện Bến Cát", "Huyện Phước Long"}, {"Cửu Long", "Huyện Trà Ôn", "Huyện Cầu Kè"},
            {"Hà Bắc", "Huyện Yên Phong", "Huyện Lục Nam"}, {"Bắc Thái", "Huyện Đại Từ", "Huyện Chợ Đồn"},
            {"Hoàng Liên Sơn", "Huyện Văn Bàn"}, {"Phú Khánh", "Huyện Ninh Hòa"}, {"Thuận Hải", "Huyện Tuy Phong"},
            {"Quảng Nam - Đà Nẵng", "Huyện Điện Bàn"}, {"Hà Tuyên", "Huyện Yên Sơn"}};
    private static final String[] STREETS = {"Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Quang Trung",
            "Lý Thường Kiệt", "Phan Đình Phùng", "Hùng Vương", "Võ Thị Sáu", "Nguyễn Văn Cừ", "Điện Biên Phủ", "Ngô Quyền"};
    private static final String[] HAMLETS = {"Đông", "Tân Hòa", "Phú Mỹ", "Bình An", "Thượng", "Hạ Vị", "Phước Lộc",
            "Mỹ Thạnh", "Kim Sơn", "Yên Khê", "Trung Hậu", "Long Điền"};
    private static final String[] SURNAMES = {"PHẠM", "HUỲNH", "VŨ", "VÕ", "BÙI", "ĐẶNG", "ĐỖ", "HỒ", "DƯƠNG", "LÝ", "TÔ", "MAI"};
    private static final String[] MIDDLE = {"MINH", "NGỌC", "THANH", "QUỐC", "XUÂN", "HỮU", "KIM", "ĐỨC"};
    private static final String[] GIVEN = {"AN", "BẢO", "CƯỜNG", "DUNG", "GIANG", "HẠNH", "KHOA", "LINH", "NHUNG",
            "PHÚC", "QUÂN", "SƠN", "TÂM", "VY", "YẾN", "HƯNG"};
    private static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final Map<String, String> PROVINCES = new TreeMap<>();
    private static final Map<String, List<String>> DISTRICTS = new TreeMap<>();
    private static final Map<String, List<String>> COMMUNES = new TreeMap<>();

    static {
        for (String[] row : CardHolders.tsv("/vn/motcua/client/identity/provinces.tsv")) {
            boolean city = List.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ").contains(row[1]);
            PROVINCES.put(row[0], (city ? "Thành phố " : "Tỉnh ") + row[1]);
        }
        for (String[] row : CardHolders.tsv("/vn/motcua/kiosk/ocr/admin-units.tsv")) {
            if (PROVINCES.containsKey(row[0])) {
                (row[1].matches("(Xã|Phường|Thị trấn) .*") ? COMMUNES : DISTRICTS)
                        .computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
            }
        }
        DISTRICTS.keySet().retainAll(COMMUNES.keySet());
    }

    /** A holder of D's: what the 2024 back prints. */
    record Holder(String number, String name, LocalDate birth, boolean female, String residence, String placeOfBirth,
                  LocalDate issue, LocalDate expiry) {
        Map<String, String> fields() {
            Map<String, String> f = new LinkedHashMap<>();
            f.put("placeOfResidence", residence);
            f.put("placeOfBirth", placeOfBirth);
            f.put("issueDate", issue.toString());
            f.put("expiryDate", expiry == null ? NO_EXPIRY : expiry.toString());
            f.put("mrz", mrz(this));
            return f;
        }
    }

    static Holder holder(Random r) {
        LocalDate issue = LocalDate.of(2024, 7, 1).plusDays(r.nextInt(880)); // to late 2026
        // 14 to 57 at issue, so the card has an expiry by the 2023 law's milestones
        LocalDate birth = issue.minusYears(14 + r.nextInt(44)).minusDays(r.nextInt(365));
        if (ELDERLY && r.nextInt(3) == 0) {
            birth = issue.minusYears(58 + r.nextInt(32)).minusDays(r.nextInt(365));
        }
        boolean female = r.nextBoolean();
        List<String> codes = new ArrayList<>(DISTRICTS.keySet());
        String born = codes.get(r.nextInt(codes.size()));
        int century = (birth.getYear() / 100 - 19) * 2 + (female ? 1 : 0);
        String number = born + century + String.format("%02d%06d", birth.getYear() % 100, r.nextInt(1_000_000));
        String name = pick(r, SURNAMES) + " " + pick(r, MIDDLE) + (r.nextInt(3) == 0 ? " " + pick(r, MIDDLE) : "")
                + " " + pick(r, GIVEN);
        String residence = street(r) + ", " + units(issue, r, codes);
        if (FLATS && r.nextInt(3) == 0) {
            String flat = switch (r.nextInt(4)) {
                case 0 -> "Căn hộ " + (100 * (1 + r.nextInt(30)) + 1 + r.nextInt(20)) + ", Tòa nhà " + pick(r, BUILDINGS) + ", " + pick(r, ESTATES);
                case 1 -> "Phòng " + (101 + r.nextInt(500)) + ", Nhà " + pick(r, BUILDINGS) + ", " + pick(r, ESTATES);
                case 2 -> "Tầng " + (2 + r.nextInt(30)) + ", Tòa " + pick(r, BUILDINGS) + ", " + pick(r, ESTATES);
                default -> pick(r, VILLAGES);
            };
            residence = flat + ", " + units(issue, r, codes);
        }
        // the birth registration is where it was made, in the units of the day the card was made (or only a province)
        String placeOfBirth = r.nextInt(4) == 0 ? lastPart(units(issue, r, codes)) : units(issue, r, codes);
        if (BIRTH_FORMS) {
            String old = oldUnits(r, codes);
            placeOfBirth = switch (r.nextInt(5)) {
                case 0 -> old.substring(old.indexOf(", ") + 2);
                case 1 -> lastPart(old).replaceFirst("^(Tỉnh|Thành phố) ", "");
                case 2 -> old.replace("Thành phố ", "TP. ");
                case 3 -> old;
                default -> {
                    String[] was = pick(r, BEFORE_2008);
                    yield was[1 + r.nextInt(was.length - 1)] + ", Tỉnh " + was[0];
                }
            };
        }
        if (FORMER_TYPES) {
            String old = oldUnits(r, codes);
            for (int i = 0; i < 20 && !old.matches("(Phường|Thị trấn) \\D.*"); i++) { // a ward or a township, mostly
                old = oldUnits(r, codes);
            }
            placeOfBirth = formerTypes(old);
        }
        if (BORN_ABROAD && r.nextInt(3) == 0) {
            String country = pick(r, COUNTRIES);
            placeOfBirth = r.nextInt(4) == 0 ? "Đại sứ quán Việt Nam tại " + country : country;
        }
        if (TYPE_FORMS) {
            residence = typeForms(residence, r);
            placeOfBirth = typeForms(placeOfBirth, r);
        }
        if (OTHER_SPELLINGS) {
            residence = otherSpellings(residence);
            placeOfBirth = otherSpellings(placeOfBirth);
        }
        return new Holder(number, name, birth, female, residence, placeOfBirth, issue,
                CardValidity.expiry(birth, issue).orElse(null));
    }

    /** The street part of an address: a house and street, a group, a hamlet, or both a group and a hamlet. */
    static String street(Random r) {
        String one = switch (r.nextInt(9)) {
            case 0 -> "Số " + (1 + r.nextInt(250)) + " đường " + pick(r, STREETS);
            case 1 -> (1 + r.nextInt(200)) + "/" + (1 + r.nextInt(40)) + " " + pick(r, STREETS);
            case 2 -> "Tổ " + (1 + r.nextInt(30));
            case 3 -> "Tổ dân phố " + (1 + r.nextInt(15));
            case 4 -> "Thôn " + pick(r, HAMLETS);
            case 5 -> "Ấp " + pick(r, HAMLETS);
            case 6 -> "Khu phố " + (1 + r.nextInt(12));
            case 7 -> "Xóm " + (1 + r.nextInt(9));
            default -> "Ngõ " + (2 + r.nextInt(300)) + " " + pick(r, STREETS);
        };
        return r.nextInt(5) == 0 && !one.startsWith("Thôn") ? one + ", Thôn " + pick(r, HAMLETS) : one;
    }

    /** Commune, district, province before the merger; commune, province (as written that day) from it. */
    private static String units(LocalDate issue, Random r, List<String> codes) {
        if (!issue.isBefore(MERGER)) {
            List<String> units = new ArrayList<>(CardPerson.newUnit(issue, r));
            units.set(0, unlisted(units.get(0), r));
            return String.join(", ", units);
        }
        return oldUnits(r, codes);
    }

    private static String oldUnits(Random r, List<String> codes) {
        String code = codes.get(r.nextInt(codes.size()));
        String commune = unlisted(pick(r, COMMUNES.get(code)), r);
        // the list does not say which district a commune is in: at least its kind fits (a ward in a town or
        // an urban district, a township in a rural one)
        String kinds = commune.startsWith("Phường") ? "(Quận|Thị xã|Thành phố) .*"
                : commune.startsWith("Thị trấn") ? "Huyện .*" : "(Huyện|Thị xã|Thành phố) .*";
        List<String> districts = DISTRICTS.get(code).stream().filter(d -> d.matches(kinds)).toList();
        return commune + ", " + pick(r, districts.isEmpty() ? DISTRICTS.get(code) : districts) + ", " + PROVINCES.get(code);
    }

    /** A commune, district, province with the commune and the district as they were typed before (named ones only). */
    static String formerTypes(String units) {
        String[] parts = units.split(", ");
        parts[0] = parts[0].replaceFirst("^(Phường|Thị trấn) (?=\\D)", "Xã ");
        parts[1] = parts[1].replaceFirst("^(Quận|Thị xã|Thành phố) (?=\\D)", "Huyện ");
        return String.join(", ", parts);
    }

    private static String unlisted(String commune, Random r) {
        return UNLISTED_NAMES ? commune.replaceFirst("^(Xã|Phường|Thị trấn|Đặc khu) .*", "$1 ") + pick(r, HAMLETS) : commune;
    }

    /** The units of an address (the parts after its street ones) with their types written one other way. */
    static String typeForms(String address, Random r) {
        return typeForms(address, 1 + r.nextInt(4));
    }

    /** Form 1: types dropped after the first unit; 2: abbreviated; 3: units set off by " - "; else as it was. */
    static String typeForms(String address, int form) {
        String[] parts = address.split(", ");
        StringBuilder out = new StringBuilder();
        boolean unitSeen = false;
        for (String part : parts) {
            Matcher m = TYPE.matcher(part);
            String written = part;
            boolean afterUnit = unitSeen;
            if (m.find()) {
                String name = part.substring(m.end());
                written = switch (form) {
                    case 1 -> unitSeen && !name.matches("\\d+") ? name : part;
                    case 2 -> ABBREVIATED.get(m.group(1)) + " " + name;
                    default -> part;
                };
                unitSeen = true;
            }
            out.append(out.isEmpty() ? "" : form == 3 && afterUnit ? " - " : ", ").append(written);
        }
        return out.toString();
    }

    /** The address with its marks placed the school's way and its province in an older spelling, if it has one. */
    static String otherSpellings(String address) {
        String out = schoolMarks(address);
        for (Map.Entry<String, String> e : OLDER_SPELLINGS.entrySet()) {
            out = out.replaceFirst("(?<=^|, |Tỉnh )" + e.getKey() + "$", e.getValue());
        }
        return out;
    }

    /** Each "oa", "oe", "uy" syllable's tone mark moved from its o or u onto its last letter ("Hòa" → "Hoà"). */
    static String schoolMarks(String text) {
        Matcher m = GLIDE_TONE.matcher(Normalizer.normalize(text, Normalizer.Form.NFD));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, m.group(1) + m.group(3) + m.group(2));
        }
        m.appendTail(out);
        return Normalizer.normalize(out, Normalizer.Form.NFC).replace(" - ", "-");
    }

    private static String lastPart(String address) {
        return address.substring(address.lastIndexOf(", ") + 2);
    }

    /** The ICAO 9303 TD1 MRZ of the holder, with its 7-3-1 check digits (computed here, not taken from A's code). */
    static String mrz(Holder h) {
        String document = h.number().substring(3);
        String l1 = "IDVNM" + document + checkDigit(document) + fill(h.number() + checkDigit(h.number()), 15);
        String birth = yymmdd(h.birth());
        // a card that never expires: the field all fillers, its check digit '0' (7-3-1 of fillers) or '<' (ICAO's empty field)
        String expiry = h.expiry() == null ? "<<<<<<" : yymmdd(h.expiry());
        String expiryCheck = h.expiry() == null && h.number().charAt(11) % 2 == 1 ? "<" : String.valueOf(checkDigit(expiry));
        String l2 = birth + checkDigit(birth) + (h.female() ? "F" : "M") + expiry + expiryCheck + "VNM" + "<".repeat(11);
        String composite = l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29);
        l2 += checkDigit(composite);
        String[] words = Normalizer.normalize(h.name().replace('Đ', 'D'), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT).split(" ");
        String l3 = fill(words[0] + "<<" + String.join("<", List.of(words).subList(1, words.length)), 30);
        return l1 + "\n" + l2 + "\n" + l3;
    }

    static int checkDigit(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            sum += (c == '<' ? 0 : c <= '9' ? c - '0' : c - 'A' + 10) * new int[]{7, 3, 1}[i % 3];
        }
        return sum % 10;
    }

    private static String yymmdd(LocalDate d) {
        return String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    private static String fill(String s, int n) {
        return (s + "<".repeat(n)).substring(0, n);
    }

    private FourthBackHolders() {
    }

    private static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
