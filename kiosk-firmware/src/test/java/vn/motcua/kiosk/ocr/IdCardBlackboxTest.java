package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.motcua.client.Json;
import vn.motcua.kiosk.idcard.IdMask;
import vn.motcua.kiosk.support.Golden;

/**
 * The CI gate on cards the reader was never tuned on: src/test/resources/blackbox/id-front and id-back
 * hold cards of the bench's second generator (B, seeds 9100–9101, written by
 * {@code OcrAccuracyBench --write-blackbox 2 9100 DIR}), every model's front and the 2021 and 2024
 * backs, clean PNG and degraded JPEG, beside the model, face and fields printed on them. The MRZ counts as
 * one field, right when its lines are exact and its check digits hold. Thresholds: the goals.
 */
class IdCardBlackboxTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static IdCardOcr ocr;
    private static final Map<String, int[]> SCORES = new LinkedHashMap<>();
    private static final List<String> WRONG_MODEL = new ArrayList<>();

    @BeforeAll
    static void readAll() throws Exception {
        ocr = new IdCardOcr();
        for (String folder : List.of("blackbox/id-front", "blackbox/id-back")) {
            try (Stream<Path> images = Golden.inputs(folder, "g")) {
                for (Path image : images.toList()) {
                    JsonNode expected = JSON.readTree(Golden.expected(image, ".json").toFile());
                    IdCardReading r = ocr.read(IdCardOcr.load(image));
                    String quality = image.getFileName().toString().contains("-clean-") ? "clean" : "degraded";
                    int[] score = SCORES.computeIfAbsent(quality, k -> new int[2]);
                    if (r.model() == null || !r.model().name().equals(expected.get("model").asText())
                            || !r.side().name().equals(expected.get("side").asText())) {
                        WRONG_MODEL.add(image.getFileName().toString());
                    }
                    Map<String, String> read = new LinkedHashMap<>(r.fields());
                    if (r.mrz() != null && r.mrz().valid()) {
                        read.put("mrz", r.mrzText());
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("fields").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> e = it.next();
                        score[1]++;
                        if (e.getValue().asText().equals(read.get(e.getKey()))) {
                            score[0]++;
                        } else if (!e.getKey().equals("number") && !e.getKey().equals("mrz")) {
                            System.out.printf("OCR miss %s %s: «%s» read «%s»%n", image.getFileName(), e.getKey(),
                                    e.getValue().asText(), read.get(e.getKey()));
                        } else {
                            System.out.printf("OCR miss %s %s (masked) read %s%n", image.getFileName(), e.getKey(),
                                    read.get(e.getKey()) == null ? "nothing" : IdMask.mask(read.get(e.getKey())));
                        }
                    }
                }
            }
        }
        SCORES.forEach((q, s) -> System.out.printf("OCR unseen %s cards: %d/%d fields exact%n", q, s[0], s[1]));
    }

    @Test
    void whatIsNoCardIsNotTakenForOne() throws Exception {
        // blackbox/id-negative: a blank page and a printed receipt: no model, and every field left for checking
        try (Stream<Path> images = Golden.inputs("blackbox/id-negative", ".png")) {
            List<Path> all = images.toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(2);
            for (Path image : all) {
                IdCardReading r = ocr.read(IdCardOcr.load(image));
                assertThat(r.model()).as(image.getFileName().toString()).isNull();
                assertThat(r.toCheck()).as("fields to check on " + image.getFileName()).isNotEmpty();
                assertThat(r.fields().get("number")).as("no personal number invented").isNull();
            }
        }
    }

    @Test
    void everyModelAndFaceIsToldApart() {
        assertThat(WRONG_MODEL).as("cards whose model or face was not recognised").isEmpty();
    }

    @Test
    void cleanUnseenCardsReachTheGoal() {
        int[] s = SCORES.get("clean");
        assertThat(s[1]).as("fields on the clean cards").isGreaterThanOrEqualTo(50);
        assertThat(100.0 * s[0] / s[1]).as("exact fields on clean unseen cards, %").isGreaterThanOrEqualTo(GATE_CLEAN);
    }

    @Test
    void degradedUnseenCardsReachTheGoal() {
        int[] s = SCORES.get("degraded");
        assertThat(100.0 * s[0] / s[1]).as("exact fields on degraded unseen cards, %").isGreaterThanOrEqualTo(GATE_DEGRADED);
    }

    /** The goals: 98 % exact fields on clean cards, 90 % on degraded (measured 53/54 and 52/54, 2026-12-02). */
    private static final double GATE_CLEAN = 98;
    private static final double GATE_DEGRADED = 90;
}
