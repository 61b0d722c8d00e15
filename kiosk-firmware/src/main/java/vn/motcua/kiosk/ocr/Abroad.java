package vn.motcua.kiosk.ocr;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.motcua.kiosk.idcard.BundledTable;

/**
 * A place of birth registered abroad: a country as Vietnamese writes it ({@code countries.txt}: "Liên bang Nga",
 * "Nhật Bản"), a state's full name ("Cộng hòa …", "Vương quốc …", "Liên bang …", "Hợp chúng quốc …", small words and
 * all), or the mission of Việt Nam where the birth was registered ("Đại sứ quán Việt Nam tại Lào"). No unit of Việt
 * Nam is one, so none of the address rules apply to it: "Bản" of "Nhật Bản" is no village, "Hoa" / "Kỳ" over two rows
 * no two parts.
 */
final class Abroad {
    private static final Set<String> COUNTRIES = BundledTable.lines(Abroad.class, "countries.txt").stream()
            .map(line -> Normalizer.normalize(line.strip(), Normalizer.Form.NFC)).collect(Collectors.toUnmodifiableSet());
    private static final Pattern STATE_OR_MISSION = Pattern.compile(
            "^(?:(?:Cộng hòa|Cộng hoà|Vương quốc|Liên bang|Hợp chúng quốc) \\p{Lu}"
                    + "|(?:Đại sứ quán|Tổng Lãnh sự quán|Tổng lãnh sự quán|Lãnh sự quán|Cơ quan đại diện) Việt Nam tại \\p{Lu})");

    private Abroad() {
    }

    /** Whether the whole text, as read, names a place abroad. */
    static boolean names(String text) {
        String t = text.strip();
        return COUNTRIES.contains(t) || STATE_OR_MISSION.matcher(t).find() && !t.contains(",");
    }
}
