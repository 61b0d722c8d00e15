package vn.motcua.bench.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.idcard.MrzParser;
import vn.motcua.kiosk.idcard.MrzResult;

/** Generator D's own pieces: its MRZ (check digits computed here, not A's) and its wrapping of places. */
class FourthBacksTest {
    private static final MrzParser PARSER = new MrzParser(Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void checkDigitsAreIcao9303s() {
        // ICAO 9303 part 3's worked examples: document number L898902C3 → 6, dates 740812 → 2, 120415 → 9
        assertEquals(6, FourthBackHolders.checkDigit("L898902C3"));
        assertEquals(2, FourthBackHolders.checkDigit("740812"));
        assertEquals(9, FourthBackHolders.checkDigit("120415"));
    }

    @Test
    void everyHoldersMrzHoldsAndAgreesWithTheCard() {
        for (long seed = 0; seed < 200; seed++) {
            FourthBackHolders.Holder h = FourthBackHolders.holder(new Random(seed));
            String mrz = FourthBackHolders.mrz(h);
            for (String line : mrz.split("\n")) {
                assertEquals(30, line.length(), mrz);
            }
            MrzResult r = PARSER.parse(mrz);
            assertTrue(r.valid(), mrz + " " + r.errors());
            assertTrue(mrz.startsWith("IDVNM" + h.number().substring(3)), mrz);
            assertTrue(mrz.split("\n")[0].contains(h.number()), mrz);
            // the personal number's century-and-sex digit and year agree with the birth (Decree 137/2015)
            assertEquals((h.birth().getYear() / 100 - 19) * 2 + (h.female() ? 1 : 0), h.number().charAt(3) - '0');
            assertTrue(h.expiry().isAfter(h.issue()));
        }
    }

    @Test
    void placesWrapAtACommaAndGiveThePlaceBack() {
        String place = "Tổ dân phố 3, Xã Phúc Thành A, Thành phố Chí Linh, Tỉnh Hải Dương";
        List<String> rows = FourthBacks.wrap(place, String::length, 30, 30, false);
        assertEquals(List.of("Tổ dân phố 3, Xã Phúc Thành A,", "Thành phố Chí Linh,", "Tỉnh Hải Dương"), rows);
        assertEquals(place, String.join(" ", rows));
        for (String row : rows.subList(1, rows.size())) {
            assertTrue(row.length() <= 30, row);
        }
    }

    @Test
    void atSpacesAPartRunsOverToTheNextRow() {
        String place = "Tổ 24, Xã Mỹ Thạnh, Thị xã Kiến Tường, Tỉnh Long An";
        List<String> rows = FourthBacks.wrap(place, String::length, 44, 44, true);
        assertEquals(List.of("Tổ 24, Xã Mỹ Thạnh, Thị xã Kiến Tường, Tỉnh", "Long An"), rows);
        assertEquals(place, String.join(" ", rows));
        assertEquals(List.of("", place), FourthBacks.wrap(place, String::length, 5, 60, false),
                "nothing fits beside the label: the place starts under it");
    }
}
