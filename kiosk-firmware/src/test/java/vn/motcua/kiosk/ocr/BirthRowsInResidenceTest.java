package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A place of birth whose rows the page gave the residence, found where the face's code gives the residence. */
class BirthRowsInResidenceTest {
    private static final double THRESHOLD = 0.8;
    private static final String CODED = "Khu phố 11, Xã Bản Giang, Huyện Mường Tè, Tỉnh Lai Châu";

    @Test
    void theResidencesLastRowsNamingUnitsTheCodesResidenceDoesNotEndWithAreThePlaceOfBirth() {
        // generator D's degraded 7612 at seed 7600 with real codes: no label found, both places read as the residence
        var byField = residenceRows("Khu phố 11, Xã", "` Xã Tân Hội, Huyện Lấp Vò,", "Tỉnh Đồng Tháp");
        IdCardReading out = BirthRowsInResidence.mended(coded(), byField, Map.of("placeOfResidence", CODED), THRESHOLD);
        assertThat(out.fields()).containsEntry("placeOfBirth", "Xã Tân Hội, Huyện Lấp Vò, Tỉnh Đồng Tháp")
                .containsEntry("placeOfResidence", CODED);
        assertThat(out.confidence().get("placeOfBirth")).isEqualTo(PlaceDoubt.DOUBTED);
        assertThat(out.toCheck()).containsExactly("placeOfBirth");
    }

    @Test
    void theCodesOwnResidenceReadOnThePageOrRowsNamingNoListedUnitsGiveNoPlace() {
        var own = residenceRows("Khu phố 11, Xã Bản Giang,", "Huyện Mường Tè, Tỉnh Lai Châu");
        assertThat(BirthRowsInResidence.mended(coded(), own, Map.of("placeOfResidence", CODED), THRESHOLD).fields().get("placeOfBirth"))
                .isNull();
        var unlisted = residenceRows("Khu phố 11, Xã", "Xã Không Có Thật, Huyện Ai Biết,", "Tỉnh Đồng Tháp");
        assertThat(BirthRowsInResidence.mended(coded(), unlisted, Map.of("placeOfResidence", CODED), THRESHOLD)
                .fields().get("placeOfBirth")).isNull();
    }

    @Test
    void noCodesResidenceTakenNothingIsLookedFor() {
        var byField = residenceRows("Khu phố 11, Xã", "Xã Tân Hội, Huyện Lấp Vò,", "Tỉnh Đồng Tháp");
        IdCardReading read = coded();
        assertThat(BirthRowsInResidence.mended(read, byField, Map.of(), THRESHOLD)).isSameAs(read);
        // the code not this card's: the page's residence kept, the code's not taken
        IdCardReading page = read.with("placeOfResidence", "Khu phố 12, Xã Bản Giang, Huyện Mường Tè, Tỉnh Lai Châu", 0.9, THRESHOLD);
        assertThat(BirthRowsInResidence.mended(page, byField, Map.of("placeOfResidence", CODED), THRESHOLD)).isSameAs(page);
    }

    private static Map<String, List<CardTextParser.Line>> residenceRows(String... rows) {
        List<CardTextParser.Line> lines = new ArrayList<>();
        double top = 0.08;
        for (String row : rows) {
            lines.add(new CardTextParser.Line(row, 90f, top, top + 0.04, 0.3, 0.9));
            top += 0.08;
        }
        return Map.of("placeOfResidence", lines);
    }

    private static IdCardReading coded() {
        Map<String, String> fields = new HashMap<>();
        fields.put("placeOfResidence", CODED);
        fields.put("placeOfBirth", null);
        return new IdCardReading(fields, Map.of("placeOfResidence", 1.0, "placeOfBirth", 0.0), List.of("placeOfBirth"), 0);
    }
}
