package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class VietnameseSyllableTest {

    @Test
    void wellFormedSyllablesPass() {
        for (String s : new String[]{"a", "ạ", "gi", "gì", "già", "giữ", "giếng", "gìn", "qua", "quá", "quý", "QUỲNH",
                "quyền", "quốc", "quăng", "quân", "que", "quê", "quở", "uy", "uyên", "Uyên", "khuya", "yên", "yêu", "ý",
                "ĐƯỜNG", "đường", "NGHIÊNG", "nghĩa", "KHUYẾN", "khuỷu", "huỳnh", "Huỳnh", "hoa", "hòa", "hoà", "hoặc",
                "khoe", "khỏe", "khoẻ", "ngoài", "thủy", "thuỷ", "thuở", "tuấn", "huế", "ước", "ẩn", "ÂU", "NGUYỄN",
                "NGUYỆT", "TRƯƠNG", "DIỆP", "KIỀU", "LÝ", "KỲ", "MỸ", "SỸ", "VỸ", "THỊ", "BÍCH", "OANH", "XUYẾN",
                "KHUÊ", "kia", "mía", "mua", "của", "mưa", "người", "rượu", "muối", "xoong", "kênh", "ếch", "ích", "inh",
                "ao", "ai", "ây", "âu", "êu", "iu", "ưu", "gửi", "quới", "quào", "ghế", "ghi", "nghe", "kẻng", "THUYẾT", "LUYẾN"}) {
            assertThat(VietnameseSyllable.isWellFormed(s)).as(s).isTrue();
        }
    }

    @Test
    void whatOcrMakesOfThemFails() {
        for (String s : new String[]{"XHƯ", "KHẨI", "âi", "ăi", "ă", "â", "n", "qu", "quu", "ce", "ci", "cy", "ka", "ko",
                "ku", "coa", "ge", "gê", "ghi̇a", "gha", "nge", "ngi", "ngha", "bich", "BICH", "hàt", "hảp", "thẫc", "thìch",
                "tiên̉", "yêu̇", "gìi", "tyên", "kyên", "iên", "kuy", "HUƯV", "CHÂẦU", "THỊSỸ", "Ÿ", "oă", "uơn", "ươ", "ưa̋",
                "NGUYẺN", "hoàng̀", "ĐỖÔ", "xh", "ơng", "ich̀", "eu", "ei", "oo", "aa", "ĐÓAN", "HÒANG", "NGUỲEN",
                "KSOR", "H'HEN", "DATE", "NAME", "OF", "SINB", "2021", ""}) {
            assertThat(VietnameseSyllable.isWellFormed(s)).as(s).isFalse();
        }
    }

    @Test
    void lettersWithoutMarksSpellASyllableWhenSomeMarksMakeOne() {
        for (String s : new String[]{"DUC", "YEN", "NGUYEN", "HUU", "THUY", "QUAN", "AN", "LINH", "KHUE", "KY", "KIEU"}) {
            assertThat(VietnameseSyllable.spellsOneUnmarked(s)).as(s).isTrue();
        }
        for (String s : new String[]{"KYEN", "KLINH", "KAN", "KSOR", "KBUOR", "BA0", "THANHK", "W", ""}) {
            assertThat(VietnameseSyllable.spellsOneUnmarked(s)).as(s).isFalse();
        }
    }

    @Test
    void bothPlacesOfTheToneOnAnOpenOaOeUyPass() {
        assertThat(VietnameseSyllable.isWellFormed("HÒA")).isTrue();
        assertThat(VietnameseSyllable.isWellFormed("HOÀ")).isTrue();
        // with a final the tone is on the nucleus only
        assertThat(VietnameseSyllable.isWellFormed("HOÀNG")).isTrue();
        assertThat(VietnameseSyllable.isWellFormed("HÒANG")).isFalse();
    }

    @Test
    void everyFamilyNameIsASyllable() {
        for (String name : Surnames.all()) {
            assertThat(VietnameseSyllable.isWellFormed(name)).as(name).isTrue();
            assertThat(VietnameseSyllable.isWellFormed(name.toUpperCase(java.util.Locale.ROOT))).as(name).isTrue();
        }
    }

    @Test
    void nfdAndNfcAreTheSame() {
        String nfd = Normalizer.normalize("NGUYỄN ĐƯỜNG", Normalizer.Form.NFD);
        for (String w : nfd.split(" ")) {
            assertThat(VietnameseSyllable.isWellFormed(w)).as(w).isTrue();
        }
    }

    /**
     * Every word of the names of the 2025 communes and wards (communes-2025.tsv, the statistics office's list)
     * is a syllable, apart from the names in the languages of the Central Highlands and the north-west
     * (Đắk, Krông, Ea H'leo …), which are not Kinh spelling.
     */
    @Test
    void theWordsOfEveryCommuneNameAreSyllables() throws IOException {
        String text;
        try (InputStream in = VietnameseSyllable.class.getResourceAsStream("communes-2025.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> words = new TreeSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                continue;
            }
            for (String w : Normalizer.normalize(line, Normalizer.Form.NFC).split("[^\\p{L}\\p{M}']+")) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase(java.util.Locale.ROOT));
                }
            }
        }
        Set<String> failing = new TreeSet<>();
        for (String w : words) {
            if (!VietnameseSyllable.isWellFormed(w)) {
                failing.add(w);
            }
        }
        assertThat(failing).as("of " + words.size() + " words").hasSizeLessThan(words.size() / 10)
                .contains("đắk", "krông", "h'leo", "pleiku").doesNotContain("quới", "nghĩa", "quỳnh", "khuyến");
    }
}
