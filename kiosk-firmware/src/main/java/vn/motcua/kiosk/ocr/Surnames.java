package vn.motcua.kiosk.ocr;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Vietnamese family names: a closed set, and the first word of a name on the card. OCR drops or swaps the
 * marks of capital letters (PHAM, TRẤN, ĐỊNH); a first word that is no family name but has the letters of
 * exactly one is that one. A first word that is a family name is left alone, as is one whose letters fit
 * several (Đồng/Đổng), since nothing tells which.
 */
final class Surnames {
    /** Family names in use in Vietnam (the common ones and the rarer ones of the Kinh and minority peoples). */
    private static final List<String> NAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lương", "Tạ", "Đào",
            "Đoàn", "Vương", "Trương", "Lâm", "Mai", "Cao", "Hà", "Lưu", "Tô", "Tôn", "Thái", "Quách", "Phùng",
            "Châu", "Chu", "Kiều", "Khổng", "Lại", "La", "Lò", "Lục", "Ma", "Mạc", "Mạch", "Nghiêm", "Ninh", "Nông",
            "Ông", "Quan", "Tăng", "Thạch", "Tiêu", "Tống", "Triệu", "Từ", "Văn", "Vi", "Viên", "Âu", "Bạch",
            "Bế", "Cù", "Diệp", "Doãn", "Đàm", "Đậu", "Đồng", "Đổng", "Giang", "Giáp", "Hứa", "Khúc", "Khuất",
            "Kim", "Lã", "Lạc", "Lăng", "Liêu", "Lỗ", "Mẫn", "Nhâm", "Phí", "Phó", "Phương", "Quang", "Sầm",
            "Thân", "Thiều", "Thịnh", "Trang", "Trà", "Ung", "Ưng", "Yên", "Hầu", "Hồng", "Kha", "Lữ", "Mã",
            "Mông", "Nhữ", "Quản", "Tào", "Thào", "Vàng", "Vì", "Xa", "Y", "Ôn");
    private static final Map<String, String> BY_LETTERS = byLetters();

    private Surnames() {
    }

    /** The name with its first word spelled as the one family name with its letters, when it is not one. */
    static String correct(String upperName) {
        int space = upperName.indexOf(' ');
        String first = space < 0 ? upperName : upperName.substring(0, space);
        String key = Fold.fold(first);
        if (NAMES.stream().anyMatch(n -> n.toUpperCase(Locale.ROOT).equals(first))) {
            return upperName;
        }
        String surname = BY_LETTERS.get(key);
        if (surname == null) {
            surname = oneLetterLost(first);
        }
        return surname == null ? upperName : surname.toUpperCase(Locale.ROOT) + upperName.substring(first.length());
    }

    /**
     * The one family name that is the word with one letter more, marks and all ("HỨ" for HỨA, "RẦN" for TRẦN):
     * OCR loses a letter at a word's edge, and the first word of a name is a family name from a closed list;
     * null when none or several are.
     */
    static String oneLetterLost(String upperWord) {
        if (upperWord.codePointCount(0, upperWord.length()) < 2) {
            return null;
        }
        String found = null;
        for (String n : NAMES) {
            String upper = n.toUpperCase(Locale.ROOT);
            if (upper.length() != upperWord.length() + 1) {
                continue;
            }
            for (int i = 0; i < upper.length(); i++) {
                if ((upper.substring(0, i) + upper.substring(i + 1)).equals(upperWord)) {
                    if (found != null && !found.equals(n)) {
                        return null;
                    }
                    found = n;
                }
            }
        }
        return found;
    }

    /** Every family name of the list, spelled with its marks. */
    static List<String> all() {
        return NAMES;
    }

    /** Whether a word is a family name, marks and all (any case). */
    static boolean isSpelledAsFamilyName(String word) {
        return NAMES.stream().anyMatch(n -> n.equalsIgnoreCase(word));
    }

    /** The family names (upper case) whose letters differ from the word's in one letter, marks aside. */
    static java.util.Set<String> oneLetterFrom(String word) {
        String key = Fold.fold(word);
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String n : NAMES) {
            String k = Fold.fold(n);
            if (k.length() == key.length() && Edits.distance(k, key) == 1) {
                out.add(n.toUpperCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** Whether a word has the letters of a family name (marks aside). */
    static boolean isFamilyName(String word) {
        String key = Fold.fold(word);
        return NAMES.stream().anyMatch(n -> Fold.fold(n).equals(key));
    }

    private static Map<String, String> byLetters() {
        Map<String, String> map = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (String n : NAMES) {
            String key = Fold.fold(n);
            count.merge(key, 1, Integer::sum);
            map.put(key, n);
        }
        count.forEach((key, c) -> {
            if (c > 1) {
                map.remove(key);
            }
        });
        return Map.copyOf(map);
    }
}
