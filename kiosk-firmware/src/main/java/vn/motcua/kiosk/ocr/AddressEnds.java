package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.motcua.kiosk.idcard.ProvincesAfter2025;

/**
 * Where an address read by OCR begins and ends. It begins at its first part: every part of a printed address
 * starts with a capital or a number and is spelled in Vietnamese syllables, so parts in front of the first one
 * that starts as an address does (Số, Thôn, Xã…) that break either rule are what is left of the label above
 * it ("ý P)áce cế +095@9‹c®", "re2e0ce": the garbled "Place of residence"). It ends at its province: what
 * follows the province is other print run into it (the issuer's title beside it), and a province whose name
 * breaks off into letters no syllable has after its first word(s) ("Thành phố Cần 'fÄ{ð'*Y", "Tỉnh Nam
 * wwerem") is the one province of that kind whose name begins with those words, when there is only one; a
 * province garbled from its first word is the one province of its kind that has the units before it.
 */
final class AddressEnds {
    /** A house, block, building or flat number: "12", "12A", "5/12", "B2", "A1-05", "CT1", "HH2A", "17T1-0908". */
    private static final Pattern NUMBER = Pattern.compile("[A-Z]{0,3}\\d+(?:[A-Za-z]\\d*)?([/\\-.][A-Z]{0,3}\\d+(?:[A-Za-z]\\d*)?)*");
    /** A Roman numeral some units' names end with ("Phường Hải Châu II", "Xã Đồng Lạc III"). */
    private static final Pattern ROMAN = Pattern.compile("I{1,3}|IV|VI{0,3}|IX|X{1,3}I{0,3}");
    /** Punctuation a word may carry at its ends without being garbled ("3:", "(cũ)"). */
    private static final Pattern EDGE_MARKS = Pattern.compile("^[(\\[:;.\\-]+|[)\\]:;.\\-]+$");

    /** Quote marks and specks before a part's first capital. */
    private static final Pattern SPECK_BEFORE_CAPITAL = Pattern.compile("(^|,\\s*)['`´‘’]+(?=\\p{Lu})");

    /** "Xã" whose X was read as a mark ("(ã Ninh Tây"): no word of an address is a mark and an ã. */
    static final String XA_MARKED = "[^\\p{L}\\d\\s,]ã";
    private static final Pattern XA_MARKED_AT_PART = Pattern.compile("(^|,\\s*)" + XA_MARKED + "(?=\\s+\\p{Lu})");

    /**
     * A part's word and its number (as a house or a hamlet prints it: "12", "12A", "54/3"), then a unit's word with no
     * comma between them; or the comma read as a stop or a quote after the number ("Tổ 1. Phường"), or its tail as any
     * small letter glued to it ("Tổ 1j Phường", "Tổ 1r Phường": a number's letter is printed as a capital).
     */
    private static final Pattern COMMA_LOST_AFTER_NUMBER = Pattern.compile(
            "(\\p{L}+\\s+\\d+(?:/\\d+)?[A-Z]?)(?:[.'’‘`]|\\p{Ll})?\\s+(?=" + TypeAbbreviation.SPELLED_TYPES + "\\s)");

    private AddressEnds() {
    }

