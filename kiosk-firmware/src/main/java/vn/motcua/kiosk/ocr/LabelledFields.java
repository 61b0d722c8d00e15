package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds each field's value by its printed label: the words after the label on its row (up to the next label on that
 * row), and the rows below it while they sit under the label and carry no label of their own. A field whose label was
 * not found falls back to its layout band; a number with no label to the longest digit run on the card.
 */
final class LabelledFields {
    /** The lines per field for the parser, and which fields were placed by label. */
    record Result(Map<String, List<CardTextParser.Line>> lines, List<String> byLabel) {
    }

    /** The digits of a personal number (Decree 137/2015, the 2016 and later cards). */
    private static final int NUMBER_DIGITS = 12;

    private LabelledFields() {
    }

    static Result find(List<TextRow> rows, CardLayout layout) {
        List<LabelHit> hits = new ArrayList<>(LabelHits.find(rows, layout));
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        List<String> byLabel = new ArrayList<>();
        List<String> byBand = new ArrayList<>();
        for (CardLayout.Field field : layout.fields()) {
            LabelHit hit = hits.stream().filter(h -> h.field().equals(field.name())).findFirst().orElse(null);
            List<CardTextParser.Line> lines = hit == null ? List.of() : value(rows, hits, hit, field, later(layout, field));
            if (!lines.isEmpty()) {
                byLabel.add(field.name());
            } else if (field.name().equals("number")) {
                lines = longestDigitRow(rows);
                int row = lines.isEmpty() ? -1 : rowOf(rows, lines.get(0));
                if (row >= 0) {
                    hits.add(new LabelHit("number", row, 0, 0, 1)); // the number's row anchors the fields after it
                }
            } else {
                lines = LostLabels.betweenNeighbours(rows, hits, layout, field);
            }
            if (lines.isEmpty()) {
                lines = band(rows, hits, field, layout);
                byBand.add(field.name());
                if (field.lines() > 1 && lines.stream().noneMatch(l -> BackPlaces.namesUnit(l.text())
                        || AddressSpelling.endsWithProvince(CardTextParser.clean(l.text())))) {
                    lines = List.of(); // where a place sits on the one layout, what names no unit ("Date of issue") is none
                }
            } else if (!byLabel.contains(field.name()) && field.lines() > 1
                    && lines.stream().noneMatch(l -> BackPlaces.namesUnit(l.text()))) {
                // a place names a unit (at least its province): rows between the neighbours' labels that name
                // none (the issuer's print beside them) are no place, and the place is looked for by its shape
                byBand.add(field.name());
            }
            out.put(field.name(), lines);
        }
        return new Result(BackPlaces.fill(rows, layout, out, byBand), byLabel);
    }

    static List<CardLayout.Field> later(CardLayout layout, CardLayout.Field field) {
        return layout.fields().subList(layout.fields().indexOf(field) + 1, layout.fields().size());
    }

