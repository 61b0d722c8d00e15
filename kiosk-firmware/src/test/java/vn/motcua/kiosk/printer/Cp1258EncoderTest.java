package vn.motcua.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class Cp1258EncoderTest {
    private static final Charset CP1258 = Charset.forName("windows-1258");
    private final Cp1258Encoder encoder = new Cp1258Encoder();

    @Test
    void aLetterTheCodePageLacksBecomesItsBasePlusACombiningTone() {
        // Ễ is not in CP1258: Ê (0xCA) + combining tilde (0xDE)
        assertThat(encoder.encode("NGUYỄN")).containsExactly('N', 'G', 'U', 'Y', 0xCA, 0xDE, 'N');
        // Java's own encoder loses it, which is why the encoder exists
        assertThat(new String("NGUYỄN".getBytes(CP1258), CP1258)).isEqualTo("NGUY?N");
    }

    @Property
    void everyVietnameseTextSurvivesTheRoundTrip(@ForAll("vietnamese") String text) {
        String back = Normalizer.normalize(new String(encoder.encode(text), CP1258), Normalizer.Form.NFC);
        assertThat(back).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Provide
    Arbitrary<String> vietnamese() {
        return Arbitraries.strings().withChars((PrinterFonts.VIETNAMESE_LETTERS + " 0123456789").toCharArray())
                .ofMinLength(1).ofMaxLength(40);
    }
}
