package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.idcard.BundledTable;

/**
 * A district's or a province's row read as marks no name has, over the statistics office's own list (every 5th
 * commune of admin-units.tsv, with its district and province as the list has them): put back as the list has it, or
 * left as read; never another unit. A commune whose letters the province has in two districts is left as read.
 */
class RowsReadAsMarksTest {
    private static final String DISTRICT_MARKS = "5!2#3?5 8";
    private static final String PROVINCE_MARKS = "10 &†>2@2 1=5";

    private record Place(String commune, String districts, String province) {
    }

    private static List<Place> places() {
        Map<String, String> provinces = new HashMap<>();
        for (String line : BundledTable.lines(RowsReadAsMarksTest.class, "/vn/motcua/client/identity/provinces.tsv")) {
            String[] p = line.split("\t");
            boolean city = List.of("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ").contains(p[1]);
            provinces.put(p[0], (city ? "Thành phố " : "Tỉnh ") + p[1]);
        }
        List<Place> places = new ArrayList<>();
        int i = 0;
        for (String line : BundledTable.lines(RowsReadAsMarksTest.class, "/vn/motcua/kiosk/ocr/admin-units.tsv")) {
            String[] u = line.split("\t");
            if (u.length == 3 && provinces.containsKey(u[0]) && i++ % 5 == 0) {
                places.add(new Place(u[1], u[2], provinces.get(u[0])));
            }
        }
        return places;
    }

    @Test
    void aDistrictReadAsMarksComesBackAsTheListHasItOrStaysAsRead() {
        int restored = 0;
        int single = 0;
        List<String> wrong = new ArrayList<>();
        for (Place p : places()) {
            String read = p.commune() + ", " + DISTRICT_MARKS + ", " + p.province();
            String out = AddressSpelling.correct(read);
            boolean one = !p.districts().contains("|");
            single += one ? 1 : 0;
            if (one && out.equals(p.commune() + ", " + p.districts() + ", " + p.province())) {
                restored++;
            } else if (!out.contains(DISTRICT_MARKS)) {
                wrong.add(read + " → " + out);
            }
        }
        assertThat(wrong).isEmpty();
        // the rest share their letters with another commune of the province ("Xã Vạn Phúc", "Xã Văn Phúc")
        assertThat(restored).isGreaterThan(single * 97 / 100);
    }

    @Test
    void aProvinceReadAsMarksAfterACommuneAndItsDistrictComesBackOrStaysAsRead() {
        int restored = 0;
        int single = 0;
        List<String> wrong = new ArrayList<>();
        for (Place p : places()) {
            if (p.districts().contains("|")) {
                continue;
            }
            single++;
            String printed = p.commune() + ", " + p.districts();
            String out = AddressSpelling.correct(printed + ", " + PROVINCE_MARKS);
            if (out.equals(printed + ", " + p.province())) {
                restored++;
            } else if (out.startsWith(printed + ", ") && !out.contains(PROVINCE_MARKS) || !out.startsWith(printed)) {
                wrong.add(printed + " → " + out);
            }
        }
        assertThat(wrong).allMatch(w -> w.contains("Thành phố Huế → "), "only a city the merger made a province ends there");
        // the rest: districts whose name several provinces have ("Huyện Châu Thành") with communes alike
        assertThat(restored).isGreaterThan(single * 9 / 10);
    }
}
