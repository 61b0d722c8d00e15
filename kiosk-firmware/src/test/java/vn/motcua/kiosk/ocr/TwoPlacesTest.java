package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A residence whose rows end with a province twice holds the origin too, when the origin read holds no address. */
class TwoPlacesTest {
    private static final CardLayout FRONT_2016 = CardLayouts.builtIn().of(CardModel.CCCD_2016, CardSide.FRONT).orElseThrow();
    private static final List<String> PLACES = List.of("placeOfOrigin", "placeOfResidence");

    private static CardTextParser.Line line(String text, double top) {
        return new CardTextParser.Line(text, 90, top, top + 0.04, 0.31, 0.9);
    }

    private static Map<String, String> read(List<CardTextParser.Line> origin, List<CardTextParser.Line> residence, boolean split) {
        Map<String, List<CardTextParser.Line>> out = new LinkedHashMap<>();
        out.put("placeOfOrigin", origin);
        out.put("placeOfResidence", residence);
        if (split) {
            TwoPlaces.split(FRONT_2016, out);
        }
        return CardTextParser.parse(out, PLACES, 0.8, 0).fields();
    }

    private static final List<CardTextParser.Line> BOTH = List.of(line("ÊN QUÁðE", 0.70),
            line("Xã Giang Điền, Huyện Long Thành, Tỉnh Đồng Nai", 0.72), line("Mi thường trú", 0.80),
            line("Khu phố 6, Thị trấn Tân Thanh, Huyện Lý Nhân,", 0.84), line("tỉnh Hà Nam", 0.90));

    @Test
    void theOriginsRowsTakenIntoTheResidenceAreGivenBack() {
        List<CardTextParser.Line> origin = List.of(line("\\ lệt Na", 0.62), line("NẴ", 0.64));
        Map<String, String> asRead = read(origin, BOTH, false);
        assertThat(asRead.get("placeOfOrigin")).doesNotContain("Đồng Nai");
        assertThat(asRead.get("placeOfResidence")).startsWith("Xã Giang Điền").endsWith("Tỉnh Hà Nam");
        Map<String, String> split = read(origin, BOTH, true);
        assertThat(split.get("placeOfOrigin")).isEqualTo("Xã Giang Điền, Huyện Long Thành, Tỉnh Đồng Nai");
        assertThat(split.get("placeOfResidence")).isEqualTo("Khu phố 6, Thị trấn Tân Thanh, Huyện Lý Nhân, Tỉnh Hà Nam");
    }

    @Test
    void anOriginThatHoldsAnAddressAndAResidenceWithOneProvinceAreKept() {
        List<CardTextParser.Line> origin = List.of(line("Xã Hải Quang, Huyện Hải Hậu, Tỉnh Nam Định", 0.62));
        assertThat(read(origin, BOTH, true)).isEqualTo(read(origin, BOTH, false));
        List<CardTextParser.Line> lost = List.of(line("NẴ", 0.64));
        List<CardTextParser.Line> one = BOTH.subList(2, 5);
        assertThat(read(lost, one, true)).isEqualTo(read(lost, one, false));
    }
}
