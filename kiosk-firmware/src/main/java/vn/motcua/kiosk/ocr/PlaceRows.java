package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.motcua.kiosk.ocr.CardTextParser.Line;

/**
 * A place's lines as one address, as read: its rows joined with commas (pieces of one row with spaces, left to
 * right), a label in front cut at the first word an address starts with, a row that is only a label fragment
 * dropped, a unit cut over two rows at a space made one part again. Its spelling is put right from the lists
 * afterwards ({@link AddressSpelling}).
 */
final class PlaceRows {
    /** Pieces of the place labels that survive a blur; not "Nội," ending a name cut over rows ("Phường Dương" / "Nội, …"). */
    private static final Pattern LABEL_PIECE = Pattern.compile("place|thuong tru\\b|^\\W*noi\\b(?!\\s*,)|resi|res[a-z]*ce\\b|que quan");

    /**
     * A dash glued to a unit's name with a space after it, before the next unit's type ("Kim Động- Tỉnh Hưng Yên"):
     * units set off by dashes are printed either with no space ("Động-Tỉnh") or with one on each side; a space on one
     * side only is the page's reading of the first.
     */
    private static final Pattern GLUED_DASH_SPACED = Pattern.compile("(?<=\\p{L})-\\s+(?=(?:" + TypeAbbreviation.SPELLED_TYPES + "|"
            + TypeAbbreviation.LETTERS + "\\.)\\s)");

    /** A hamlet's or a house's type read glued to its number ("Khu phố9", "Tổ12", "Khu3"): the print has a space there. */
    private static final Pattern GLUED_NUMBER = Pattern.compile("(?<!\\p{L})(" + PlaceNumberVote.NUMBERED_TYPES + "|khu)(?=\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Units set off by hyphens with no space, both hyphens lost ("Xã Thọ Sơn Huyện Bù Đăng Tỉnh Bình" for
     * "…Sơn-Huyện Bù Đăng-Tỉnh Bình", Noto Serif Display): a commune, a district and a province run together with no
     * mark at all, where a comma or a spaced dash would have been read; the tight hyphens are put back. One mark
     * lost alone is more often a comma ("Xã Hạ Vị Huyện Bù Đốp, Tỉnh …"), and stays for the lists to part.
     */
    private static final String NAME = "(?: (?!(?:Huyện|Tỉnh|Quận|Thị|Thành) )\\p{Lu}[\\p{L}']*){1,4}";
    private static final Pattern HYPHENS_LOST = Pattern.compile("((?:Xã|Phường|Thị trấn)" + NAME + ") ((?:Huyện|Quận|Thị xã|Thành phố)"
            + NAME + ") (?=(?:Tỉnh|Thành phố) \\p{Lu})");

    private PlaceRows() {
    }

    /**
     * How many rows a place may run to: those its layout prints and two more (a long address wrapped once more), or
     * twelve in a column so narrow that it holds a word or two a row ("Xã" / "Phước" / "Lộc" / "-" / "Huyện").
     */
    static int mostRows(List<Line> lines, int printed) {
        boolean narrow = lines.size() > printed && lines.stream().skip(1).allMatch(l -> l.text().strip().split("\\s+").length <= 2);
        return narrow ? 12 : printed + 2;
    }

    /** How far right of its label's start a value's row under the label may begin. */
    static final double COLUMN_SET_IN = 0.12;

    /**
     * Whether row {@code r}, starting at {@code left} a hair past {@link #COLUMN_SET_IN}, heads a column: the row
     * right under it starts where it does (box edges differ by a pixel or two) and within that limit, so both are the
     * one column's and the first is the place's first row.
     */
    static boolean headsColumn(List<TextRow> rows, int r, double left, double labelLeft) {
        if (r + 1 >= rows.size()) {
            return false;
        }
        TextRow row = rows.get(r);
        TextRow next = rows.get(r + 1);
        return next.left() <= labelLeft + COLUMN_SET_IN && Math.abs(next.left() - left) <= 0.01
                && next.top() - row.bottom() < row.bottom() - row.top();
    }

    /**
     * How far below a place's last row, in rows' heights, its next row may start: 1.6 (a row's spacing), or 2.8 in a
     * column a word a row (each row after the first one or two words, as {@link #mostRows} tells) where the place has
     * not ended and the row starts on its rows' edge: a row the page lost between them (the "-" alone of "Xã Gia
     * Xuân" / "-" / "Huyện Nho Quan") leaves the place going on under it.
     */
    static double rowsApart(List<Line> lines, double rowLeft) {
        Line last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        boolean wordARow = lines.size() >= 3 && lines.stream().skip(1).allMatch(l -> l.text().strip().split("\\s+").length <= 2);
        return wordARow && !AddressEnds.closesAddress(String.join(" ", lines.stream().map(Line::text).toList()))
                && Math.abs(rowLeft - last.left()) <= 0.01 ? 2.8 : 1.6;
    }