    /** The address from its first part to its province; as read when neither end needs cutting. */
    static String trim(String address) {
        // a speck before a part's capital ("'Tổ dân phố 3"): no part of an address starts with a quote mark
        address = SPECK_BEFORE_CAPITAL.matcher(address).replaceAll("$1");
        address = XA_MARKED_AT_PART.matcher(address).replaceAll("$1Xã");
        // no address prints a semicolon: it is a comma with a speck above it ("Huyện Giao Thủy; Tỉnh Nam Định")
        address = address.replaceAll("\\s*;\\s*", ", ");
        // a card puts a comma between an address's parts: a unit right after a part's number ("Hẻm 31 Phường
        // Thịnh Đán", "Phường 7 Quận 3") lost it to the OCR
        address = COMMA_LOST_AFTER_NUMBER.matcher(address).replaceAll("$1, ");
        List<String> parts = new ArrayList<>(Arrays.asList(address.split(",\\s*")));
        int first = 0;
        while (first < parts.size() && !startsAsAddress(parts.get(first))) {
            first++;
        }
        // a place of birth that is a province named alone, after a label's remnant ("Jistration, Tuyên Quang", the end
        // of "registration"): no part starts as an address does, and the province is where it starts; a short part
        // may be a district's name without its type the lists hold under another ("Lắk, Đắk Lắk")
        int last = parts.size() - 1;
        if (first == parts.size() && last > 0 && Gazetteer.provinces().namesProvince(parts.get(last))
                && parts.subList(0, last).stream().allMatch(p -> key(p).length() >= 5 && isLabelLeft(p) && !AdminUnits.namesAUnitWithoutType(p))) {
            first = last;
        }
        int from = 0;
        while (from < first && first < parts.size() && isLabelLeft(parts.get(from))) {
            from++;
        }
        List<String> kept = new ArrayList<>(parts.subList(from, parts.size()));
        // the last part cut as a label's remnant may hold the address's first part after it, on the label's row
        // with no comma between them ("Nới cư trú / P!ace a4 Khóm 4"): that part is kept from its first word on
        String tail = from > 0 ? afterLabelLeft(parts.get(from - 1)) : null;
        if (tail != null) {
            kept.add(0, tail);
        }
        String joined = String.join(", ", kept);
        if (AddressSpelling.endsWithProvince(joined)) {
            return from == 0 ? address : joined;
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            String part = kept.get(i);
            List<String> before = kept.subList(0, i);
            Optional<String> province = province(part).or(() -> typeOf(part) == null ? Optional.empty() : byUnits(part, before));
            if (province.isPresent()) {
                List<String> out = new ArrayList<>(kept.subList(0, i));
                out.add(province.get());
                return String.join(", ", out);
            }
            if (typeOf(part) != null) {
                break; // the last part naming a type is where the province was; an earlier one is a district
            }
        }
        return from == 0 ? address : joined;
    }

    /**
     * Whether a row as read ends its address: it ends with a province, and not with a comma. Many provincial
     * towns and cities bear their province's name ("Thành phố Kon Tum", "Thị xã Quảng Trị"), and an address
     * wrapped after one prints its comma and goes on with the province on the next row.
     */
    static boolean closesAddress(String row) {
        // a province cut short at a space ("Tỉnh Lâm" / "Đồng") goes on in the next row (WrappedParts)
        String clean = CardTextParser.clean(row);
        return !row.strip().endsWith(",") && AddressSpelling.endsWithProvince(clean) && !WrappedParts.provinceCutShort(clean);
    }

