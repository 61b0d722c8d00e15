package vn.motcua.kiosk.ocr;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A place of birth or origin read with something before its units that is no unit: the rest, listed units down to a
 * province, is the place. Two kinds of thing come before it so:
 * <ul>
 *   <li>a scrap of the label or of specks, with no type or street word in it: a word of the field's label ("Nơi, Xã
 *   Phong Dụ Hạ, …"), or a word no unit's name is printed as, which starts with a small letter or is not letters
 *   ("regtstratsoen Phú Yên", "K Thái Bình", "..3, u, Phường Minh Khai, …"); a name's words each start with a capital
 *   ("Krông Pắc, …" is kept, unlisted as it may be);</li>
 *   <li>another place's province ("Tỉnh Quảng Nam, Huyện Đại Từ, Tỉnh Bắc Thái": the residence's last row taken in),
 *   for units are printed from the smallest up and a province ends a place (a province the lists know, not "T. EP").</li>
 * </ul>
 * What is cut is a guess about where the page's rows belong, so the place is shown to be checked
 * ({@link PlaceDoubt#DOUBTED}), never as sure.
 */
final class ScrapBeforePlace {
    /** A word as a unit's name is printed: a capital, then letters ("Đắk", "H'Mông"). */
    private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’]+");
    /** The signs around a word that are not part of it ("Nơi,", "đãn:"). */
    private static final Pattern EDGE_SIGNS = Pattern.compile("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$");
    /** Shorter label words ("ky", "of") are any scrap's letters. */
    private static final int LABEL_WORD = 3;

    private ScrapBeforePlace() {
    }

    static IdCardReading mended(IdCardReading reading, CardLayout layout, double threshold) {
        IdCardReading out = reading;
        for (CardLayout.Field field : layout.fields()) {
            String value = out.fields().get(field.name());
            if (!PlaceValueAlone.UNITS_ONLY.contains(field.name()) || value == null || Abroad.names(value)) {
                continue;
            }
            String place = place(value, labelWords(field));
            if (place != null) {
                double confidence = Math.min(out.confidence().getOrDefault(field.name(), 0.0), PlaceDoubt.DOUBTED);
                out = out.with(field.name(), place, confidence, threshold);
            }
        }
        return out;
    }

    /** The place after what comes before it, or null when nothing is to be cut. */
    static String place(String value, Set<String> labelWords) {
        String[] words = value.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String rest = EDGE_SIGNS.matcher(String.join(" ", Arrays.copyOfRange(words, i, words.length))).replaceFirst("");
            if (!units(rest)) {
                continue;
            }
            String before = String.join(" ", Arrays.copyOfRange(words, 0, i));
            if (anotherProvince(before) || !units(value) && scrap(Arrays.copyOfRange(words, 0, i), labelWords)) {
                // looked up again alone: a type the scrap kept from its spelling ("…:— HUYỆN Đắk R'Lấp")
                String alone = AddressSpelling.correct(rest);
                String place = units(alone) ? alone : rest;
                String further = place(place, labelWords);
                return further != null ? further : place;
            }
        }
        return null;
    }

    /** Whether a place is listed units down to a province, all of it. */
    private static boolean units(String place) {
        return PlaceSecondLook.listed(place) && AddressSpelling.endsWithProvince(place) && PlaceValueAlone.allUnits(place);
    }

    /** Whether what comes before a place ends with a province's part ("…, Tỉnh Quảng Nam,"). */
    private static boolean anotherProvince(String before) {
        if (!before.endsWith(",")) {
            return false;
        }
        List<String> parts = WrappedParts.parts(before.substring(0, before.length() - 1));
        String last = parts.isEmpty() ? "" : parts.get(parts.size() - 1);
        return PlaceDoubt.PROVINCE_TYPED.matcher(TypeAbbreviation.spelledOut(last)).find() && WrappedParts.known(last);
    }

    private static boolean scrap(String[] words, Set<String> labelWords) {
        List<String> bare = Arrays.stream(words).map(w -> EDGE_SIGNS.matcher(w).replaceAll("")).filter(w -> !w.isEmpty()).toList();
        if (Arrays.stream(words).anyMatch(w -> Arrays.stream(w.split("-")).anyMatch(CardTextParser::startsAddress))) {
            return false;
        }
        return bare.stream().anyMatch(w -> !NAME_WORD.matcher(w).matches() || labelWord(w, labelWords));
    }

    private static boolean labelWord(String word, Set<String> labelWords) {
        String letters = Fold.fold(word).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return labelWords.stream().anyMatch(l -> {
            FuzzyFind.Match m = FuzzyFind.find(l, letters, FuzzyFind.allowed(l.length()));
            return m != null && m.start() == 0 && m.end() == letters.length();
        });
    }

    /** The words of a field's labels ("noi", "dang", "khai", "sinh", "place", "birth", "registration"). */
    private static Set<String> labelWords(CardLayout.Field field) {
        return Stream.concat(field.labels().stream(), field.rowStartLabels().stream())
                .flatMap(l -> Arrays.stream(l.split("[^a-z]+"))).filter(w -> w.length() >= LABEL_WORD).collect(Collectors.toSet());
    }
}