    /** Words a part's number follows ("Căn hộ" / "17T1-0908", "Tổ" / "17"), without marks. */
    private static final java.util.Set<String> BEFORE_A_NUMBER = java.util.Set.of("ho", "phong", "tang", "lo", "nha", "to",
            "so", "ngo", "ngach", "hem", "kiet", "xom", "khom", "khoi", "doi", "ap", "pho", "cum", "khu", "vuc");

    /** Whether a row holding only a number goes on the part above, which ended with the word before a number. */
    private static boolean numberAfterItsWord(List<String> parts, List<Boolean> commaAtEnd, String row) {
        int last = parts.size() - 1;
        if (last < 0 || commaAtEnd.get(last) || !row.matches("\\d[\\dA-Z]*(?:[/.-][A-Z]{0,3}\\d+[A-Z]?\\d*)*")) {
            return false;
        }
        String part = parts.get(last).strip();
        return BEFORE_A_NUMBER.contains(Fold.fold(part.substring(part.lastIndexOf(' ') + 1)).replaceAll("[^a-z]", ""));
    }

    /** A place's lines as one address, before its spelling is put right from the lists; null when none is left. */
    static String asRead(List<Line> ls) {
        List<String> parts = new ArrayList<>();
        List<Boolean> commaAtEnd = new ArrayList<>();
        for (List<Line> row : CardTextParser.rows(ls)) {
            row = ProvinceLast.inRow(row);
            // an alley's slash read as I, l or a bar between its digits ("102I16"), or lost between them ("145 35 Ngô
            // Quyền"): no address word sits inside a number, and no part opens with two numbers before a name
            String text = String.join(" ", row.stream().map(Line::text).toList()).replaceAll("(?<=\\d)[Il|](?=\\d)", "/")
                    .replaceAll("(^|, |Số )(\\d{1,4}) (\\d{1,4}) (?=\\p{Lu})", "$1$2/$3 ");
            text = GLUED_NUMBER.matcher(GLUED_DASH_SPACED.matcher(text).replaceAll("-")).replaceAll("$1 ");
            text = HYPHENS_LOST.matcher(text).replaceAll("$1-$2-");
            text = StreetStart.garbledStreetWord(text);
            String kept = IssuerName.drop(restOfUnitAbove(parts, commaAtEnd, text, dropLabel(text))); // the issuer beside it is no place
            // words before an address's first word are a label's remnant, unless they end a unit the row above began
            boolean endsAUnit = !parts.isEmpty() && !commaAtEnd.get(parts.size() - 1) && (WrappedParts.completes(parts.get(parts.size() - 1),
                    CardTextParser.clean(kept)) || WrappedParts.phraseGoesOn(parts.get(parts.size() - 1), kept));
            String v = CardTextParser.clean(endsAUnit ? kept : AddressEnds.dropJunkBefore(kept));
            if ((v.chars().filter(Character::isLetter).count() >= 2 || numberAfterItsWord(parts, commaAtEnd, v)) && !isLabelFragment(v)) {
                // a dash between parts at a row's end ("Thị xã Ngã Năm -") or the next one's start ("- Tỉnh Sóc Trăng")
                int last = parts.size() - 1;
                if (last >= 0 && text.strip().matches("-\\s+\\p{Lu}.*") && !parts.get(last).endsWith(" -")) {
                    parts.set(last, parts.get(last) + " -");
                }
                parts.add(text.strip().matches(".*[\\p{L}\\d]\\s+-") ? v + " -" : v);
                commaAtEnd.add(text.strip().endsWith(","));
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        // a row read above its place (box stretched by noise) ends the address if it ends in a province; not one wrapped or ending in a comma
        for (int i = 0; i < parts.size() - 1; i++) {
            boolean lastEndsIt = AddressSpelling.endsWithProvince(parts.get(parts.size() - 1));
            boolean wrapped = commaAtEnd.get(i) || i > 0 && WrappedParts.runsOn(parts.get(i - 1), parts.get(i), commaAtEnd.get(i - 1))
                    || WrappedParts.runsOn(parts.get(i), parts.get(i + 1), commaAtEnd.get(i));
            if (!lastEndsIt && !wrapped && AddressSpelling.endsWithProvince(parts.get(i)) && !WrappedParts.provinceCutShort(parts.get(i))) {
                parts.add(parts.remove(i));
                commaAtEnd.add(commaAtEnd.remove(i));
                break;
            }
        }
        // a unit cut over two rows at a space is one part (WrappedParts)
        // a T read otherwise, or a speck, at a row's end ("…, X. Thanh Bồng, 1," over "Quảng Ngãi") is seen with the next row
        String spaced = String.join(" ", parts);
        if (Abroad.names(spaced)) {
            return spaced; // a country's or a mission's name cut over rows ("Hợp chúng quốc Hoa" / "Kỳ") is one
        }
        return once(CardTextParser.partsMisread(WrappedParts.join(parts, commaAtEnd).replaceAll("\\s*,\\s*", ", ").replaceAll("(, )+", ", ")));
    }

    /**
     * A place whose rows were taken twice (a row set higher than its label read on a row of its own, and again
     * beside the label): the same parts one after the other are one place.
     */
    static String once(String value) {
        String[] parts = value.split(", ");
        int half = parts.length / 2;
        boolean twice = parts.length % 2 == 0 && half > 0
                && java.util.Arrays.equals(parts, 0, half, parts, half, parts.length);
        return twice ? String.join(", ", java.util.Arrays.copyOf(parts, half)) : value;
    }

    /**
     * The row with its label cut off, keeping the word or two before the cut that end the unit the row above began
     * ("…, Huyện Đắk" over "Place oƒ birth registration R'Lấp, Tỉnh Đắk Nông": "R'Lấp" is no label's word).
     */
    private static String restOfUnitAbove(List<String> parts, List<Boolean> commaAtEnd, String text, String cut) {
        int last = parts.size() - 1;
        if (last < 0 || commaAtEnd.get(last) || cut.length() >= text.length() || !text.endsWith(cut)) {
            return cut;
        }
        String[] before = text.substring(0, text.length() - cut.length()).strip().split("\\s+");
        for (int n = 1; n <= Math.min(2, before.length); n++) {
            String words = String.join(" ", java.util.Arrays.copyOfRange(before, before.length - n, before.length));
            if (!words.isEmpty() && Character.isUpperCase(words.charAt(0)) && !isLabelFragment(words)
                    && WrappedParts.completes(parts.get(last), CardTextParser.clean(words + " " + cut.strip()))) {
                return words + " " + cut.strip();
            }
        }
        return cut;
    }

    /** What is left of "Nơi thường trú / Place of residence" when no address word followed it. */
    private static boolean isLabelFragment(String text) {
        String f = Fold.fold(text);
        return f.matches(".*(noi th|thuong tru\\b|place|resid|que quan|origin).*")
                && !f.matches(".*\\b(xa|phuong|thi tran|quan|huyen|thi xa|thanh pho|tinh)\\b.*") && !text.matches("(^|.*\\s)\\p{Lu}{1,2}\\.\\s.*")
                || garbledHalf(text);
    }

    /**
     * A label's lower half garbled past knowing ("Paee öƒ bứth rey(unutkvy"): three words or more, none a syllable, with
     * no type abbreviated, no name with an apostrophe and no unit the lists know (a minority's names are no Vietnamese
     * syllables either: "Krông Búk, Đắk Lắk", "M'Đrắk, T. Đắk" of a row cut short). The lists are asked last.
     */
    private static boolean garbledHalf(String text) {
        long words = text.strip().split("[\\s,.;:]+").length;
        return words >= 3 && VietnameseSyllable.misfits(text) == words
                && !text.matches("(^|.*\\s)\\p{Lu}{1,2}\\.(\\s.*|$)") && !text.contains("'")
                && java.util.Arrays.stream(text.split(",")).noneMatch(p -> !p.isBlank() && WrappedParts.known(p));
    }

    /** Cuts "Nơi thường trú / Place of residence:" (however garbled) off the front of a value. */
    static String dropLabel(String text) {
        String folded = Fold.fold(text);
        int colon = folded.indexOf(':');
        // a colon ends a label: one followed by an address's first word ("ý Phace of messdence: Xóm 3") too
        if (colon >= 0 && colon < folded.length() * 0.7 && (folded.contains("/") || folded.contains("place")
                || AddressEnds.startsAsAddress(text.substring(colon + 1)))) {
            return text.substring(colon + 1);
        }
        // the label's "Vietnamese / English" slash, not a house number's ("109/37 Hai Bà Trưng": HouseNumber)
        int slash = folded.replaceAll("(?<=\\d)/(?=\\d)", "#").indexOf('/');
        if (slash < 0 && (!LABEL_PIECE.matcher(folded).find() || AddressEnds.startsWithUnitName(text))) { // "Nội Bài, …"
            return text;
        }
        String[] words = text.split("\\s+");
        int from = -1;
        int offset = 0;
        int start = slash < 0 ? 0 : slash;
        for (int i = 0, pos = 0; i < words.length; i++) {
            pos = text.indexOf(words[i], pos);
            String word = CardTextParser.withoutSpecksBefore(words[i]); // "7&<e9/sdns \"Thì xã": a speck before it
            if (pos > start && !word.isEmpty() && (Character.isUpperCase(word.charAt(0))
                    && CardTextParser.startsAddress(word) || HouseNumber.startsStreet(words, i))) {
                from = i;
                offset = pos;
                break;
            }
            pos += words[i].length();
        }
        return from < 0 ? text : text.substring(offset);
    }
}
