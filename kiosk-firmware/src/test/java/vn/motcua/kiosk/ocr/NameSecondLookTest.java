package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The name's row read again by Tesseract, on a card drawn here with the name printed in capitals. */
class NameSecondLookTest {
    private static final String PRINTED = "HỨA THỊ BÍCH KHUÊ";
    private static NameSecondLook look;
    private static BufferedImage card;
    /** Where the name's row is drawn, as fractions of the card. */
    private static final double TOP = 0.40;
    private static final double BOTTOM = 0.52;

    @BeforeAll
    static void drawCard() throws Exception {
        look = new NameSecondLook(new RowReader(IdCardOcr.tessdata()));
        card = new BufferedImage(1000, 630, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = card.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, card.getWidth(), card.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        try (InputStream in = NameSecondLookTest.class.getResourceAsStream("/vn/motcua/kiosk/printer/DejaVuSans-Bold.ttf")) {
            g.setFont(Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(40f));
        }
        g.setColor(Color.BLACK);
        g.drawString(PRINTED, 300, (int) (0.49 * card.getHeight()));
        g.dispose();
    }

    private static IdCardReading firstReading(String name) {
        Map<String, List<CardTextParser.Line>> byField = new LinkedHashMap<>();
        byField.put("name", List.of(new CardTextParser.Line(name, 80, TOP, BOTTOM, 0.30, 0.75)));
        return CardTextParser.parse(byField, List.of("name"), IdCardOcr.DEFAULT_THRESHOLD, 0);
    }

    private static IdCardReading improved(String firstName) {
        Map<String, List<CardTextParser.Line>> byField = new LinkedHashMap<>();
        byField.put("name", List.of(new CardTextParser.Line(firstName, 80, TOP, BOTTOM, 0.30, 0.75)));
        return look.improve(card, byField, firstReading(firstName), IdCardOcr.DEFAULT_THRESHOLD);
    }

    @Test
    void aWordNearTwoSyllablesIsSettledByReadingTheRowAlone() {
        assertThat(firstReading("HỨA THỊ BICH KHUÊ").fields().get("name")).isEqualTo("HỨA THỊ BICH KHUÊ");
        assertThat(improved("HỨA THỊ BICH KHUÊ").fields().get("name")).isEqualTo(PRINTED);
    }

    @Test
    void onlyTheNameIsReplacedTheOtherFieldsKeepWhatEarlierLooksGave() {
        // the number's own second look already put right what the page read as 11 digits
        Map<String, List<CardTextParser.Line>> byField = new LinkedHashMap<>();
        byField.put("number", List.of(new CardTextParser.Line("00109901234", 80, 0.30, 0.36, 0.30)));
        byField.put("name", List.of(new CardTextParser.Line("HỨA THỊ BICH KHUÊ", 80, TOP, BOTTOM, 0.30, 0.75)));
        IdCardReading first = new IdCardReading(new LinkedHashMap<>(Map.of("number", "001099012345", "name",
                "HỨA THỊ BICH KHUÊ")), new LinkedHashMap<>(Map.of("number", 0.9, "name", 0.6)), List.of("name"), 5);
        IdCardReading r = look.improve(card, byField, first, IdCardOcr.DEFAULT_THRESHOLD);
        assertThat(r.fields()).containsEntry("number", "001099012345").containsEntry("name", PRINTED);
        assertThat(r.toCheck()).doesNotContain("number");
    }

    @Test
    void aNameOfSyllablesIsNotReadAgain() {
        // HỨA THỊ BỊCH KHUÊ is all syllables: the second look is not taken, even though the card says BÍCH
        assertThat(improved("HỨA THỊ BỊCH KHUÊ").fields().get("name")).isEqualTo("HỨA THỊ BỊCH KHUÊ");
    }
}
