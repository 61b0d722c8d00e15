package vn.motcua.kiosk.ocr;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.client.identity.PersonalNumbers;
import vn.motcua.kiosk.idcard.CardValidity;

/**
 * Turns the text lines Tesseract read off a CCCD front into its fields. Lines are given their field by
 * where they sit on the card ({@link Band}), not by their labels: the labels are the smallest print and
 * the first thing a blurred photo loses. Labels that come through are cut off the values (matched
 * without marks). Values are checked against what the field can be (12 digits, a real date, Nam/Nữ,
 * a known province) and their confidence drops when they fail.
 */
public final class CardTextParser {
    /**
     * One line as read, with Tesseract's confidence 0..100 and where it sits on the card (0..1 of the
     * card's height and width).
     */
    public record Line(String text, float confidence, double top, double bottom, double left, double right) {
        public Line {
            text = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC).strip();
        }

        /** A line whose right end is not known: taken as reaching the card's right edge. */
        public Line(String text, float confidence, double top, double bottom, double left) {
            this(text, confidence, top, bottom, left, 1.0);
        }

        double centre() {
            return (top + bottom) / 2;
        }

        /** The line ending with the dash the card prints after it ({@link DashAtRowEnd}), its box as it was. */
        Line withDashAtEnd() {
            return new Line(text + " -", confidence, top, bottom, left, right);
        }
    }

    /**
     * Where each value sits on the 2021 chip card, as fractions of the card's height (line centres),
     * measured on the specimen layout; a card model with another layout gets its own bands.
     */
    enum Band {
        NUMBER(0.33, 0.40, "number"), NAME(0.44, 0.52, "name"), BIRTH(0.52, 0.575, "dateOfBirth"),
        SEX_NATIONALITY(0.575, 0.645, "sex", "nationality"), ORIGIN(0.69, 0.755, "placeOfOrigin"),
        RESIDENCE(0.755, 0.88, "placeOfResidence");

        final double from;
        final double to;
        final List<String> fields;

        Band(double from, double to, String... fields) {
            this.from = from;
            this.to = to;
            this.fields = List.of(fields);
        }

        static Optional<Band> of(Line line) {
            for (Band b : values()) {
                if (line.centre() >= b.from && line.centre() < b.to) {
                    return Optional.of(b);
                }
            }
            return Optional.empty();
        }
    }

    private record Found(String value, double confidence) {
    }

    static final List<String> FIELDS = List.of("number", "name", "dateOfBirth", "sex", "nationality",
            "placeOfOrigin", "placeOfResidence");

    private static final Pattern NAME_LABEL = Pattern.compile("ho\\s*va\\s*ten|full\\s*name");
    private static final Pattern SLASHES_AS_ONES = Pattern.compile("(?<!\\d)([0-3]\\d)[1/.,-]?([01]\\d)[1/.,-]?((?:19|20|21)\\d\\d)(?!\\d)");
    private static final Pattern NATIONALITY_LABEL = Pattern.compile("quoc\\s*tich|nation");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*[/\\-.,]\\s*(\\d{1,2})\\s*[/\\-.,]\\s*(\\d{4})");
    /** "Không thời hạn" without its marks, a letter of each word read otherwise: the expiry of a card that never expires. */
    private static final Pattern NEVER_EXPIRES = Pattern.compile("(?<![a-z])kh[a-z0]{1,3} ?th[a-z0]{1,2} ?h[a-z4]n(?![a-z])");
    /** First words of Vietnamese addresses, without marks: where a value starts after a garbled label. */
    private static final Set<String> ADDRESS_START = Set.of("so", "thon", "xom", "to", "ap", "khu", "xa", "phuong",
            "thi", "duong", "ngo", "kiet", "hem", "ban", "lang", "khoi", "khom", "huyen", "quan", "tinh", "thanh",
            "cum", "doi", "buon", "plei", "ngach");
    /**
     * First words that open an address only with their marks, folded they are names' words ("Căn" / "Cần Thơ", "Phòng"
     * / "Phong Điền", "Tầng" / "Tăng", "Sóc" / "Sóc Trăng" after a comma): a flat's parts (Căn hộ, Phòng, Tầng, Tòa
     * nhà, Chung cư, Lô, Nhà), which city addresses open with, and the hamlets of the highlands and the Khmer south.
     */
    private static final Set<String> ADDRESS_START_MARKED = Set.of("căn", "phòng", "tầng", "tòa", "toà", "chung", "lô",
            "nhà", "tiểu", "bon", "phum", "sóc", "nóc", "block");
    /** The same without marks: only a word whose letters are one of them is looked at with its marks. */
    private static final Set<String> ADDRESS_START_MARKED_LETTERS = ADDRESS_START_MARKED.stream().map(Fold::fold)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final String TYPE_ABBREVIATIONS = TypeAbbreviation.LETTERS;
    /** A full stop inside a value is a comma the OCR confused, except after a unit's abbreviated type. */
    private static final Pattern STOP_FOR_COMMA = Pattern.compile("(?<!\\b" + TYPE_ABBREVIATIONS + ")\\.\\s");
    /** Marks OCR puts after a value, but the full stop of an abbreviated type ("…, T." / "Thanh Hóa": a row cut there). */
    private static final Pattern TRAILING_MARKS = Pattern.compile("(?<!\\b" + TYPE_ABBREVIATIONS + ")[:;.,\\-\\s/]+$");
    /** An abbreviated type whose full stop was read as a comma ("T, Thanh Hóa"): no part is a type's letters alone. */
    private static final Pattern COMMA_FOR_STOP = Pattern.compile("(?<=^|,\\s)(" + TYPE_ABBREVIATIONS + "),\\s*(?=\\p{Lu})");
    /**
     * A T read as 1, I or a dagger in serif display faces ("1P, Châu Đốc", "†, Đồng Nai", "T1, Vĩnh Long", "I, Quảng
     * Trị" for "T."), in a place that abbreviates its types elsewhere; a type alone only after a comma, where a house
     * number never stands.
     */
    private static final Pattern T_MISREAD = Pattern.compile(
            "(?<=^|,\\s)[1†]([PTX])[.,]\\s*(?=\\p{Lu})|(?<=,\\s)(?:[1†I]|T1)[.,]\\s*(?=\\p{Lu})");
    /** A part of marks alone ("Huyện Cư M'gar, ›, Tỉnh Đắk Lắk"): a speck read between two commas; not a dagger, a T's. */
    private static final Pattern MARKS_ALONE = Pattern.compile("(?<=,\\s)[^\\p{L}\\d\\s,†]+,\\s*");
    private static final Pattern ZERO_AS_BRACKETS = Pattern.compile("\\([)J}](?=\\d|\\s\\d)|(?<=\\d)\\([)J}]");
    private static final Pattern A_AS_BACKSLASH = Pattern.compile("(?<=\\p{L}\\s)\\.?\\\\[nN](?=[,\\s]|$)");
    /**
     * A part of one to three small letters alone ("Tổ dân phố 9, ke, Xã Phước Minh": a scrap of the label's lower
     * half beside it): every part of a place opens with a capital or a number; a street word in small letters
     * ("ngõ 45") has its number.
     */
    private static final Pattern SCRAP_ALONE = Pattern.compile("(?<=^|,\\s)\\p{Ll}{1,3},\\s*");
    private static final Pattern SPECK_BEFORE_NUMBER = Pattern.compile("^\\p{Lu} (?=\\d[\\d/]*\\p{Lu}? \\p{Lu})");
    private static final Pattern ABBREVIATED = Pattern.compile("(?<![\\p{L}\\d])" + TYPE_ABBREVIATIONS + "\\.");

    /** A word without the specks read as quote marks before its capital ("„¡Khu", "\"Thì"). */
    static String withoutSpecksBefore(String word) {
        return word.replaceFirst("^[\"“”'„‘’`¡]+", "");
    }

    /** Whether a word is one an address starts with (Xã, Thôn, Số …, or a type's abbreviation). */
    static boolean startsAddress(String word) {
        String letters = Fold.fold(word).replaceAll("[^a-z]", "");
        return ADDRESS_START.contains(letters) || TypeAbbreviation.is(word) || ADDRESS_START_MARKED_LETTERS.contains(letters)
                && ADDRESS_START_MARKED.contains(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""));
    }


    /** The lines that hold each field's value (a line may serve two fields: sex and nationality share a row). */
    private final Map<String, List<Line>> byField = new LinkedHashMap<>();

    private CardTextParser(Map<String, List<Line>> lines) {
        lines.forEach((field, ls) -> {
            List<Line> kept = new ArrayList<>(ls.stream().filter(l -> !l.text().isBlank()).toList());
            kept.sort(Comparator.comparingDouble(Line::top).thenComparingDouble(Line::left));
            byField.put(field, kept);
        });
    }

    /** The 2021 front by position alone: each line's field is the band its centre falls in. */
    public static IdCardReading parse(List<Line> lines, double threshold, long millis) {
        Map<String, List<Line>> byField = new LinkedHashMap<>();
        for (Line l : lines) {
            Band.of(l).ifPresent(b -> b.fields.forEach(f -> byField.computeIfAbsent(f, k -> new ArrayList<>()).add(l)));
        }
        return parse(byField, FIELDS, threshold, millis);
    }

    /** The fields found (absent ones are null) and a confidence 0..1 for each, from the lines given per field. */
    public static IdCardReading parse(Map<String, List<Line>> byField, List<String> wanted, double threshold,
                                      long millis) {
        CardTextParser p = new CardTextParser(byField);
        Map<String, Found> found = new LinkedHashMap<>();
        for (String name : wanted) {
            found.put(name, p.field(name));
        }
        crossCheck(found);
        Map<String, String> fields = new LinkedHashMap<>();
        Map<String, Double> confidence = new LinkedHashMap<>();
        List<String> toCheck = new ArrayList<>();
        for (String name : wanted) {
            Found f = found.get(name);
            String value = f == null || f.value() == null || f.value().isBlank() ? null : f.value();
            fields.put(name, value);
            double c = value == null ? 0 : Math.round(Math.max(0, Math.min(1, f.confidence())) * 100) / 100.0;
            confidence.put(name, c);
            if (c < threshold) {
                toCheck.add(name);
            }
        }
        return new IdCardReading(fields, confidence, toCheck, millis);
    }

    private Found field(String name) {
        return switch (name) {
            case "number" -> number();
            case "name" -> name();
            case "sex" -> sex();
            case "nationality" -> nationality();
            case "dateOfBirth", "issueDate", "expiryDate" -> date(name);
            default -> place(name);
        };
    }

    private String text(String field) {
        return String.join(" ", byField.getOrDefault(field, List.of()).stream().map(Line::text).toList());
    }

    private double confidence(String field) {
        return byField.getOrDefault(field, List.of()).stream().mapToDouble(Line::confidence).average().orElse(0) / 100;
    }

    /**
     * The number against the addresses, the sex and the birth date: a province code that is no province
     * is repaired from the addresses' provinces (and flagged), a lost sex is taken from the number
     * (flagged), and a number and a birth year that disagree are both flagged, since either may be wrong.
     */
    private static void crossCheck(Map<String, Found> found) {
        Found number = found.get("number");
        if (number == null || !number.value().matches("\\d{12}")) {
            return;
        }
        if (!PersonalNumbers.knownProvince(number.value())) {
            List<String> provinces = new ArrayList<>();
            for (String place : List.of("placeOfOrigin", "placeOfResidence")) {
                Found f = found.get(place);
                if (f != null) {
                    provinces.addAll(Gazetteer.provinces().codesOf(f.value()));
                }
            }
            Optional<String> repaired = PersonalNumberCheck.repairProvince(number.value(), provinces);
            number = new Found(repaired.orElse(number.value()), number.confidence() * 0.5);
            found.put("number", number);
        }
        Found sex = found.get("sex");
        if (sex == null) {
            found.put("sex", new Found(PersonalNumbers.sex(number.value()), number.confidence() * 0.85));
        } else if (!sex.value().equals(PersonalNumbers.sex(number.value()))) {
            found.put("sex", new Found(sex.value(), sex.confidence() * 0.5));
        }
        Found birth = found.get("dateOfBirth");
        if (birth != null && !PersonalNumbers.agreesWithBirth(number.value(), birth.value())) {
            found.put("dateOfBirth", new Found(birth.value(), birth.confidence() * 0.5));
            found.put("number", new Found(number.value(), number.confidence() * 0.5));
        }
    }

    /** Whether a number read is 12 digits of a known province whose year of birth is the date's. */
    static boolean numberPasses(String number, String isoDate) {
        return number != null && number.matches("\\d{12}") && PersonalNumbers.knownProvince(number)
                && PersonalNumbers.agreesWithBirth(number, isoDate);
    }

    private Found number() {
        String digits = longestDigitRun(text("number"));
        if (digits.length() < 12) {
            return digits.isEmpty() ? null : new Found(digits, 0.1);
        }
        // a label letter read as a digit lands in front: the number is the last 12
        String number = digits.substring(digits.length() - 12);
        return new Found(number, confidence("number") * (digits.length() == 12 ? 1 : 0.6));
    }

    /** The longest run of digit tokens, with the letters Tesseract confuses with digits put back. */
    static String longestDigitRun(String text) {
        String best = "";
        StringBuilder run = new StringBuilder();
        for (String token : text.split("[\\s:;,]+")) {
            String d = digitsOf(token);
            long realDigits = token.chars().filter(Character::isDigit).count();
            if (!d.isEmpty() && realDigits * 2 >= token.length()) {
                run.append(d);
            } else {
                run.setLength(0);
            }
            if (run.length() > best.length()) {
                best = run.toString();
            }
        }
        return best;
    }

    static String digitsOf(String token) {
        StringBuilder sb = new StringBuilder();
        for (char ch : token.toCharArray()) {
            char d = switch (ch) {
                case 'O', 'o', 'D', 'Q', 'Ø', 'ø' -> '0';
                case 'I', 'l', '|', '!', 'i' -> '1';
                case 'Z' -> '2';
                case 'S' -> '5';
                case 'B' -> '8';
                case 'G' -> '6';
                default -> ch;
            };
            if (Character.isDigit(d)) {
                sb.append(d);
            }
        }
        return sb.toString();
    }

    private Found name() {
        String raw = text("name");
        Matcher label = NAME_LABEL.matcher(Fold.fold(raw));
        if (label.find()) {
            raw = raw.substring(label.end()).replaceFirst("^[^\\p{Lu}]*", "");
        }
        // a label garbled past matching ("NỌ VÀ TAN PHẠM …", "NỌ VÀN TRẦN …"): words that are no family name
        // in front of one, two words before it at most, are what is left of "Họ và tên"
        String[] words = raw.strip().split("\\s+");
        for (int i = 1; i <= 3 && i < words.length - 1; i++) {
            if (Surnames.isFamilyName(words[i]) && !Surnames.isFamilyName(words[0])
                    && Fold.fold(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i))).matches(".*\\bva.*|.*:")) {
                raw = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                break;
            }
        }
        // a lone consonant is never a Vietnamese syllable: a speck or a piece of a split letter
        String name = raw.replaceAll("[^\\p{L}\\p{M} ]", " ").replaceAll("(?<=^|\\s)[B-DF-HJ-NP-TV-XZĐ](?=\\s|$)", " ")
                .replaceAll("\\s+", " ").strip();
        if (name.isEmpty()) {
            return null;
        }
        boolean plausible = name.split(" ").length >= 2 && name.equals(name.toUpperCase(Locale.ROOT));
        String marked = NameSpelling.correct(name.toUpperCase(Locale.ROOT));
        String spelled = Surnames.correct(marked);
        // a word that is still no Vietnamese syllable is a misread (or a minority-language name), and a family name
        // given a letter the page did not show is the list's guess (a name outside the list may be one letter
        // short of one in it): either is to be checked by the citizen
        double spelling = NameSpelling.wellFormed(spelled) && spelled.length() <= marked.length() ? 1 : 0.75;
        return new Found(spelled, confidence("name") * (plausible ? 1 : 0.5) * spelling);
    }

    private Found date(String field) {
        // "03/1 1/2002": a blurred digit pair is read with a gap; no date has digits split by a space; a wide
        // oval 0 read as two brackets ("(J6 08 2026", "()3 (J3. 2026" in a display face)
        String digits = digitLike(ZERO_AS_BRACKETS.matcher(text(field)).replaceAll("0")).replaceAll("(?<=\\d[.,]?) (?=\\d)", "");
        Matcher m = DATE.matcher(digits);
        if (!m.find()) {
            // a thin slash read as I or 1, or lost ("28I1112022", "230111984", "05 08.2025" once the gap is
            // closed): a two-digit day, month and year with 1s or one separator between
            m = SLASHES_AS_ONES.matcher(digits.replace('I', '1').replace('l', '1').replace('|', '1'));
            if (!m.find()) {
                // a card issued at 58 or later prints no date there (vn.motcua.kiosk.idcard.CardValidity)
                boolean never = field.equals("expiryDate") && NEVER_EXPIRES.matcher(Fold.fold(text(field)).toLowerCase(Locale.ROOT)).find();
                return never ? new Found(CardValidity.NEVER_EXPIRES, confidence(field)) : null;
            }
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1)));
            // a birth or issue date is past; an expiry may be decades ahead
            boolean plausible = d.getYear() >= 1900 && (field.equals("expiryDate") ? d.getYear() <= 2200
                    : !d.isAfter(LocalDate.now()));
            return new Found(d.toString(), confidence(field) * (plausible ? 1 : 0.3));
        } catch (DateTimeException e) {
            return new Found(m.group(), 0.1);
        }
    }

    private static String digitLike(String text) {
        StringBuilder sb = new StringBuilder();
        for (String token : text.split("(?<=\\s)|(?=\\s)")) {
            long digits = token.chars().filter(Character::isDigit).count();
            sb.append(digits >= 2 ? token.replace('O', '0').replace('o', '0').replace('Ø', '0').replace('l', '1')
                    .replace('I', '1').replace('|', '1') : token);
        }
        return sb.toString();
    }

    private Found sex() {
        String f = Fold.fold(text("sex"));
        Matcher nat = NATIONALITY_LABEL.matcher(f);
        String before = nat.find() ? f.substring(0, nat.start()) : f;
        double c = confidence("sex");
        // "Giới tính / Sex: Nữ  Quốc tịch / Nationality: Việt Nam": the first Nam/Nữ before "Việt"
        for (String word : before.replaceAll("[^a-z ]", " ").strip().split("\\s+")) {
            if (word.matches("v[il1]e?[te]")) {
                break;
            }
            if (word.equals("nam")) {
                return new Found("Nam", c);
            }
            if (word.equals("nu")) {
                return new Found("Nữ", c);
            }
        }
        return null;
    }

    private Found nationality() {
        String raw = text("nationality");
        String f = Fold.fold(raw);
        double c = confidence("nationality");
        Matcher vn = FrontShapes.VIET_NAM.matcher(f);
        if (vn.find()) {
            return new Found("Việt Nam", c);
        }
        Matcher label = NATIONALITY_LABEL.matcher(f);
        if (label.find()) {
            String rest = clean(raw.substring(label.end()).replaceFirst("^[^:]{0,15}:", ""));
            return rest.isEmpty() ? null : new Found(rest, c * 0.6);
        }
        return null;
    }

    /** A place as read ({@link PlaceRows}), put into the lists' spelling. */
    private Found place(String field) {
        String value = PlaceRows.asRead(byField.getOrDefault(field, List.of()));
        if (value == null) {
            return null;
        }
        String corrected = AddressSpelling.correct(value);
        // marks put back from the lists are as sure as the letters read; letters added or dropped are a guess
        boolean sameLetters = AdminUnits.key(corrected).equals(AdminUnits.key(value));
        return new Found(corrected, confidence(field) * (sameLetters ? 1 : 0.8));
    }

    /**
     * Lines grouped into the card's rows: Tesseract splits a blurred row into pieces whose tops differ
     * by a few pixels, and sorting by top alone put the end of a row before its start. A piece joins a
     * row it overlaps vertically only when it sits beside the row's pieces: on noisy photos the boxes of
     * two rows overlap too, but those rows are stacked, not side by side.
     */
    static List<List<Line>> rows(List<Line> lines) {
        List<Line> byTop = new ArrayList<>(lines);
        byTop.sort(Comparator.comparingDouble(Line::top).thenComparingDouble(Line::left));
        List<List<Line>> rows = new ArrayList<>();
        for (Line l : byTop) {
            List<Line> home = null;
            for (List<Line> row : rows) {
                boolean beside = row.stream().allMatch(o -> RowOverlap.sameRow(l, o)
                        && (l.left() >= o.right() - 0.01 || l.right() <= o.left() + 0.01));
                if (beside) {
                    home = row;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                rows.add(home);
            }
            home.add(l);
        }
        rows.forEach(r -> r.sort(Comparator.comparingDouble(Line::left)));
        return rows;
    }



    /** Strips the colon and stray marks OCR puts around a value; keeps commas and the words' marks. */
    static String clean(String raw) {
        // a speck read as an apostrophe before a capital ("Xuân 'Trường"): no Vietnamese word holds one; an A's
        // left stroke read as a backslash in display faces ("Bình .\n", "Lợi \n": the word An, common in names)
        String s = A_AS_BACKSLASH.matcher(raw).replaceAll("An")
                .replaceAll("[|_“”\"‘’`~„«»¡¿]", " ").replaceAll("(?<!\\p{L})'(?=\\p{Lu})", "").replaceAll("\\s+", " ").strip();
        s = TRAILING_MARKS.matcher(s.replaceAll("^[:;.,\\-\\s/=^]+", "")).replaceAll(""); // "= ^ Tìm Bắc Giang": specks
        // a speck read as a capital before a house number and its street ("E 98/35 Lê Lợi"): no letter stands alone there
        s = SPECK_BEFORE_NUMBER.matcher(s).replaceFirst("");
        s = STOP_FOR_COMMA.matcher(StopInsideName.spaced(s.replaceAll("\\s+,", ","))).replaceAll(", ").replaceAll(",(?=\\S)", ", ");
        s = COMMA_FOR_STOP.matcher(s).replaceAll("$1. ");
        return partsMisread(s);
    }

    /**
     * The place without parts of marks alone ({@link #MARKS_ALONE}) or of a scrap ({@link #SCRAP_ALONE}) and with its
     * abbreviated types' T read otherwise put back ({@link #T_MISREAD}); seen again when a place's rows are joined, as
     * either may end a row.
     */
    static String partsMisread(String place) {
        String p = SCRAP_ALONE.matcher(MARKS_ALONE.matcher(place).replaceAll("")).replaceAll("");
        return ABBREVIATED.matcher(p).find()
                ? T_MISREAD.matcher(p).replaceAll(m -> "T" + (m.group(1) == null ? "" : m.group(1)) + ". ") : p;
    }
}
