package vn.motcua.kiosk.ocr;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a word is a well-formed Vietnamese syllable as the national script (chữ Quốc ngữ) writes it:
 * onset + optional glide (o/u) + nucleus + optional final, and at most one tone mark, on the vowel that
 * carries it. The rules are the textbook ones of Vietnamese phonology and orthography (Đoàn Thiện Thuật,
 * "Ngữ âm tiếng Việt", and the Ministry of Education's spelling rules of 1984): the rhymes a nucleus takes,
 * c/k/q and g/gh, ng/ngh before front vowels, "gi" merging with a following i ("gì", "giếng"), iê/yê/ia/ya
 * by what comes before, ă and â never open, and the stop finals p, t, c, ch only with the sắc or nặng tone.
 * OCR's typical failures (XHƯ, KHẨI, NGUYẺN with the tone on the wrong letter) fail them. Loan syllables
 * and minority-language names (KSOR, H'HEN) fail too: this says "not Kinh spelling", not "misread".
 */
final class VietnameseSyllable {
    /** Tone marks in NFD: huyền, sắc, ngã, hỏi, nặng. */
    static final String TONES = "\u0300\u0301\u0303\u0309\u0323";
    private static final char SAC = '\u0301';
    private static final char NANG = '\u0323';
    private static final List<String> ONSETS = List.of("ngh", "ng", "nh", "ph", "th", "tr", "ch", "kh", "gh", "gi",
            "qu", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "");
    /** Nuclei, two-letter ones first so that "iê" is not read as i + a final. */
    private static final List<String> NUCLEI = List.of("iê", "yê", "ia", "ya", "uô", "ua", "ươ", "ưa", "oo", "a", "ă",
            "â", "e", "ê", "i", "y", "o", "ô", "ơ", "u", "ư");
    private static final String ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy";
    private static final Set<String> STOPS = Set.of("p", "t", "c", "ch");
    /** The finals each nucleus takes without a glide ("" = open syllable). */
    private static final Map<String, Set<String>> FINALS = Map.ofEntries(
            Map.entry("a", Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u")),
            Map.entry("ă", Set.of("c", "m", "n", "ng", "p", "t")),
            Map.entry("â", Set.of("c", "m", "n", "ng", "p", "t", "u", "y")),
            Map.entry("e", Set.of("", "c", "m", "n", "ng", "p", "t", "o")),
            Map.entry("ê", Set.of("", "ch", "m", "n", "nh", "p", "t", "u")),
            Map.entry("i", Set.of("", "ch", "m", "n", "nh", "p", "t", "u")),
            Map.entry("y", Set.of("")),
            Map.entry("o", Set.of("", "c", "m", "n", "ng", "p", "t", "i")),
            Map.entry("oo", Set.of("c", "ng")),
            Map.entry("ô", Set.of("", "c", "m", "n", "ng", "p", "t", "i")),
            Map.entry("ơ", Set.of("", "m", "n", "p", "t", "i")),
            Map.entry("u", Set.of("", "c", "m", "n", "ng", "p", "t", "i")),
            Map.entry("ư", Set.of("", "c", "m", "n", "ng", "t", "i", "u")),
            Map.entry("iê", Set.of("c", "m", "n", "ng", "p", "t", "u")),
            Map.entry("yê", Set.of("c", "m", "n", "ng", "p", "t", "u")),
            Map.entry("ia", Set.of("")),
            Map.entry("ya", Set.of("")),
            Map.entry("uô", Set.of("c", "m", "n", "ng", "t", "i")),
            Map.entry("ua", Set.of("")),
            Map.entry("ươ", Set.of("c", "m", "n", "ng", "p", "t", "i", "u")),
            Map.entry("ưa", Set.of("")));
    /** The finals after the glide o or u ("hoa", "hoặc", "khoe", "tuấn", "huế", "thuở", "huỳnh", "quyền", "khuya"). */
    private static final Map<String, Set<String>> GLIDE_FINALS = Map.of(
            "oa", Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o"),
            "oă", Set.of("c", "m", "n", "ng", "t"),
            "oe", Set.of("", "n", "t", "o"),
            "uâ", Set.of("c", "n", "ng", "t", "y"),
            "uê", Set.of("", "ch", "nh", "n"),
            "uơ", Set.of("", "i"),
            "uy", Set.of("", "ch", "nh", "n", "t", "u"),
            "uyê", Set.of("n", "t"),
            "uya", Set.of(""));
    private static final Set<String> FRONT = Set.of("e", "ê", "i", "y", "iê", "yê", "ia", "ya");

    private VietnameseSyllable() {
    }

    /** A syllable taken apart: its letters without the tone, the tone (0 = none) and the letter carrying it. */
    record Toned(String letters, char tone, int toneAt) {
    }

    /**
     * How many words of a text are neither a syllable nor a number ("18/9", "12A"), its punctuation aside: an address's
     * words are few such (a minority's name, "H'leo"), a label's garbled remnant many ("NGX ĐÁNG KY … togst gBor").
     */
    static long misfits(String text) {
        return java.util.Arrays.stream(text.split("[\\s,.;:]+")).filter(w -> !w.isEmpty())
                .filter(w -> !w.matches("[\\d/]+\\p{L}?") && !isWellFormed(w)).count();
    }

    /** Whether the word (NFC or NFD, any case) is one well-formed syllable. */
    static boolean isWellFormed(String word) {
        Toned t = split(word);
        return t != null && wellFormed(t);
    }

    /**
     * Whether letters written without any mark, as an MRZ writes a name ("DUC", "YEN"), spell a syllable with some
     * marks put back ("đức", "yên"): each a, e, o, u, d with or without its vowel mark or stroke, any tone on any vowel.
     */
    static boolean spellsOneUnmarked(String letters) {
        String lower = letters.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || !lower.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return false;
        }
        List<String> spellings = List.of("");
        for (char c : lower.toCharArray()) {
            String options = switch (c) {
                case 'a' -> "aăâ";
                case 'e' -> "eê";
                case 'o' -> "oôơ";
                case 'u' -> "uư";
                case 'd' -> "dđ";
                default -> String.valueOf(c);
            };
            spellings = spellings.stream().flatMap(s -> options.chars().mapToObj(o -> s + (char) o)).toList();
        }
        for (String s : spellings) {
            for (int at = -1; at < s.length(); at++) { // at -1: no tone ('\0', as Toned has it)
                String tones = at < 0 ? "\0" : "aăâeêioôơuưy".indexOf(s.charAt(at)) >= 0 ? TONES : "";
                for (char tone : tones.toCharArray()) {
                    if (wellFormed(new Toned(s, tone, at))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static boolean wellFormed(Toned t) {
        for (String onset : ONSETS) {
            if (t.letters().startsWith(onset) && rhymeFits(onset, t.letters().substring(onset.length()), t)) {
                return true;
            }
        }
        return false;
    }

    /** The word in lower case without its tone; null when it has two tones or a character no syllable has. */
    static Toned split(String word) {
        String nfd = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder();
        char tone = 0;
        int toneAt = -1;
        int letters = 0;
        for (int i = 0; i < nfd.length(); i++) {
            char c = nfd.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tone != 0 || letters == 0) {
                    return null;
                }
                tone = c;
                toneAt = letters - 1;
            } else {
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    letters++;
                }
                bare.append(c);
            }
        }
        String letterString = Normalizer.normalize(bare, Normalizer.Form.NFC);
        if (letterString.isEmpty() || letterString.length() != letters
                || !letterString.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return null;
        }
        return new Toned(letterString, tone, toneAt);
    }

    private static boolean rhymeFits(String onset, String rest, Toned t) {
        String glide = "";
        if (onset.equals("qu")) {
            glide = "u"; // the u of qu is the glide
            if (rest.startsWith("u") || rest.startsWith("o") || rest.startsWith("ư")) {
                return false;
            }
        } else if (rest.length() > 1 && rest.charAt(0) == 'o' && "aăe".indexOf(rest.charAt(1)) >= 0) {
            glide = "o";
        } else if (rest.length() > 1 && rest.charAt(0) == 'u' && "âêyơ".indexOf(rest.charAt(1)) >= 0) {
            glide = "u";
        }
        String afterGlide = onset.equals("qu") ? rest : rest.substring(glide.length());
        int nucleusOffset = rest.length() - afterGlide.length();
        for (String nucleus : NUCLEI) {
            if (afterGlide.startsWith(nucleus)
                    && fits(onset, glide, nucleus, afterGlide.substring(nucleus.length()), nucleusOffset, t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(String onset, String glide, String nucleus, String fin, int nucleusOffset, Toned t) {
        Set<String> finals;
        if (glide.isEmpty()) {
            finals = FINALS.get(nucleus);
        } else if (onset.equals("qu") && (nucleus.equals("i") || nucleus.equals("ô"))) {
            finals = FINALS.get(nucleus); // "qui", "quốc": the old spellings keep the plain rhyme
        } else {
            // "qua", "quăng", "que" rhyme as "hoa", "hoặc", "khoe": the glide is written u only after q
            finals = GLIDE_FINALS.get(("aăe".contains(nucleus) ? "o" : "u") + nucleus);
        }
        if (finals == null || !finals.contains(fin)) {
            return false;
        }
        if (!spellingFits(onset, glide, nucleus)) {
            return false;
        }
        if (STOPS.contains(fin) && t.tone() != SAC && t.tone() != NANG) {
            return false;
        }
        return t.tone() == 0 || toneWhereItGoes(onset.length() + nucleusOffset, glide, nucleus, fin, t.toneAt(), onset);
    }

    /** c/k/q, g/gh, ng/ngh, iê/yê and ia/ya by what comes before them. */
    private static boolean spellingFits(String onset, String glide, String nucleus) {
        boolean front = glide.isEmpty() && FRONT.contains(nucleus);
        switch (onset) {
            case "c":
                return glide.isEmpty() && !front;
            case "k":
                // "kỳ", "kiên", never "kyên": after an onset the diphthong is written iê, as below
                return front && (!nucleus.startsWith("y") || nucleus.equals("y"));
            case "gh":
            case "ngh":
                return front;
            case "g":
                // "gì", "gìn", "giếng": gi before i is written with one i; g before e/ê is gh
                return !front || nucleus.startsWith("i");
            case "ng":
                return !front;
            case "gi":
                return !nucleus.startsWith("i") && !nucleus.startsWith("y");
            default:
                break;
        }
        if (nucleus.equals("yê")) {
            return onset.isEmpty() || !glide.isEmpty(); // "yên", "quyền" but "tiên"
        }
        if (nucleus.equals("iê")) {
            return !onset.isEmpty() && glide.isEmpty();
        }
        if (nucleus.equals("ya")) {
            return glide.equals("u");
        }
        return true;
    }

    /**
     * The tone sits on the main vowel: the second letter of iê/yê/uô/ươ, the first of ia/ya/ua/ưa, the
     * nucleus otherwise; an open oa/oe/uy may carry it on the glide too ("hòa" and "hoà", ToneMarks).
     */
    private static boolean toneWhereItGoes(int nucleusAt, String glide, String nucleus, String fin, int toneAt,
                                           String onset) {
        int main = nucleusAt;
        if (nucleus.length() == 2) {
            main = Set.of("ia", "ya", "ua", "ưa").contains(nucleus) ? nucleusAt : nucleusAt + 1;
        }
        if (toneAt == main) {
            return true;
        }
        boolean oldStyle = !glide.isEmpty() && !onset.equals("qu") && fin.isEmpty() && "aey".contains(nucleus)
                && nucleus.length() == 1;
        return oldStyle && toneAt == nucleusAt - 1;
    }
}
