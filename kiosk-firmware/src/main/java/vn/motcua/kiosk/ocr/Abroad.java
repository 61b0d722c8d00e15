package vn.motcua.kiosk.ocr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A place of birth registered abroad: a country as Vietnamese writes it ({@code countries.txt}: "Liên bang Nga",
 * "Nhật Bản"), a state's full name ("Cộng hòa …", "Vương quốc …", "Liên bang …", "Hợp chúng quốc …", small words and
 * all), or the mission of Việt Nam where the birth was registered ("Đại sứ quán Việt Nam tại Lào"). No unit of Việt
 * Nam is one, so none of the address rules apply to it: "Bản" of "Nhật Bản" is no village, "Hoa" / "Kỳ" over two rows
 * no two parts.
 */
final class Abroad {
    private static final Set<String> COUNTRIES = load();
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

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        java.io.InputStream stream = Abroad.class.getResourceAsStream("countries.txt");
        if (stream == null) {
            throw new IllegalStateException("countries.txt missing from the jar");
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(java.text.Normalizer.normalize(line.strip(), java.text.Normalizer.Form.NFC));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }
}
