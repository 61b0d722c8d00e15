package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A place's first row that is one word with no digit, above a row that starts with an address word ("oridw^"
 * over "Phường Suối Hoa, …"): what is left of the label's English half ("Place of origin"), not an address
 * part. An address's first part is a street part or a unit (Thôn 2, Số 5, Xã …), which the row under it starts
 * with; a part of one word and no number is neither.
 */
final class PlaceRemnant {
    private PlaceRemnant() {
    }

    static void drop(CardLayout layout, Map<String, List<CardTextParser.Line>> out) {
        for (CardLayout.Field field : layout.fields()) {
            List<CardTextParser.Line> lines = out.get(field.name());
            if (field.lines() < 2 || lines == null) {
                continue;
            }
            List<List<CardTextParser.Line>> rows = CardTextParser.rows(lines);
            if (rows.size() < 2 || !isRemnant(words(rows.get(0))) || !CardTextParser.startsAddress(words(rows.get(1))[0])) {
                continue;
            }
            List<CardTextParser.Line> kept = new ArrayList<>();
            rows.subList(1, rows.size()).forEach(kept::addAll);
            out.put(field.name(), kept);
        }
    }

    private static boolean isRemnant(String[] words) {
        return words.length == 1 && !words[0].isEmpty() && !words[0].matches(".*\\d.*") && !CardTextParser.startsAddress(words[0]);
    }

    private static String[] words(List<CardTextParser.Line> row) {
        return CardTextParser.clean(String.join(" ", row.stream().map(CardTextParser.Line::text).toList())).split("\\s+");
    }
}
