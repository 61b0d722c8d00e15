package vn.motcua.kiosk.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Places drawn from the units' own lists, printed in rows as a card's printer wraps them and read back through the
 * place stage ({@link CardTextParser}) as if OCR had read every letter right: what comes out changed is a rule that
 * mends misreadings harming a right reading. Shared by {@code PlacesReadWholeTest} and the bench's {@code places}
 * part, which counts the changes over many more places.
 */
public final class ListedPlaces {
    /** How a place is written: the kinds a 2024 back's place of birth and residence take. */
    public enum Kind {
        THREE_LEVELS("three levels (before the 2025 merger)"), TWO_LEVELS_BEFORE("district and province"),
        TWO_LEVELS_AFTER("commune and province (from the merger)"), ABBREVIATED("three levels, types abbreviated"),
        WITH_STREET("a street part, then three levels"), FORMER_PROVINCE("a province of 1976-2008"),
        BESIDE_LABEL("the first row beside its label"), STOPS_FOR_COMMAS("a street part, commas read as full stops"),
        PROVINCE_AS_WRITTEN("the province without its type or in another spelling in use"),
        FORMER_TYPES("a ward or township and a town or city with the types they had before (\"Xã Xuân Đỉnh, Huyện Từ Liêm\")"),
        FLATS("a flat's parts or a highland or Khmer hamlet, then three levels (\"Căn hộ 1205, Tòa nhà CT1, …\", \"Bon Bu Prăng, …\")"),
        ABROAD("a birth registered abroad: the country or the mission (\"Liên bang Nga\", \"Đại sứ quán Việt Nam tại Lào\")"),
        BEFORE_1976("a province before 1976 (\"Tỉnh Gia Định\", \"Tỉnh Hà Đông\")"),
        HYPHEN_SPACED_OTHERWISE("a unit's hyphen spaced otherwise than the list (\"Thành phố Phan Rang - Tháp Chàm\", \"Phường Cam Ly-Đà Lạt\")");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private static final Map<String, String> PROVINCES = new TreeMap<>();
    private static final Map<String, List<String>> COMMUNES = new TreeMap<>();
    private static final Map<String, List<String>> DISTRICTS = new TreeMap<>();
    /** Provinces of 1976-2008 (former-provinces.tsv) with one province each became. */
    private static final String[][] FORMER = {{"Nghệ Tĩnh", "Hà Tĩnh"}, {"Hà Nam Ninh", "Ninh Bình"}, {"Cao Lạng", "Lạng Sơn"},
        {"Gia Lai - Kon Tum", "Kon Tum"}, {"Hà Sơn Bình", "Hòa Bình"}, {"Bình Trị Thiên", "Quảng Trị"}, {"Hoàng Liên Sơn", "Yên Bái"},
        {"Quảng Nam - Đà Nẵng", "Quảng Nam"}, {"Hải Hưng", "Hưng Yên"}, {"Vĩnh Phú", "Phú Thọ"}, {"Minh Hải", "Bạc Liêu"}};
    /** Provinces before 1976 (former-provinces.tsv) with one province of 1976-2025 each became part of. */
    private static final String[][] BEFORE_1976 = {{"Gia Định", "Hồ Chí Minh"}, {"Biên Hòa", "Đồng Nai"}, {"Long Khánh", "Đồng Nai"},
        {"Định Tường", "Tiền Giang"}, {"Gò Công", "Tiền Giang"}, {"Kiến Hòa", "Bến Tre"}, {"Kiến Phong", "Đồng Tháp"},
        {"Sa Đéc", "Đồng Tháp"}, {"Kiến Tường", "Long An"}, {"Hậu Nghĩa", "Long An"}, {"Vĩnh Bình", "Trà Vinh"},
        {"Phong Dinh", "Cần Thơ"}, {"Chương Thiện", "Hậu Giang"}, {"Ba Xuyên", "Sóc Trăng"}, {"An Xuyên", "Cà Mau"},
        {"Châu Đốc", "An Giang"}, {"Tuyên Đức", "Lâm Đồng"}, {"Quảng Đức", "Đắk Nông"}, {"Darlac", "Đắk Lắk"},
        {"Pleiku", "Gia Lai"}, {"Phú Bổn", "Gia Lai"}, {"Quảng Tín", "Quảng Nam"}, {"Bình Tuy", "Bình Thuận"},
        {"Bình Long", "Bình Phước"}, {"Phước Long", "Bình Phước"}, {"Hà Đông", "Hà Nội"}, {"Sơn Tây", "Hà Nội"},
        {"Kiến An", "Hải Phòng"}, {"Hồng Quảng", "Quảng Ninh"}, {"Hải Ninh", "Quảng Ninh"}, {"Vĩnh Yên", "Vĩnh Phúc"},
        {"Phúc Yên", "Vĩnh Phúc"}, {"Nghĩa Lộ", "Yên Bái"}};
    /** Other spellings of provinces in use (province-variants.tsv), by the list's name. */
    private static final Map<String, List<String>> VARIANTS = new TreeMap<>();
    private static final String[] STREETS = {"Số 12 đường Lê Lợi", "Tổ 7", "Tổ dân phố 3", "Thôn Đông", "Ấp Phú Mỹ",
        "Khu phố 5", "Xóm 4", "Ngõ 24 Nguyễn Trãi", "25/7 Hùng Vương", "Thôn Trung Hậu"};
    private static final String LABEL = "Nơi đăng ký khai sinh / Place of birth: ";
    private static final String[] FLATS = {"Căn hộ 1205, Tòa nhà CT1, Khu đô thị Linh Đàm", "Phòng 305, Nhà A2, Khu tập thể Thành Công",
        "Tầng 12, Tòa HH2A", "Chung cư Hà Đô", "Lô B2-05, Khu công nghiệp Tân Bình", "Căn hộ 17T1-0908", "Bon Bu Prăng",
        "Plei Ốp", "Phum Sóc Xoài", "Buôn Ea Kmar", "Sóc Ruộng", "Nóc Ông Hoa", "Tiểu khu 3", "Khu vực 2", "Cụm 5"};
    private static final String[] ABROAD = {"Liên bang Nga", "Cộng hòa Liên bang Đức", "Cộng hòa Séc", "Cộng hòa Ba Lan",
        "Cộng hòa Bun-ga-ri", "Hung-ga-ri", "U-crai-na", "Cộng hòa Dân chủ Nhân dân Lào", "Vương quốc Cam-pu-chia",
        "Hợp chúng quốc Hoa Kỳ", "Nhật Bản", "Đại Hàn Dân Quốc", "Ô-xtrây-li-a", "Vương quốc Anh", "Lào", "Đức", "Ba Lan",
        "Đài Loan (Trung Quốc)", "Đại sứ quán Việt Nam tại Liên bang Nga", "Đại sứ quán Việt Nam tại Lào",
        "Tổng Lãnh sự quán Việt Nam tại Xít-ni"};

