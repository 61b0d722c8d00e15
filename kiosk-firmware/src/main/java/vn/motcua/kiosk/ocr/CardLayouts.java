package vn.motcua.kiosk.ocr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.motcua.client.Json;

/** The built-in layouts, one JSON file per model and side (checked against published specimens: docs/ocr.md). */
public final class CardLayouts {
    static final List<String> FILES = List.of("cccd2016-front", "cccd2016-back", "cccd2021-front", "cccd2021-back",
            "cancuoc2024-front", "cancuoc2024-back");
    private static final CardLayouts BUILT_IN = load();

    private final List<CardLayout> layouts;

    CardLayouts(List<CardLayout> layouts) {
        this.layouts = List.copyOf(layouts);
    }

    public static CardLayouts builtIn() {
        return BUILT_IN;
    }

    public List<CardLayout> all() {
        return layouts;
    }

    public Optional<CardLayout> of(CardModel model, CardSide side) {
        return layouts.stream().filter(l -> l.model() == model && l.side() == side).findFirst();
    }

    private static CardLayouts load() {
        ObjectMapper json = Json.mapper();
        List<CardLayout> all = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = CardLayouts.class.getResourceAsStream("layouts/" + name + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("card layout resource missing: layouts/" + name + ".json");
                }
                all.add(json.readValue(in, CardLayout.class));
            } catch (IOException e) {
                throw new UncheckedIOException("card layout layouts/" + name + ".json is not valid: " + e.getMessage(), e);
            }
        }
        return new CardLayouts(all);
    }
}
