package vn.motcua.kiosk.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A place of birth the page left unread because its rows were given to the residence (its label lost, the two places
 * read as one run), where the face's code gives the residence: the residence's last rows that read as listed units
 * down to a province, which the code's residence does not end with, are the place of birth ("Xã Tân Hội, Huyện Lấp
 * Vò," / "Tỉnh Đồng Tháp" under "Khu phố 11, Xã", the code naming Lai Châu). Where the rows belong is a guess, so the
 * place is shown to be checked ({@link PlaceDoubt#DOUBTED}), never as sure. Only where the code's residence was
 * taken (the code is this card's).
 */
final class BirthRowsInResidence {
    private static final String RESIDENCE = "placeOfResidence";
    private static final String BIRTH = "placeOfBirth";

    private BirthRowsInResidence() {
    }

    static IdCardReading mended(IdCardReading reading, Map<String, List<CardTextParser.Line>> byField,
                                Map<String, String> fromCode, double threshold) {
        String coded = fromCode.get(RESIDENCE);
        if (reading.fields().get(BIRTH) != null || !reading.fields().containsKey(BIRTH) || coded == null
                || !coded.equals(reading.fields().get(RESIDENCE))) {
            return reading; // no code's residence taken in the page's stead
        }
        List<List<CardTextParser.Line>> rows = CardTextParser.rows(byField.getOrDefault(RESIDENCE, List.of()));
        for (int from = 1; from < rows.size(); from++) {
            if (PlaceValueAlone.endsInsidePlace(String.join(" ", rows.get(from - 1).stream().map(CardTextParser.Line::text).toList()))) {
                continue; // the row above goes on into this one: a place's end, not its start
            }
            List<CardTextParser.Line> tail = new ArrayList<>();
            rows.subList(from, rows.size()).forEach(tail::addAll);
            String value = CardTextParser.parse(Map.of(BIRTH, tail), List.of(BIRTH), threshold, 0).fields().get(BIRTH);
            if (value != null && PlaceValueAlone.taken(BIRTH, PlaceRows.asRead(tail), value, reading, fromCode)) {
                return reading.with(BIRTH, value, PlaceDoubt.DOUBTED, threshold);
            }
        }
        return reading;
    }
}