    static {
        for (String[] p : tsv("/vn/motcua/client/identity/provinces.tsv")) {
            boolean city = List.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ").contains(p[1]);
            PROVINCES.put(p[0], (city ? "Thành phố " : "Tỉnh ") + p[1]);
        }
        for (String[] u : tsv("/vn/motcua/kiosk/ocr/admin-units.tsv")) {
            if (PROVINCES.containsKey(u[0])) {
                (u[1].matches("(Xã|Phường|Thị [tT]rấn) .*") ? COMMUNES : DISTRICTS).computeIfAbsent(u[0], k -> new ArrayList<>()).add(u[1]);
            }
        }
        DISTRICTS.keySet().retainAll(COMMUNES.keySet());
        for (String[] v : tsv("/vn/motcua/kiosk/ocr/province-variants.tsv")) {
            VARIANTS.computeIfAbsent(v[1], k -> new ArrayList<>()).add(v[0]);
        }
    }

    private ListedPlaces() {
    }

    /**
     * The places of {@code n} drawn from {@code seed} that do not come out as printed, each as "width: printed → read"
     * (width 0: one row).
     */
    public static List<String> changed(Kind kind, long seed, int n) {
        Random r = new Random(seed);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String place = place(kind, r);
            int width = r.nextInt(4) == 0 ? 0 : 14 + r.nextInt(32);
            List<String> rows = rows(place, width);
            if (kind == Kind.BESIDE_LABEL) { // the first row after the label, as the 2024 back prints it
                rows.set(0, LABEL + rows.get(0));
            }
            if (kind == Kind.STOPS_FOR_COMMAS) { // a comma's tail lost in the print or the photo
                rows.replaceAll(row -> row.replaceAll(",(?=\\s|$)", "."));
            }
            String read = read(rows);
            if (!place.equals(read)) {
                changed.add(width + ": " + place + " → " + read);
            }
        }
        return changed;
    }