    /**
     * The words that hold a letter or a digit, and a dash after one of them: some places set their parts off by
     * " - " ("Xã Ô Lâm - Tỉnh An Giang", a row ending "Thị xã Ngã Năm -"), as printed; a dash before the value is
     * a speck or the label's.
     */
    static List<OcrWord> withoutSpecks(List<OcrWord> words) {
        List<OcrWord> kept = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            boolean dash = words.get(i).text().equals("-") && i > 0 && !words.get(i - 1).compact().isEmpty()
                    && !words.get(i - 1).text().endsWith(",") && (i == words.size() - 1 || !words.get(i + 1).compact().isEmpty());
            if (dash || !words.get(i).compact().isEmpty()) {
                kept.add(words.get(i));
            }
        }
        return kept;
    }

    /**
     * The value after a label: the rest of its row, then the rows below in its column up to the field's row
     * budget; a row that opens with the label of a field printed later (a third of its letters off) ends it.
     */
    static List<CardTextParser.Line> value(List<TextRow> rows, List<LabelHit> hits, LabelHit hit, CardLayout.Field field,
                                                   List<CardLayout.Field> later) {
        List<CardTextParser.Line> lines = new ArrayList<>();
        TextRow row = rows.get(hit.row());
        int end = hits.stream().filter(h -> h.row() == hit.row() && h.from() >= hit.to()).mapToInt(LabelHit::from).min()
                .orElse(row.words().size());
        List<OcrWord> rest = LabelPieces.withTypeGluedToLabel(row.words(), hit, withoutSpecks(row.words().subList(hit.to(), end)), field);
        int budget = field.lines();
        rest = LabelPieces.withoutLabelPieces(rest, field);
        boolean digitsWanted = field.name().equals("number") || field.name().equals("dateOfBirth");
        if (LabelPieces.isLabelRemnant(rest, field) || LabelPieces.endsAtColon(rest)
                || digitsWanted && rest.stream().noneMatch(w -> w.text().matches(".*\\d.*"))) {
            // a number or a date has digits: scraps of the label's other half ("/ P'") are not it, nor its garbled end
            rest = List.of();
        }
        // a speck read off the paper after the label ("Øff") stands where a value read apart would be
        boolean noValueBeside = rest.isEmpty() || LabelPieces.isSpeck(rest);
        int split = noValueBeside && end == row.words().size() ? RestOfRow.ofField(rows, hits, hit, field) : -1;
        if (split >= 0) {
            rest = LabelPieces.withoutLabelPieces(rows.get(split).words(), field);
        }
        boolean beside = !rest.isEmpty();
        if (beside) {
            lines.add(TextRow.line(rest));
            budget--;
        }
        // the label's column: where its row starts when no other label stands before it ("HỌ, CHỮ ĐỆM VÀ TÊN |
        // Full Name" with only the English half found), else where the label itself starts
        boolean first = hits.stream().noneMatch(h -> h.row() == hit.row() && h.to() <= hit.from());
        double labelLeft = first ? labelStart(rows, row, hit, field) : row.words().get(hit.from()).left();
        TextRow valueRow = split >= 0 ? rows.get(split) : row; // a value read as a row of its own may be set larger
        double bottom = Math.max(row.bottom(), valueRow.bottom());
        double height = Math.max(row.bottom() - row.top(), valueRow.bottom() - valueRow.top());
        // a place begun right of its label, in a column of its own
        double columnLeft = beside && field.lines() > 1 && hit.to() > hit.from()
                && lines.get(0).left() > row.words().get(hit.to() - 1).right() + 0.005 ? lines.get(0).left() : -1;
        // a place beside its label that ends with its province has ended: the rows under it are the next field's
        // (its label garbled past finding: "KÝ KHAisNH: Huyện Cầu Kè, Tỉnh Cửu Long")
        boolean ended = beside && field.lines() > 1 && endsAbove(lines.get(0).text(), rows, hit.row() + 1);
        for (int r = hit.row() + 1; !ended && r < rows.size() && (budget > 0 || runsOn(lines, field, rows.get(r))); r++) {
            TextRow below = rows.get(r);
            if (r == split) {
                continue;
            }
            // words left of the label's column (the expiry under the photo) are not this value's; a word whose box a
            // speck beside it stretched left ("Quận" from the QR's margin) stands in the column by its middle
            List<OcrWord> inColumn = below.words().stream()
                    .filter(w -> w.left() >= labelLeft - 0.03 || (w.left() + w.right()) / 2 >= labelLeft).toList();
            if (RowOverlap.besideLabel(below, row, field.lines() > 1) || inColumn.isEmpty()
                    || inColumn.get(0).left() > labelLeft + PlaceRows.COLUMN_SET_IN && !underValue(lines, inColumn, field)
                    && !underLabel(lines, inColumn, field, row, hit)
                    && !(field.lines() > 1 && lines.isEmpty() && PlaceRows.headsColumn(rows, r, inColumn.get(0).left(), labelLeft))) {
                continue;
            }
            // a number or a date read with little confidence ("2511112026": its slashes read as ones) is still one
            boolean digits = field.lines() == 1 && inColumn.stream().mapToLong(w -> w.text().chars().filter(Character::isDigit).count()).sum() >= 6;
            if (LabelPieces.isSpeck(inColumn) && !digits) {
                if (lines.isEmpty() && below.top() - bottom <= 1.6 * height && below.left() >= labelLeft - 0.03) {
                    bottom = below.bottom(); // a label half past reading under the label: the value comes after it
                }
                continue;
            }
            if (below.left() < labelLeft - 0.03 && startsWithLabel(hits, r)) {
                continue; // a label left of the column (the expiry under the photo) is another column's
            }
            // a place's first row may stand a label row further down: the label's other half, under it, read as
            // nothing at all (no speck to step over)
            double gap = lines.isEmpty() && field.lines() > 1 && bottom == row.bottom() ? 3.2 : PlaceRows.rowsApart(lines, inColumn.get(0).left());
            if (below.top() - bottom > gap * height || startsWithLabel(hits, r) || below.text().contains("<<")
                    || field.lines() > 1 && BackDates.DATE.matcher(TextRow.line(inColumn).text()).find()) {
                // a place holds no date: a date row is the next field's (an issue date whose label was lost); the
                // expiry under the photo, read into the place's row, is left of the column and not the place's
                break;
            }
            if (columnLeft > 0) {
                // in a column beside its label: the label's lower half beside or under the place's rows is left out
                inColumn = ColumnBesideLabel.inColumn(inColumn, columnLeft, lines.get(lines.size() - 1).text());
                if (inColumn.isEmpty()) {
                    continue;
                }
            }
            // not a row that ends the place ("Tuyên Quang" under "…, Tỉnh" reads much as "Nguyên quán", a 2016 label)
            if (lines.isEmpty() && (LabelPieces.isLabelRemnant(inColumn, field) || LabelPieces.isOtherHalf(inColumn, row, hit, field))
                    || HalfWithValue.otherHalfUnder(inColumn, r, hit, field, lines) && !completesPlace(lines, inColumn, field)) {
                bottom = below.bottom(); // the label's other half printed under the first ("Full name" below "Họ và tên")
                continue;
            }
            final int at = r;
            // not a row that starts as an address does and ends with a province, as no label does: "Phường Mỹ Thạnh,
            // Thành phố Sơn La, Tỉnh Sơn La" is a third of its letters from "Date of expiry" in its first words
            boolean wholeAddress = field.lines() > 1 && CardTextParser.startsAddress(inColumn.get(0).text())
                    && AddressSpelling.endsWithProvince(CardTextParser.clean(TextRow.line(inColumn).text()));
            if ((!lines.isEmpty() || field.lines() > 1) && !wholeAddress
                    && later.stream().anyMatch(f -> LostLabels.looseLabel(rows, hits, f, at, at, true) != null)) {
                break; // the next field's label, garbled past finding it among all the labels
            }
            if (!completesPlace(lines, inColumn, field)) {
                inColumn = LabelPieces.withoutLabelPieces(inColumn, field);
            }
            if (inColumn.isEmpty()) {
                continue;
            }
            CardTextParser.Line line = TextRow.line(inColumn);
            if (!lines.isEmpty() && readTwice(lines.get(lines.size() - 1), line)) {
                lines.set(lines.size() - 1, better(lines.get(lines.size() - 1), line, field));
                continue;
            }
            lines.add(line);
            bottom = below.bottom();
            height = Math.max(height, below.bottom() - below.top()); // values print larger than their labels
            budget--;
            int next = r + 1;
            while (next < rows.size() && rows.get(next).left() < labelLeft - 0.03 && startsWithLabel(hits, next)) {
                next++; // the expiry under the photo is another column's: the place may go on under it ("Thủ" / "Dầu Một")
            }
            if (field.lines() > 1 && endsAbove(lines.get(lines.size() - 1).text(), rows, next)) {
                break; // an address ends with its province: the row after it is the next field's
            }
        }
        if (lines.isEmpty()) {
            return besideHalfAbove(rows, hits, hit, field);
        }
        Optional<CardTextParser.Line> upperHalf = beside ? ValueBesideUpperHalf.of(rows, hits, hit, field) : Optional.empty();
        upperHalf.ifPresent(upper -> lines.add(0, upper));
        if (field.lines() > 1 && upperHalf.isEmpty()) {
            // the English half found alone under a garbled Vietnamese one ("Nơi cư rau Tổ dân phố 1, Thôn Phú Mỹ,"
            // over "Place of residence", the value going on under it): the place begins beside the upper half
            // when what is there ends with a comma or a unit's type ("…, TP. Rạch Giá, T." over "Kiên Giang"), an
            // address part still to come; so too beside both halves ("xaiermi: — Khu phố 9, …, Huyện Nghĩa Hưng - Tỉnh"
            // over "Place ö[ residertce Nam Định")
            List<CardTextParser.Line> above = besideHalfAbove(rows, hits, hit, field);
            if (!above.isEmpty() && goesOnBelow(above.get(0).text().strip())) {
                lines.add(0, above.get(0));
            }
        }
        return lines;
    }

    /**
     * Whether two lines are one printed row read twice: Tesseract gives a row that print overlaps (an English label
     * half set over a place's second row) once with the other print and once without, nearly in the same box.
     */
    private static boolean readTwice(CardTextParser.Line a, CardTextParser.Line b) {
        double vertical = Math.min(a.bottom(), b.bottom()) - Math.max(a.top(), b.top());
        double horizontal = Math.min(a.right(), b.right()) - Math.max(a.left(), b.left());
        // nearly the same box, not a row's last word under a tilted row that it overlaps ("Tỉnh Bắc" / "Ninh")
        return vertical >= 0.5 * Math.max(a.bottom() - a.top(), b.bottom() - b.top())
                && horizontal >= 0.8 * Math.max(a.right() - a.left(), b.right() - b.left());
    }

    /** Of one row read twice, the reading that ends a place with its province, else the surer one. */
    private static CardTextParser.Line better(CardTextParser.Line a, CardTextParser.Line b, CardLayout.Field field) {
        boolean aEnds = field.lines() > 1 && AddressEnds.closesAddress(a.text());
        if (field.lines() > 1 && aEnds != AddressEnds.closesAddress(b.text())) {
            return aEnds ? a : b;
        }
        return b.confidence() > a.confidence() ? b : a;
    }

    /**
     * Whether a place goes on past its field's rows: set in a narrower column or a larger face than the layout
     * counts on, a place wraps over more rows ("Thị trấn Phương Sơn, Huyện" / "Sơn Động, Tỉnh Bắc Giang"), and
     * it has not ended until its province has; two rows more at most.
     */
    private static boolean runsOn(List<CardTextParser.Line> lines, CardLayout.Field field, TextRow next) {
        // not past an ended place: a label's garbled remnant read after it does not end with a province either
        return field.lines() > 1 && !lines.isEmpty() && lines.size() < PlaceRows.mostRows(lines, field.lines())
                && lines.subList(0, lines.size() - 1).stream().noneMatch(line -> AddressEnds.closesAddress(line.text()))
                && !endsBefore(lines.get(lines.size() - 1).text(), next.text());
    }

    /**
     * Whether a place's row ends it: it ends with a province, and the row below does not go on with the rest of a
     * longer name that province's begins ("Tỉnh Hà Nam" over "Ninh", "Tỉnh Gia Lai" over "- Kon Tum": provinces of
     * 1976-2008 whose names begin with a present one's).
     */
    private static boolean endsAbove(String row, List<TextRow> rows, int below) {
        return below < rows.size() ? endsBefore(row, rows.get(below).text()) : AddressEnds.closesAddress(row);
    }

    /** Whether a place's row ends it, the row under it ({@code next}) going on with no longer name ({@link #endsAbove}). */
    private static boolean endsBefore(String row, String next) {
        return AddressEnds.closesAddress(row) && !WrappedParts.completes(row, next);
    }

    /**
     * Where a row's first label starts: its words before the label found, as far left as they run on without a gap (the
     * half past finding; not the QR read as a tall word) in its row, or in a piece of the label read as a row of its own.
     */
    private static double labelStart(List<TextRow> rows, TextRow row, LabelHit hit, CardLayout.Field field) {
        List<OcrWord> words = row.words();
        double height = words.get(hit.from()).bottom() - words.get(hit.from()).top();
        int from = hit.from();
        while (from > 0 && words.get(from).left() - words.get(from - 1).right() <= WORD_GAP && !picture(words.get(from - 1), height)) {
            from--;
        }
        double before = from > 0 ? words.get(from).left() : RowOverlap.startBefore(rows, row, words.get(0).left(), WORD_GAP, r -> LabelPieces.isLabelStart(r, field));
        // a label's end alone, its start lost to a pale ink: the label started at least a wording's width further left
        double lost = hit.from() == 0 && hit.to() == 1 ? LostLabels.lostStart(words.get(0), field) : Double.NaN;
        return Double.isNaN(lost) ? before : Math.min(before, Math.max(0, lost));
    }

    /** A block twice as tall as the label's print and wider than a long word: a picture read as a word, not a label's. */
    private static boolean picture(OcrWord word, double labelHeight) {
        return word.bottom() - word.top() > 2 * labelHeight && word.right() - word.left() > 0.08;
    }

    /**
     * Where a place starts on a row whose label half is garbled past finding, without its colon ("xơicvti Tổ 6,
     * Thôn Mỹ Thạnh,"): its first word an address starts with, after one to three words with no digit that Tesseract
     * was unsure of or that are a remnant of the label; or -1. A place's own words before it (another place's row)
     * are read surely and are no remnant.
     */
    private static int addressAfterRemnant(List<OcrWord> words, CardLayout.Field field) {
        for (int i = 1; i <= 3 && i < words.size(); i++) { // "Nơi cư trú" has three words
            String text = CardTextParser.withoutSpecksBefore(words.get(i).text());
            if (words.get(i - 1).text().matches(".*\\d.*")) {
                return -1;
            }
            List<OcrWord> before = words.subList(0, i);
            // before an address's capitalised first word a label's remnant may be half its letters off ("xơi cư vú")
            boolean halfOff = LabelPieces.nearLabel(OcrWord.compact(before), field, 2);
            if (CardTextParser.startsAddress(text) && Character.isUpperCase(text.charAt(0))
                    && (before.stream().allMatch(w -> w.confidence() < NameVote.SURE) || halfOff || LabelPieces.isLabelRemnant(before, field))) {
                return i;
            }
        }
        return -1;
    }

    /** How far a place's later rows may be set in from its first: a short label's width, and a little more. */
    private static final double HANGING_INDENT = 0.15;

    /** A gap between two words of one label, wider than a space in the largest print a card's label has. */
    private static final double WORD_GAP = 0.05;

    /**
     * A place's row set under its value's first word rather than under its label: taken when the value so far has
     * not ended ({@link AddressEnds#closesAddress}: an address part, or the rest of one, is still to come: "…, Tỉnh"
     * over "Bà Rịa - Vũng Tàu", "Xã Mường" over "Lát, Tỉnh Thanh Hóa") and the row starts no further right than the value,
     * or than a hanging indent of the width of a short label past it (rows after the first set in from it).
     */
    private static boolean underValue(List<CardTextParser.Line> lines, List<OcrWord> inColumn, CardLayout.Field field) {
        if (field.lines() <= 1 || lines.isEmpty()) {
            return false;
        }
        return !endsBefore(lines.get(lines.size() - 1).text(), TextRow.line(inColumn).text())
                && inColumn.get(0).left() <= lines.get(0).left() + HANGING_INDENT;
    }

    /**
     * Whether a row ends a place not yet ended, its province cut over the rows ("…, TP. Hà" over "Nội"): its words are the place's,
     * though one reads as a label's ("Nội" as "Nơi"); not the label's lower half whole ("…, Xã" over "Place ofresidence").
     */
    private static boolean completesPlace(List<CardTextParser.Line> lines, List<OcrWord> row, CardLayout.Field field) {
        if (field.lines() <= 1 || lines.isEmpty()) {
            return false;
        }
        String last = lines.get(lines.size() - 1).text();
        String next = TextRow.line(row).text();
        // or ends a unit the row above began ("…, Huyện" / "Quế Sơn, Tỉnh Quảng": no "Quê" of "Quê quán")
        return !AddressEnds.closesAddress(last) && (AddressEnds.closesAddress(last + " " + next)
                || WrappedParts.completes(last, next) && !LabelPieces.nearLabel(OcrWord.compact(row), field));
    }

    /**
     * A place's first row set in under its label rather than at its start (a narrow column that begins under the
     * label's English half): nothing read yet, and the row starts before the label ends.
     */
    private static boolean underLabel(List<CardTextParser.Line> lines, List<OcrWord> inColumn, CardLayout.Field field,
                                      TextRow row, LabelHit hit) {
        return field.lines() > 1 && lines.isEmpty() && hit.to() > hit.from()
                && inColumn.get(0).left() < row.words().get(hit.to() - 1).right();
    }

    /**
     * A label printed over two rows whose lower half was found alone ("Nationality" under a garbled "Quốc
     * tịch: Việt Nam"): the value is on the upper half's row, after what is left of that half.
     */
    private static List<CardTextParser.Line> besideHalfAbove(List<TextRow> rows, List<LabelHit> hits, LabelHit hit,
                                                             CardLayout.Field field) {
        TextRow row = rows.get(hit.row());
        final int r = rowAboveInColumn(rows, hit.row());
        if (r < 0 || hit.from() > 0 || hits.stream().anyMatch(h -> h.row() == r)) {
            return List.of();
        }
        TextRow above = rows.get(r);
        if (Math.abs(above.left() - row.left()) > 0.03 || row.top() - above.bottom() > row.bottom() - row.top()) {
            return List.of();
        }
        LabelHit half = LostLabels.looseLabel(rows, hits, field, r, r, true);
        int from = half != null ? half.to() : LabelPieces.afterColon(above.words());
        if (from < 0 && field.lines() > 1) {
            from = addressAfterRemnant(above.words(), field);
        }
        if (from < 0 && field.lines() > 1 && above.words().size() <= 3 && !CardTextParser.startsAddress(above.words().get(0).text())) {
            from = above.words().size(); // a few words past reading over the half found ("xơicưraú"): the other half whole
        }
        if (from < 0) {
            return List.of();
        }
        List<OcrWord> rest = LabelPieces.withoutLabelPieces(above.words().subList(from, above.words().size()), field);
        // nothing but the upper half (or a scrap of it) on its row: the value beside it may be a row of its own
        int split = field.lines() > 1 && (rest.isEmpty() || RestOfRow.scrap(rest))
                ? RestOfRow.splitOff(rows, hits, new LabelHit(field.name(), r, 0, above.words().size(), 0)) : -1;
        if (split >= 0) {
            rest = LabelPieces.withoutLabelPieces(rows.get(split).words(), field);
        }
        if (rest.isEmpty() || LabelPieces.isLabelRemnant(rest, field)) {
            return List.of();
        }
        List<CardTextParser.Line> lines = new ArrayList<>(List.of(TextRow.line(rest)));
        if (split >= 0) {
            lines.addAll(RestOfRow.goesOn(rows, hits, split, field.name(), field.lines() - 1)); // in a column of its own
        }
        return lines;
    }


    /** Whether a place's row ends where its address cannot: after a comma, or a unit's type with no name. */
    private static boolean goesOnBelow(String row) {
        String[] parts = row.split(",|\\s-\\s");
        String last = parts.length == 0 ? "" : parts[parts.length - 1].strip();
        return row.endsWith(",") || TypeAbbreviation.isTypeAlone(last);
    }

    /** The nearest row above that starts where this one does, or -1. */
    static int rowAboveInColumn(List<TextRow> rows, int row) {
        int up = row - 1;
        while (up >= 0 && Math.abs(rows.get(up).left() - rows.get(row).left()) > 0.03) {
            up--; // rows of the other column (the sex beside the nationality) sort in between
        }
        return up;
    }

    private static boolean startsWithLabel(List<LabelHit> hits, int row) {
        return hits.stream().anyMatch(h -> h.row() == row && h.from() <= 1);
    }

    private static int rowOf(List<TextRow> rows, CardTextParser.Line line) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).top() == line.top() && rows.get(r).left() == line.left()) {
                return r;
            }
        }
        return -1;
    }

    /**
     * The row with the longest run of digits, a run of twelve first: a personal number has twelve digits by law,
     * and a longer run is other digits run together (the expiry under the photo read as one word).
     */
    private static List<CardTextParser.Line> longestDigitRow(List<TextRow> rows) {
        TextRow best = null;
        int bestDigits = 9;
        for (TextRow row : rows) {
            int run = CardTextParser.longestDigitRun(row.text()).length();
            int digits = run == NUMBER_DIGITS ? Integer.MAX_VALUE : run;
            if (digits > bestDigits && !row.text().contains("<")) {
                best = row;
                bestDigits = digits;
            }
        }
        return best == null ? List.of() : List.of(TextRow.line(best.words()));
    }

    /** The rows in the field's band, right of its left edge, with any label words left out. */
    private static List<CardTextParser.Line> band(List<TextRow> rows, List<LabelHit> hits, CardLayout.Field field,
                                                  CardLayout layout) {
        List<String> order = layout.fields().stream().map(CardLayout.Field::name).toList();
        int at = order.indexOf(field.name());
        // a place keeps to the form's order where the layout's heights do not hold: not under a later field's label
        // found, nor over an earlier one's ("Cà Mau", the place of birth under its label, is no residence); their own
        // rows may hold it (the label's words left out below). A short field's label is too often found elsewhere
        // on a blurred card (a degraded 2016 front's nationality) to bound it
        boolean place = field.lines() > 1;
        int from = !place ? 0 : hits.stream().filter(h -> order.indexOf(h.field()) >= 0 && order.indexOf(h.field()) < at)
                .mapToInt(LabelHit::row).max().orElse(0);
        int to = !place ? rows.size() - 1 : hits.stream().filter(h -> order.indexOf(h.field()) > at).mapToInt(LabelHit::row)
                .min().orElse(rows.size() - 1);
        List<CardTextParser.Line> lines = new ArrayList<>();
        for (int r = from; r <= to && r < rows.size(); r++) {
            TextRow row = rows.get(r);
            if (!field.band().holds(row.centre()) || row.left() < field.left() - 0.02
                    || field.lines() > 1 && BackDates.DATE.matcher(row.text()).find()) {
                continue;
            }
            List<OcrWord> words = new ArrayList<>();
            for (int i = 0; i < row.words().size(); i++) {
                final int index = i;
                final int rowIndex = r;
                if (hits.stream().noneMatch(h -> h.row() == rowIndex && index >= h.from() && index < h.to())) {
                    words.add(row.words().get(i));
                }
            }
            if (!words.isEmpty()) {
                lines.add(TextRow.line(words));
            }
        }
        return lines;
    }
}
