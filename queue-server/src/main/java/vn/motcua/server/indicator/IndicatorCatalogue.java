package vn.motcua.server.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import vn.motcua.client.Json;
import vn.motcua.client.indicator.ProvincialIndicator;

/**
 * The indicators of Decision 766/QĐ-TTg as data (names, formulas in words, default targets) and those that only
 * the provincial system holds, read from {@code /indicators/decision-766.json}: wording and targets change with
 * the rules, the code that counts does not.
 */
public record IndicatorCatalogue(String source, List<Definition> computed, List<ProvincialIndicator> provincial) {
    /** A computed indicator's words and default target; a null target falls back to the report satisfaction target. */
    public record Definition(String code, String groupVi, String groupEn, String nameVi, String nameEn, String formulaVi,
                             String formulaEn, Double target, boolean higherIsBetter) {
    }

    public static IndicatorCatalogue decision766() {
        try (InputStream in = IndicatorCatalogue.class.getResourceAsStream("/indicators/decision-766.json")) {
            if (in == null) {
                throw new IllegalStateException("indicator catalogue missing from the jar: /indicators/decision-766.json");
            }
            ObjectMapper json = Json.mapper();
            return json.readValue(in, IndicatorCatalogue.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the indicator catalogue /indicators/decision-766.json", e);
        }
    }

    public Definition definition(String code) {
        return computed.stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("indicator " + code + " missing from the catalogue"));
    }
}