    /**
     * Places laid out on a 2024 back as its words, each read right, go through the labelled fields too
     * ({@link LabelledFields}): the residence (a street part, then three levels or two) and the place of birth (any
     * kind but the street's) each beside its label with later rows under the label or under the value, or under
     * the label, the values ending 0.75 to 0.95 of the card's width across; then the two dates. The places of
     * {@code n} cards from {@code seed} that do not come out as printed, each as "field: printed → read".
     */
    public static List<String> changedOnBack(long seed, int n) {
        Random r = new Random(seed);
        CardLayout layout = CardLayouts.builtIn().of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow();
        Kind[] births = {Kind.THREE_LEVELS, Kind.TWO_LEVELS_BEFORE, Kind.TWO_LEVELS_AFTER, Kind.ABBREVIATED, Kind.FORMER_PROVINCE,
            Kind.PROVINCE_AS_WRITTEN};
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String residence = r.nextBoolean() ? place(Kind.WITH_STREET, r)
                    : pick(r, STREETS) + ", " + place(Kind.TWO_LEVELS_AFTER, r);
            String birth = place(pick(r, births), r);
            double right = 0.75 + 0.2 * r.nextDouble();
            CardWords back = new CardWords(0.03);
            double y = back.place("Nơi cư trú / Place of residence:", residence, 0.30, r.nextInt(3), right);
            y = back.place("Nơi đăng ký khai sinh / Place of birth:", birth, y + 0.01, r.nextInt(3), right);
            back.row("Ngày, tháng, năm cấp / Date of issue: 12/08/2024", 0.03, y, back.newLine());
            back.row("Ngày, tháng, năm hết hạn / Date of expiry: 12/08/2039", 0.03, y + CardWords.PITCH, back.newLine());
            changed.addAll(readOtherwise(back, layout, Map.of("placeOfResidence", residence, "placeOfBirth", birth)));
        }
        return changed;
    }

    /**
     * The same for the fronts of the 2016 and 2021 cards: the place of origin (any kind but the street's, beside its
     * label with later rows under the label or the value, or under the label) and the residence (beside its label with
     * later rows under the label, or under it), right of the photo, with the rows a front prints before them and the
     * expiry under the photo. The places of {@code n} cards that do not come out as printed.
     */
    public static List<String> changedOnFront(CardModel model, long seed, int n) {
        Random r = new Random(seed);
        boolean y2016 = model == CardModel.CCCD_2016;
        CardLayout layout = CardLayouts.builtIn().of(model, CardSide.FRONT).orElseThrow();
        Kind[] origins = {Kind.THREE_LEVELS, Kind.TWO_LEVELS_BEFORE, Kind.TWO_LEVELS_AFTER, Kind.FORMER_PROVINCE, Kind.PROVINCE_AS_WRITTEN};
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String origin = place(pick(r, origins), r);
            String residence = r.nextBoolean() ? place(Kind.WITH_STREET, r) : pick(r, STREETS) + ", " + place(Kind.TWO_LEVELS_AFTER, r);
            double right = 0.85 + 0.12 * r.nextDouble();
            CardWords front = new CardWords(0.28);
            front.row("CĂN CƯỚC CÔNG DÂN", 0.35, 0.20, front.newLine());
            front.row(y2016 ? "Số 001203012345" : "Số / No.: 001203012345", 0.35, 0.33, front.newLine());
            front.row(y2016 ? "Họ và tên: NGUYỄN VĂN AN" : "Họ và tên / Full name:", 0.28, 0.40, front.newLine());
            double y = 0.45;
            if (!y2016) {
                front.row("NGUYỄN VĂN AN", 0.28, y, front.newLine());
                y += 0.05;
            }
            front.row(y2016 ? "Ngày, tháng, năm sinh: 15/08/1990" : "Ngày sinh / Date of birth: 15/08/1990", 0.28, y, front.newLine());
            front.row(y2016 ? "Giới tính: Nam Quốc tịch: Việt Nam" : "Giới tính / Sex: Nam Quốc tịch / Nationality: Việt Nam", 0.28,
                    y + 0.055, front.newLine());
            y = front.place(y2016 ? "Quê quán:" : "Quê quán / Place of origin:", origin, y + 0.115, r.nextInt(3), right);
            front.place(y2016 ? "Nơi ĐKHK thường trú:" : "Nơi thường trú / Place of residence:", residence, y, 2 * r.nextInt(2), right);
            front.row("Có giá trị đến: 15/08/2030", 0.03, 0.86, front.newLine());
            changed.addAll(readOtherwise(front, layout, Map.of("placeOfOrigin", origin, "placeOfResidence", residence)));
        }
        return changed;
    }

    /** The card's words read as the reader reads a face's rows; each printed place read otherwise, "field: printed → read". */
    private static List<String> readOtherwise(CardWords card, CardLayout layout, Map<String, String> printed) {
        List<TextRow> rows = TextRow.of(card.words);
        LabelledFields.Result found = LabelledFields.find(rows, layout);
        var byField = FrontShapes.fill(rows, layout, DateOrder.fill(rows, layout, found), found.byLabel());
        Map<String, String> read = CardTextParser.parse(byField, layout.fieldNames(), 0.5, 0).fields();
        return printed.entrySet().stream().sorted(Map.Entry.comparingByKey()).filter(e -> !e.getValue().equals(read.get(e.getKey())))
                .map(e -> e.getKey() + ": " + e.getValue() + " → " + read.get(e.getKey())).toList();
    }

    /** The words of a card as Tesseract gives them: boxes in fractions of the card, a text line's number each. */
    private static final class CardWords {
        static final double HEIGHT = 0.042;
        static final double PITCH = HEIGHT * 1.35;
        static final double CHAR = 0.0118;
        final List<OcrWord> words = new ArrayList<>();
        /** Where the labels start: the card's left edge on a back, right of the photo on a front. */
        final double left;
        int line;

        CardWords(double left) {
            this.left = left;
        }

        int newLine() {
            return ++line;
        }

        /** Words from {@code left} at {@code top} on text line {@code id}; where the row ends. */
        double row(String text, double left, double top, int id) {
            double x = left;
            for (String w : text.split(" ")) {
                words.add(new OcrWord(w, 92f, x, top, x + w.length() * CHAR, top + HEIGHT, id));
                x += (w.length() + 1) * CHAR;
            }
            return x;
        }

        /**
         * A label and its value wrapped at {@code right}: style 0, beside the label, later rows at the label's left;
         * 1, beside it, later rows under the value; 2, under the label. Where the next field starts.
         */
        double place(String label, String value, double top, int style, double right) {
            int id = newLine();
            double valueLeft = row(label, this.left, top, id);
            double y = top;
            if (style == 2) {
                y += PITCH;
                valueLeft = this.left;
                id = newLine();
            }
            double left = valueLeft;
            StringBuilder cur = new StringBuilder();
            for (String w : value.split(" ")) {
                if (!cur.isEmpty() && left + (cur.length() + 1 + w.length()) * CHAR > right) {
                    row(cur.toString(), left, y, id);
                    cur.setLength(0);
                    y += PITCH;
                    id = newLine();
                    left = style == 1 ? valueLeft : this.left;
                }
                cur.append(cur.isEmpty() ? "" : " ").append(w);
            }
            row(cur.toString(), left, y, id);
            return y + PITCH + HEIGHT * 0.3;
        }
    }

    /** A commune and a district of a province a former one became part of, then the former province. */
    private static String inFormer(String[] former, Random r) {
        String became = PROVINCES.entrySet().stream().filter(e -> e.getValue().endsWith(" " + former[1])).findFirst()
                .orElseThrow().getKey();
        String inIt = pick(r, COMMUNES.get(became)) + ", " + pick(r, DISTRICTS.get(became)) + ", Tỉnh " + former[0];
        return r.nextBoolean() ? inIt : inIt.substring(inIt.indexOf(", ") + 2);
    }

    private static String place(Kind kind, Random r) {
        List<String> codes = new ArrayList<>(DISTRICTS.keySet());
        String code = codes.get(r.nextInt(codes.size()));
        String old = pick(r, COMMUNES.get(code)) + ", " + pick(r, DISTRICTS.get(code)) + ", " + PROVINCES.get(code);
        return switch (kind) {
            case THREE_LEVELS -> old;
            case TWO_LEVELS_BEFORE -> old.substring(old.indexOf(", ") + 2);
            case TWO_LEVELS_AFTER -> {
                LocalDate day = LocalDate.of(2026, 6, 1);
                List<AdminUnits.Unit> units = AdminUnits.after2025().units().stream().filter(u -> u.inForceOn(day)).toList();
                AdminUnits.Unit u = units.get(r.nextInt(units.size()));
                yield u.name() + ", " + u.province().writtenOn(day);
            }
            case ABBREVIATED -> abbreviated(old);
            case WITH_STREET, STOPS_FOR_COMMAS -> pick(r, STREETS) + ", " + old;
            case FLATS -> pick(r, FLATS) + ", " + old;
            case ABROAD -> pick(r, ABROAD);
            case FORMER_PROVINCE -> inFormer(pick(r, FORMER), r);
            case BEFORE_1976 -> inFormer(pick(r, BEFORE_1976), r);
            case BESIDE_LABEL -> r.nextBoolean() ? old : abbreviated(old);
            case FORMER_TYPES -> {
                // a birth registered before the commune became a ward or a township, the district a town or a city
                List<String> wards = COMMUNES.get(code).stream().filter(c -> c.matches("(Phường|Thị [tT]rấn) \\D.*")).toList();
                String commune = wards.isEmpty() ? pick(r, COMMUNES.get(code)) : pick(r, wards);
                yield commune.replaceFirst("^(Phường|Thị [tT]rấn) ", "Xã ") + ", "
                        + pick(r, DISTRICTS.get(code)).replaceFirst("^(Quận|Thị xã|Thành phố) (?=\\D)", "Huyện ") + ", " + PROVINCES.get(code);
            }
            case HYPHEN_SPACED_OTHERWISE -> {
                // the lists write a few names with a hyphen, spaced or not; cards print them either way
                if (r.nextBoolean()) {
                    Map.Entry<String, List<String>> city = DISTRICTS.entrySet().stream()
                            .filter(e -> e.getValue().stream().anyMatch(d -> d.contains("-"))).findFirst().orElseThrow();
                    String district = city.getValue().stream().filter(d -> d.contains("-")).findFirst().orElseThrow();
                    yield pick(r, COMMUNES.get(city.getKey())) + ", " + otherHyphen(district) + ", " + PROVINCES.get(city.getKey());
                }
                LocalDate day = LocalDate.of(2026, 6, 1);
                List<AdminUnits.Unit> units = AdminUnits.after2025().units().stream()
                        .filter(u -> u.inForceOn(day) && u.name().contains("-")).toList();
                AdminUnits.Unit u = units.get(r.nextInt(units.size()));
                yield otherHyphen(u.name()) + ", " + u.province().writtenOn(day);
            }
            case PROVINCE_AS_WRITTEN -> {
                List<String> listed = new ArrayList<>(VARIANTS.keySet());
                String name = listed.get(r.nextInt(listed.size()));
                boolean typed = r.nextBoolean(); // older cards write the district and the province without their types
                String inIt = PROVINCES.entrySet().stream().filter(e -> e.getValue().endsWith(" " + name)).findFirst()
                        .map(e -> {
                            String commune = pick(r, COMMUNES.get(e.getKey()));
                            String district = pick(r, DISTRICTS.get(e.getKey()));
                            return commune + ", " + (typed ? district : district.replaceFirst("^Huyện ", ""));
                        }).orElseThrow();
                String province = r.nextBoolean() ? pick(r, VARIANTS.get(name)) : name;
                yield (r.nextBoolean() ? inIt.substring(inIt.indexOf(", ") + 2) : inIt) + ", " + (typed ? "Tỉnh " : "") + province;
            }
        };
    }

    private static String otherHyphen(String name) {
        return name.contains(" - ") ? name.replace(" - ", "-") : name.replace("-", " - ");
    }

    private static String abbreviated(String place) {
        return place.replaceAll("(^|, )Xã ", "$1X. ").replaceAll("(^|, )Phường ", "$1P. ").replaceAll("(^|, )Thị trấn ", "$1TT. ")
                .replaceAll("(^|, )Huyện ", "$1H. ").replaceAll("(^|, )Thị xã ", "$1TX. ").replaceAll("(^|, )Thành phố ", "$1TP. ")
                .replaceAll("(^|, )Tỉnh ", "$1T. ");
    }

    /** The place cut at spaces into rows of at most {@code width} characters (0: one row), as a printer wraps it. */
    static List<String> rows(String place, int width) {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : place.split(" ")) {
            if (width > 0 && !row.isEmpty() && row.length() + 1 + word.length() > width) {
                rows.add(row.toString());
                row.setLength(0);
            }
            row.append(row.isEmpty() ? "" : " ").append(word);
        }
        rows.add(row.toString());
        return rows;
    }

    /** The rows, one under the other, read as a place of birth. */
    static String read(List<String> rows) {
        List<CardTextParser.Line> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            double top = 0.5 + 0.05 * i;
            lines.add(new CardTextParser.Line(rows.get(i), 92f, top, top + 0.04, 0.06, 0.06 + 0.009 * rows.get(i).length()));
        }
        Map<String, List<CardTextParser.Line>> byField = new LinkedHashMap<>();
        byField.put("placeOfBirth", lines);
        return CardTextParser.parse(byField, List.of("placeOfBirth"), 0, 0).fields().get("placeOfBirth");
    }

    private static List<String[]> tsv(String resource) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(ListedPlaces.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