    /**
     * The end of a part that a label's remnant begins, from its first word on that starts as an address does,
     * when that end is spelled as an address is; else null.
     */
    static String afterLabelLeft(String part) {
        String[] words = part.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String rest = String.join(" ", Arrays.asList(words).subList(i, words.length));
            if (startsAsAddress(rest)) {
                return isLabelLeft(rest) ? null : rest;
            }
        }
        return null;
    }

    /** Whether a part starts as a printed address does: an address's first word (Số, Thôn, Xã…), capitalised. */
    static boolean startsAsAddress(String part) {
        // "$ố 208": an S the OCR confused, as AddressSpelling reads it
        String firstWord = part.strip().split("\\s+")[0].replaceFirst("^\\$", "S");
        return !firstWord.isEmpty() && Character.isUpperCase(firstWord.charAt(0)) && CardTextParser.startsAddress(firstWord);
    }

    /** The second words of two-word types (Thành phố, Thị xã, Thị trấn, Đặc khu, Tổ dân phố), printed in lower case. */
    private static final Set<String> TYPE_SECOND_WORDS = Set.of("pho", "xa", "tran", "khu", "dan");
    /** A flat's or a quarter's words printed small after the first ("Căn hộ", "Chung cư", "Tòa nhà", "Khu đô thị"). */
    private static final Set<String> SMALL_IN_PHRASE = Set.of("can ho", "chung cu", "toa nha", "so nha", "khu vuc", "khu do",
            "do thi", "tieu khu", "dan cu", "khu tap", "tap the", "khu cong", "cong nghiep");

    /** Whether a word printed small is the next word of a flat's or a quarter's name after this one ("Tòa" "nhà"). */
    static boolean smallInPhrase(String before, String word) {
        return SMALL_IN_PHRASE.contains(key(before) + " " + key(word));
    }

    /**
     * A part no printed address has: a word of it is neither a syllable nor a number, or starts in lower case
     * without being a street word or a type's second word ("6V bánh"): names are printed with every syllable
     * capitalised.
     */
    static boolean isLabelLeft(String part) {
        String p = part.strip();
        if (p.isEmpty()) {
            return true;
        }
        List<String> words = Arrays.stream(p.split("\\s+")).filter(w -> !TypeAbbreviation.is(w))
                .map(w -> EDGE_MARKS.matcher(w).replaceAll("")).filter(w -> !w.isEmpty()).toList();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean garbled = !NUMBER.matcher(w).matches() && !syllables(w) && !ROMAN.matcher(w).matches();
            boolean small = Character.isLowerCase(w.charAt(0)) && !CardTextParser.startsAddress(w) && !TYPE_SECOND_WORDS.contains(key(w))
                    && !(i > 0 && smallInPhrase(words.get(i - 1), w));
            if (garbled || small) {
                return true;
            }
        }
        return false;
    }

    /** A syllable, or syllables joined by hyphens as some names are printed ("Bà Rịa-Vũng Tàu", "Phan Rang-Tháp Chàm"). */
    private static boolean syllables(String word) {
        return Arrays.stream(word.split("-", -1)).allMatch(VietnameseSyllable::isWellFormed);
    }

    /** "Tỉnh" or "Thành phố" when the part starts with it, else null. */
    private static String typeOf(String part) {
        String f = Fold.fold(part.strip());
        return f.startsWith("tinh ") ? "Tỉnh" : f.startsWith("thanh pho ") ? "Thành phố" : null;
    }

    /**
     * The province a part names, written as the list writes it, when its words begin a province's name of
     * the part's kind and then break off into a garbled word or end; the one province so begun.
     */
    static Optional<String> province(String part) {
        String type = typeOf(part);
        if (type == null) {
            return Optional.empty();
        }
        String[] words = part.strip().split("\\s+");
        String rest = String.join(" ", Arrays.asList(words).subList(type.equals("Tỉnh") ? 1 : 2, words.length));
        List<String> read = Arrays.stream(rest.split("[\\s-]+")).filter(w -> !w.isEmpty()).toList(); // "Bà Rịa - Vũng Tàu"
        List<String> fits = names(type);
        int matched = 0;
        while (matched < read.size()) {
            String key = key(read.get(matched));
            int at = matched;
            List<String> narrower = fits.stream().filter(n -> at < keys(n).length && keys(n)[at].equals(key)).toList();
            if (narrower.isEmpty()) {
                break;
            }
            fits = narrower;
            matched++;
        }
        if (matched == 0 || fits.size() != 1) {
            return Optional.empty();
        }
        String name = fits.get(0);
        boolean whole = matched == keys(name).length;
        // a name cut short counts only where the reading breaks off: the part ends, or its next word is no
        // word an address prints (no syllable, lower case first, or capitals inside it: "NãN", "CÑfïi")
        boolean brokenOff = matched == read.size() || garbled(read.get(matched));
        String printed = whole && matched == read.size() ? Gazetteer.asPrinted(rest, name) : name;
        return whole || brokenOff ? Optional.of(type + " " + printed) : Optional.empty();
    }

    /**
     * A province garbled from its first word on ("Thành phố ØÄÑăRg"), told by the units before it: the one
     * province of the part's kind that has every one of them that a list knows (the district "Quận Hải Châu"
     * is in Đà Nẵng only), looked up in the list of the address's kind (three levels: before the merger).
     */
    private static Optional<String> byUnits(String part, List<String> before) {
        String type = typeOf(part);
        String[] words = part.strip().split("\\s+");
        int first = type.equals("Tỉnh") ? 1 : 2;
        // a city under its province whose name is no Vietnamese syllable ("Thành phố Pleiku") is a district read right
        if (before.isEmpty() || words.length <= first || !garbled(words[first]) || AdminUnits.before2025().isOfficial(part.strip())) {
            return Optional.empty();
        }
        List<String> address = new ArrayList<>(before);
        address.add(part);
        boolean threeLevels = Gazetteer.hasDistrict(address.toArray(String[]::new));
        AdminUnits list = threeLevels ? AdminUnits.before2025() : AdminUnits.after2025();
        Set<String> provinces = null;
        for (String unit : before) {
            Set<String> with = list.provincesWith(unit);
            if (!with.isEmpty()) {
                provinces = provinces == null ? with : provinces;
                provinces.retainAll(with);
            }
        }
        if (provinces == null) {
            return Optional.empty();
        }
        List<String> kind = names(type);
        List<String> fits = provinces.stream()
                .flatMap(p -> threeLevels ? Gazetteer.provinces().namesOf(p).stream() : Stream.of(p))
                .filter(kind::contains).distinct().toList();
        return fits.size() == 1 ? Optional.of(type + " " + fits.get(0)) : Optional.empty();
    }

    private static boolean garbled(String word) {
        String w = EDGE_MARKS.matcher(word).replaceAll("");
        return w.isEmpty() || Character.isLowerCase(w.charAt(0)) || !VietnameseSyllable.isWellFormed(w)
                || !w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
    }

    /** The provinces of a kind: "Thành phố" for the centrally-run cities, "Tỉnh" for the rest, old and new. */
    private static List<String> names(String type) {
        return type.equals("Thành phố") ? Kinds.CITIES : Kinds.PROVINCES;
    }

    /** The two kinds' names, drawn from the lists once (every address read asks for them). */
    private static final class Kinds {
        static final List<String> CITIES = ProvincesAfter2025.builtIn().all().stream()
                .filter(u -> u.kind().equals("Thành phố") || "Thành phố".equals(u.laterKind()))
                .map(ProvincesAfter2025.Unit::name).toList();
        static final List<String> PROVINCES;

        static {
            Set<String> onlyCities = ProvincesAfter2025.builtIn().all().stream().filter(u -> u.kind().equals("Thành phố"))
                    .map(ProvincesAfter2025.Unit::name).collect(Collectors.toSet());
            PROVINCES = Gazetteer.provinces().names().stream().filter(n -> !onlyCities.contains(n)).toList();
        }
    }

    private static String[] keys(String name) {
        return Arrays.stream(name.split("[\\s-]+")).map(AddressEnds::key).filter(k -> !k.isEmpty()).toArray(String[]::new);
    }

    private static String key(String word) {
        return Fold.fold(word).replaceAll("[^a-z]", "");
    }

    /**
     * What is left of a garbled label in front of an address ("Hơi tường vú: Ấp Mỹ Hòa", "sinh Phường 17"):
     * up to three words without digits or commas before the first word an address starts with; or one character.
     */
    private static final Set<String> UNIT_TYPE_WORDS = Set.of("pho", "huyen", "quan", "phuong", "tinh", "dac", "tran", "xa");

    static String dropJunkBefore(String text) {
        if (Abroad.names(text)) {
            return text; // "Nhật Bản": its "Bản" is no village
        }
        String[] words = text.strip().split("\\s+");
        if (words.length > 2 && words[0].length() == 1 && Character.isUpperCase(words[1].charAt(0))
                && CardTextParser.startsAddress(words[1]) && !startsAUnitName(words, 1)) {
            // a speck read as a letter or a digit in front ("1 Số 4 đường Quang Trung"): no address starts with one
            return String.join(" ", Arrays.copyOfRange(words, 1, words.length));
        }
        for (int i = 1; i <= 3 && i < words.length; i++) {
            String prefix = String.join(" ", Arrays.copyOfRange(words, 0, i));
            // a dash before the word: units set off by dashes ("Phì - Tỉnh Hà Giang"), the name of one cut over rows
            // a capitalised word and a full stop: a name's end and its comma misread ("Nguyễn" / "Trãi. Xã Trí Lực")
            // digits are a house number's, but not among marks no address prints ("7&<e9/sdns": a label's lower half)
            boolean number = prefix.matches(".*[\\d,].*") && !prefix.matches(".*[&<>=^*#@%{}\\[\\]].*");
            if (number || prefix.matches(".*\\p{Lu}\\p{L}*\\.") || namesAUnit(words[i - 1]) || words[i - 1].equals("-")) {
                return text;
            }
            String word = CardTextParser.withoutSpecksBefore(words[i]);
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && CardTextParser.startsAddress(word)
                    && !CardTextParser.startsAddress(words[0]) && !startsAUnitName(words, i)) {
                int from = namesProvince(words, i - 1) ? i - 1 : i; // "sinh Hải Dương": the province is kept whole
                return String.join(" ", Arrays.copyOfRange(words, from, words.length));
            }
        }
        return text;
    }

    /** Whether a row starts with a unit's name without its type ("Nội Bài, Thành phố Hà Nội": no "Nơi" of a label). */
    static boolean startsWithUnitName(String row) {
        String first = row.strip().split(",", 2)[0];
        return !first.isEmpty() && startsAUnitName(first.split("\\s+"), 0);
    }

    /**
     * Whether the row's words up to the one an address starts with, or a word or two past it, are a unit's name
     * without its type: the row goes on with a name whose type ended the row above ("Huyện" / "Sơn Dương, …",
     * "Đặc khu" / "Cô Tô, …"), and "Dương" or "Tô" is no street's "Đường" or "Tổ" there.
     */
    private static boolean startsAUnitName(String[] words, int at) {
        for (int to = at + 1; to <= Math.min(words.length, at + 3); to++) {
            String name = String.join(" ", Arrays.copyOfRange(words, 0, to));
            if (name.matches("[^,]*,?") && AdminUnits.namesAUnitWithoutType(name.replaceAll("[,.;:]+$", ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word no label has but a unit's name does: a unit's type ("phố", "Huyện") or where two units set off by a
     * dash meet ("Hoà-Thành"). In front of it is a unit cut over rows ("Tân Hoà-Thành phố Lạng Sơn"), not junk,
     * though a word further on reads as one an address starts with ("Lạng" as "Làng").
     */
    private static boolean namesAUnit(String word) {
        return UNIT_TYPE_WORDS.contains(key(word)) || word.matches("\\p{L}+-\\p{Lu}\\p{L}*");
    }

    /**
     * Whether a province's name starts at a word and ends a word or two after it: a word an address starts with
     * may be the second of a province's ("Hải Dương"), not the start of the address.
     */
    private static boolean namesProvince(String[] words, int from) {
        for (int to = from + 2; to <= Math.min(words.length, from + 3); to++) {
            String name = String.join(" ", Arrays.copyOfRange(words, from, to)).replaceAll("[,.;:]+$", "");
            if (Gazetteer.provinces().namesProvince(name)) {
                return true;
            }
        }
        return false;
    }
}
