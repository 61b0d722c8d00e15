package vn.motcua.bench.ocr;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import vn.motcua.kiosk.ocr.CardModel;
import vn.motcua.kiosk.ocr.CardPerson;

/**
 * Generator C's made-up card holders, never real people: names outside generator A's lists, places of
 * origin and residence drawn from the statistics office's list of districts and communes (the list the
 * reader checks against, so every place is a real unit of its province; street parts have no list).
 */
final class CardHolders {
    private static final String[] SURNAMES = {"NGUYỄN", "TRẦN", "LÊ", "ĐOÀN", "QUÁCH", "KHỔNG", "LÃ", "TRƯƠNG",
            "VƯƠNG", "ĐÀM", "NÔNG", "TRIỆU", "THÂN", "PHÙNG", "LƯU", "CHÂU", "ÂU", "DIỆP", "HỨA", "KIỀU", "MẠC",
            "NGHIÊM", "LỤC", "ĐẬU", "TÔN"};
    private static final String[] MIDDLE = {"VĂN", "THỊ", "ĐÌNH", "CÔNG", "NHƯ", "DIỆU", "BÍCH", "TRỌNG", "HỒNG",
            "KIM", "PHƯỚC", "THẾ", "VIẾT", "MỸ", "SỸ", "QUẾ"};
    private static final String[] GIVEN = {"NGUYỆT", "KHUÊ", "DIỄM", "TRÍ", "LỘC", "HẬU", "THƯ", "UYÊN", "VỸ",
            "TUYẾT", "NHẪN", "KHẢI", "HIỀN", "LUÂN", "PHONG", "OANH", "XUYẾN", "ƯỚC", "TÍN", "DUYÊN", "QUÝ",
            "THƯỜNG", "KHIÊM", "LUYẾN", "ĐOAN", "NHÂN", "TRƯỜNG", "HỢP", "SÁNG", "ẨN"};
    private static final String[] STREETS = {"Thôn Trung", "Xóm Bãi", "Số 27 ngõ 112", "Tổ 15", "Ấp Phú Lợi",
            "Khóm 4", "Bản Lướt", "Số 9 Hẻm 31", "Khu phố 6", "Thôn 2", "Số 146", "Tổ dân phố 3"};
    private static final Map<String, String> PROVINCES = provinces();
    private static final Map<String, List<String>> DISTRICTS = new TreeMap<>();
    private static final Map<String, List<String>> COMMUNES = new TreeMap<>();

    static {
        units();
    }

    private CardHolders() {
    }

    /**
     * A made-up holder of a card of this model: the personal number agrees with the birth, the sex and the
     * place of origin's province. Only what a front prints is drawn (the back's fields are not C's).
     */
    static CardPerson person(Random r, CardModel model) {
        int issueYear = switch (model) {
            case CCCD_2016 -> 2016 + r.nextInt(5);
            case CCCD_2021 -> 2021 + r.nextInt(3);
            case CAN_CUOC_2024 -> 2024 + r.nextInt(2);
        };
        boolean female = r.nextBoolean();
        LocalDate birth = LocalDate.of(issueYear - 14 - r.nextInt(44), 1 + r.nextInt(12), 1 + r.nextInt(28));
        List<String> codes = new ArrayList<>(DISTRICTS.keySet());
        String born = codes.get(r.nextInt(codes.size()));
        String lives = r.nextInt(3) == 0 ? born : codes.get(r.nextInt(codes.size()));
        int century = (birth.getYear() / 100 - 19) * 2 + (female ? 1 : 0);
        String number = born + century + String.format("%02d%06d", birth.getYear() % 100, r.nextInt(1_000_000));
        StringBuilder name = new StringBuilder(pick(r, SURNAMES)).append(' ')
                .append(female && r.nextBoolean() ? "THỊ" : pick(r, MIDDLE));
        if (r.nextInt(3) == 0) {
            name.append(' ').append(pick(r, MIDDLE));
        }
        name.append(' ').append(pick(r, GIVEN));
        String origin = pick(r, COMMUNES.get(born)) + ", " + pick(r, DISTRICTS.get(born)) + ", " + PROVINCES.get(born);
        List<String> residence = List.of(pick(r, STREETS) + ", " + pick(r, COMMUNES.get(lives)),
                pick(r, DISTRICTS.get(lives)) + ", " + PROVINCES.get(lives));
        return new CardPerson(number, name.toString(), birth, female, origin, residence, origin, null, null, null);
    }

    private static final String[] MARKS = {"Nốt ruồi C:2cm trên sau mép phải", "Sẹo chấm C:1,5cm dưới trước cánh mũi trái",
            "Nốt ruồi C:1cm trên trước đuôi mắt trái", "Sẹo chấm C:2cm trên sau đầu mày phải"};

    /**
     * A holder for a back: issued on a day of the person's issue year, expiring by the age-milestone rule;
     * on a card issued before 1 July 2025 the addresses are three-level (commune, district, province), from
     * that day two-level with the units in force (commune, province), as the cards print them.
     */
    static CardPerson backPerson(Random r, CardModel model) {
        CardPerson p = person(r, model);
        LocalDate birth = p.birth();
        int from = model == CardModel.CAN_CUOC_2024 ? 2024 : 2021;
        // from 14 to 57 at issue: every card drawn has an expiry (none is printed after 60)
        int issueYear = Math.min(Math.max(from + r.nextInt(model == CardModel.CAN_CUOC_2024 ? 2 : 3), birth.getYear() + 14),
                birth.getYear() + 57);
        LocalDate issue = LocalDate.of(issueYear, issueYear == 2024 ? 7 : 1, 1).plusDays(r.nextInt(issueYear == 2024 ? 180 : 360));
        List<String> residence = p.residence();
        String placeOfBirth = p.origin();
        if (!issue.isBefore(LocalDate.of(2025, 7, 1))) {
            List<String> lives = CardPerson.newUnit(issue, r);
            residence = List.of(residence.get(0).split(", ")[0] + ", " + lives.get(0), lives.get(1));
            placeOfBirth = String.join(", ", CardPerson.newUnit(issue, r));
        }
        LocalDate expiry = CardPerson.expiry(birth, issue, model == CardModel.CAN_CUOC_2024);
        return new CardPerson(p.number(), p.name(), birth, p.female(), p.origin(), residence, placeOfBirth, issue,
                expiry, pick(r, MARKS));
    }

    /** The province names as cards print them: "Thành phố" for the five centrally-run cities, "Tỉnh" otherwise. */
    private static Map<String, String> provinces() {
        Map<String, String> out = new TreeMap<>();
        for (String[] row : tsv("/vn/motcua/client/identity/provinces.tsv")) {
            String n = row[1];
            boolean city = List.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ").contains(n);
            out.put(row[0], (city ? "Thành phố " : "Tỉnh ") + n);
        }
        return out;
    }

    /** Districts and communes of each province, from the statistics office's list the reader also uses. */
    private static void units() {
        for (String[] row : tsv("/vn/motcua/kiosk/ocr/admin-units.tsv")) {
            if (!PROVINCES.containsKey(row[0])) {
                continue;
            }
            boolean commune = row[1].matches("(Xã|Phường|Thị trấn) .*");
            (commune ? COMMUNES : DISTRICTS).computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        DISTRICTS.keySet().retainAll(COMMUNES.keySet());
    }

    static List<String[]> tsv(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(CardHolders.class.getResourceAsStream(resource), resource), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(resource, e);
        }
        return rows;
    }

    private static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    private static String pick(Random r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
