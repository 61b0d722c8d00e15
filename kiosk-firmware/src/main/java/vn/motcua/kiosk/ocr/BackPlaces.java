package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A back's places found by their shape where their labels were lost: an address names its administrative
 * units (Xã, Phường, Huyện, Tỉnh…) and ends with its province, so the rows above the back's dates that
 * name units, each run closed by a row that ends with a province, are the places, printed in the layout's
 * order (the 2024 card: residence, then the place of birth registration). Used only when as many such runs
 * are found as there are places whose label was lost, and never for a place found by its label.
 */
final class BackPlaces {
    /** The words that name an administrative unit, by their letters without marks. */
    private static final Pattern UNIT = Pattern.compile("\\b(xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho|dac khu)\\b");

    private BackPlaces() {
    }

    /** Whether a text names an administrative unit (Xã, Phường, Huyện, Tỉnh…): a place does, a sex or a nationality never. */
    static boolean namesUnit(String text) {
        return UNIT.matcher(Fold.fold(text)).find();
    }

    /** A part that opens with a unit word, its name after it. */
    private static final Pattern UNIT_PART = Pattern.compile("(xa|phuong|thi tran|huyen|quan|thi xa|tinh|thanh pho|dac khu) \\S");

    /**
     * How many parts of the card's text (between commas) are an address's units: a unit word and a name that
     * starts with a capital or a number ("Xã Bàn Mế", "Phường 25", "Tỉnh Lào Cai"). Only the faces that print
     * a place have them; the issuer's "… về trật tự xã hội" does not start a part and its "hội" is no name.
     */
    static long unitParts(List<TextRow> rows) {
        long n = 0;
        for (TextRow row : rows) {
            for (String part : row.text().split("[,.;]")) {
                String p = part.strip();
                var m = UNIT_PART.matcher(Fold.fold(p));
                if (m.lookingAt() && (Character.isUpperCase(p.charAt(m.end() - 1)) || Character.isDigit(p.charAt(m.end() - 1)))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** {@code byField} with the places in {@code lost} (fields placed by no label) taken from the address runs. */
    static Map<String, List<CardTextParser.Line>> fill(List<TextRow> rows, CardLayout layout,
                                                       Map<String, List<CardTextParser.Line>> byField, List<String> lost) {
        List<String> places = layout.fields().stream().filter(f -> f.lines() > 1).map(CardLayout.Field::name).toList();
        if (layout.side() != CardSide.BACK || places.stream().noneMatch(lost::contains)) {
            return byField;
        }
        // no place's label read at all (a light face): a run may also start at a type abbreviated or a province alone
        List<List<CardTextParser.Line>> runs = runs(rows, lost.containsAll(places));
        if (runs.size() != places.size()) {
            double firstRowTop = rows.stream().filter(r -> !LabelPieces.isSpeck(r.words()) && r.text().chars().filter(Character::isLetter).count() >= 3)
                    .mapToDouble(TextRow::top).min().orElse(1);
            return firstAboveSecond(byField, places, lost, runs, firstRowTop);
        }
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>(byField);
        for (int i = 0; i < places.size(); i++) {
            if (lost.contains(places.get(i))) {
                out.put(places.get(i), runs.get(i));
            }
        }
        return out;
    }

    /**
     * The first place alone lost (its label faded past reading) and the second found by its label: the first run,
     * when it ends above the second place's first row, is the first place. The second place's own run may be
     * none (a province alone, "Vĩnh Long", names no unit), so the runs need not be as many as the places. Both
     * places lost and one run of two parts or more read from the card's first row of text ({@code firstRowTop}): the
     * run is the first.
     */
    private static Map<String, List<CardTextParser.Line>> firstAboveSecond(Map<String, List<CardTextParser.Line>> byField,
            List<String> places, List<String> lost, List<List<CardTextParser.Line>> runs, double firstRowTop) {
        List<String> lostPlaces = places.stream().filter(lost::contains).toList();
        List<CardTextParser.Line> second = places.size() < 2 ? List.of() : byField.getOrDefault(places.get(1), List.of());
        List<CardTextParser.Line> first = runs.isEmpty() ? List.of() : runs.get(0);
        if (runs.size() == 1 && lostPlaces.equals(places) && second.isEmpty() && first.get(0).top() <= firstRowTop
                && first.stream().anyMatch(l -> l.text().contains(","))) {
            // both places' labels lost and one run of parts read, the card's first row: the first place (a residence
            // names its units; a place of birth may be a province alone, "Cao Bằng" under a residence the page lost)
            Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>(byField);
            out.put(places.get(0), first);
            return out;
        }
        if (runs.isEmpty() || !lostPlaces.equals(List.of(places.get(0))) || second.isEmpty()) {
            return byField;
        }
        double secondTop = second.stream().mapToDouble(CardTextParser.Line::top).min().orElse(0);
        if (first.get(first.size() - 1).bottom() > secondTop) {
            return byField;
        }
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>(byField);
        out.put(places.get(0), first);
        return out;
    }

    /** Runs of rows naming units, each closed by a row that ends with a province; above the dates and the MRZ. */
    private static List<List<CardTextParser.Line>> runs(List<TextRow> rows, boolean noPlaceLabel) {
        List<List<CardTextParser.Line>> runs = new ArrayList<>();
        List<CardTextParser.Line> run = new ArrayList<>();
        double left = 0;
        double valueLeft = 0;
        TextRow above = null;
        for (TextRow row : rows) {
            String text = row.text();
            if (BackDates.DATE.matcher(text).find() || text.contains("<<")) {
                break;
            }
            // an address goes on at its column's left edge, or under its lost label when it began beside it, or
            // indented (centred) right under the row before it; the QR's specks beside it are not its rows
            CardTextParser.Line last = run.isEmpty() ? null : run.get(run.size() - 1);
            boolean inColumn = run.isEmpty() || Math.abs(row.left() - left) < 0.05
                    || row.left() < left && left - row.left() < 0.12 || Math.abs(row.left() - valueLeft) < 0.05
                    || indentedUnder(last, row);
            List<OcrWord> words = run.isEmpty() ? fromFirstUnit(row.words(), noPlaceLabel) : row.words();
            if (words.isEmpty() || !inColumn || LabelPieces.isSpeck(words) || !run.isEmpty() && noAddressRow(run, words)) {
                above = run.isEmpty() && !LabelPieces.isSpeck(row.words()) ? row : above;
                continue;
            }
            if (run.isEmpty()) {
                left = row.left();
                // or under the place's first word, past a label's remnant ("Naieu tú: 179/16 Ngô Quyền, …" over "- Tỉnh Hà Giang")
                valueLeft = words.get(0).left();
                // the address's first row names no unit ("18/9 Võ Thị Sáu, Thôn Tân Hoà,") and ends with the comma a
                // printer puts where it wraps between parts
                CardTextParser.Line start = startAbove(above, row);
                if (start != null) {
                    run.add(start);
                }
            }
            run.add(TextRow.line(words));
            if (AddressEnds.closesAddress(TextRow.line(words).text())) {
                runs.add(run);
                run = new ArrayList<>();
            }
        }
        return runs;
    }

    /** A row set right of the row before it and right under it: an address's rows centred or indented past the first. */
    private static boolean indentedUnder(CardTextParser.Line last, TextRow row) {
        return last != null && row.left() > last.left() && row.left() < last.right() - 0.05
                && row.top() - last.bottom() < 1.2 * (last.bottom() - last.top());
    }

    /**
     * The row above an address run's first, past a label's remnant up to its colon, when it is the address's start;
     * else null. It is right above that row, at its left edge or left of it (a label's remnant before), ends with
     * the comma an address's row ends with where it wraps between parts, and its words are syllables and numbers as
     * an address's are, not a label's garbled remnant ending with a comma.
     */
    private static CardTextParser.Line startAbove(TextRow above, TextRow row) {
        if (above == null || row.top() - above.bottom() > 1.2 * (row.bottom() - row.top())
                || above.left() > row.left() + 0.05 || above.right() < row.left()) {
            return null;
        }
        CardTextParser.Line start = TextRow.line(fromFirstWord(above.words()));
        String text = start.text();
        String address = AddressEnds.dropJunkBefore(text); // past a label's remnant ("Pocest eseese Ngõ 154 Võ Thị Sáu,")
        boolean isStart = text.endsWith(",") && !AddressEnds.closesAddress(text.substring(0, text.length() - 1))
                && VietnameseSyllable.misfits(address) * 4 <= address.split("\\s+").length;
        return isStart ? start : null;
    }

    /** A row's words past a label's remnant up to its colon ("xơi cư raú: Khu phố 4, …"). */
    private static List<OcrWord> fromFirstWord(List<OcrWord> words) {
        for (int i = 0; i < Math.min(6, words.size() - 1); i++) {
            if (words.get(i).text().endsWith(":")) {
                return words.subList(i + 1, words.size());
            }
        }
        return words;
    }

    /**
     * A row amid an address that is none of it (what is left of a label's English half, "Pl", "'esidence"): no unit,
     * no comma, no digit, and not the rest of the province the run ends with.
     */
    private static boolean noAddressRow(List<CardTextParser.Line> run, List<OcrWord> words) {
        String text = TextRow.line(words).text();
        String before = run.get(run.size() - 1).text();
        return !namesUnit(text) && !text.matches(".*[,\\d].*") && !AddressEnds.closesAddress(before + " " + text);
    }

    /**
     * The row's words from its first address word on (a label past reading stands before it: "Xet trú Ptwer
     * o( Revudowr- Khu phố 6, Xã…"), or none when it names no unit. {@code wide}: a unit's type abbreviated before
     * its name ("Ngõ 8 Nguyễn Trãi, X. Tập Ngãi,") or a province ending the row ("Thái Bình" alone) names one too.
     */
    static List<OcrWord> fromFirstUnit(List<OcrWord> words, boolean wide) {
        List<OcrWord> pastLabel = wide ? fromFirstWord(words) : words;
        if (pastLabel != words) {
            return fromFirstUnit(pastLabel, true); // past a label ("… khai 5an: Bắc Ninh")
        }
        String row = String.join(" ", words.stream().map(OcrWord::text).toList());
        if (!namesUnit(row) && !(wide && (ABBREVIATED_UNIT.matcher(row).find() || AddressEnds.closesAddress(row)))) {
            return List.of();
        }
        for (int i = 0; i < words.size(); i++) {
            String text = words.get(i).text();
            // a speck of the background glued in front ("¡Xóm 7,") is no letter of the word
            String bare = text.replaceFirst("^[^\\p{L}\\d]+", "");
            if (CardTextParser.startsAddress(text) && !bare.isEmpty() && Character.isUpperCase(bare.charAt(0))) {
                return from(words, i, bare);
            }
            // "Xã" with its X read as a mark ("(ã Ninh Tây,"): two letters no name word is, before a name
            if (i + 1 < words.size() && XA_MISREAD.matcher(text).matches()
                    && Character.isUpperCase(words.get(i + 1).text().charAt(0))) {
                return from(words, i, "Xã");
            }
            // a digit or a part's closing comma ("Trung Hòa, Xã …"); a comma inside a word is a garbled label's ("sesas,se");
            // before a number, its street word with the capital lost ("gõ 231 Trần Hưng Đạo, X. Viêng Lán, …")
            if (words.get(i).text().matches(".*\\d.*|.*,")) {
                boolean streetWord = i > 0 && words.get(i).text().matches("\\d.*") && AddressSpelling.isStreetWord(words.get(i - 1).text());
                return words.subList(StreetStart.groupBefore(words, i) ? i - 3 : streetWord ? i - 1 : i, words.size());
            }
        }
        return words;
    }

    /** A unit's abbreviated type before its name ("X. Tập Ngãi"), a word of its own. */
    private static final Pattern ABBREVIATED_UNIT = Pattern.compile("(?<![\\p{L}\\d])" + TypeAbbreviation.WORD.pattern() + " \\p{Lu}");

    /** "Xã" read with its X as a mark or a letter without the X's strokes: "(ã", "{ã", "Xa". */
    private static final Pattern XA_MISREAD = Pattern.compile(AddressEnds.XA_MARKED + "|X[aạả]");

    private static List<OcrWord> from(List<OcrWord> words, int first, String firstText) {
        List<OcrWord> out = new ArrayList<>(words.subList(first, words.size()));
        OcrWord w = out.get(0);
        out.set(0, new OcrWord(firstText, w.confidence(), w.left(), w.top(), w.right(), w.bottom(), w.line()));
        return out;
    }
}
