package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An address ends with its province, and a front prints the place of origin above the place of residence. When
 * the origin's label was lost, the rows under it go to the residence and the origin is left with the rows above
 * (the sex and nationality): a residence whose rows end with a province twice, at its last row and at one before,
 * holds both places. Its rows up to the first province are the origin's, from the first that starts with an
 * address word (what is above it is a label's remnant, "ÊN QUÁðE"), when the origin read holds no address word.
 */
final class TwoPlaces {
    private TwoPlaces() {
    }

    static void split(CardLayout layout, Map<String, List<CardTextParser.Line>> out) {
        List<CardTextParser.Line> origin = out.get("placeOfOrigin");
        List<CardTextParser.Line> residence = out.get("placeOfResidence");
        if (origin == null || residence == null || origin.stream().anyMatch(l -> BackPlaces.namesUnit(l.text()))) {
            return;
        }
        List<List<CardTextParser.Line>> rows = CardTextParser.rows(residence);
        if (rows.size() < 2 || !endsWithProvince(rows.get(rows.size() - 1))) {
            return;
        }
        for (int i = 0; i < rows.size() - 1; i++) {
            if (endsWithProvince(rows.get(i))) {
                int start = 0;
                while (start < i && !startsAddress(rows.get(start))) {
                    start++;
                }
                out.put("placeOfOrigin", flat(rows.subList(startsAddress(rows.get(start)) ? start : 0, i + 1)));
                out.put("placeOfResidence", flat(rows.subList(i + 1, rows.size())));
                return;
            }
        }
    }

    private static boolean endsWithProvince(List<CardTextParser.Line> row) {
        return AddressSpelling.endsWithProvince(CardTextParser.clean(text(row)));
    }

    private static boolean startsAddress(List<CardTextParser.Line> row) {
        String[] words = CardTextParser.clean(text(row)).split("\\s+");
        return words.length > 0 && CardTextParser.startsAddress(words[0]);
    }

    private static String text(List<CardTextParser.Line> row) {
        return String.join(" ", row.stream().map(CardTextParser.Line::text).toList());
    }

    private static List<CardTextParser.Line> flat(List<List<CardTextParser.Line>> rows) {
        List<CardTextParser.Line> lines = new ArrayList<>();
        rows.forEach(lines::addAll);
        return lines;
    }
}
