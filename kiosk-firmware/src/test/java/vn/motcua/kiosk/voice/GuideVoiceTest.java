package vn.motcua.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.motcua.client.ServiceInfo;

/**
 * The audio guidance speaks from a fixed list: these tests read every prompt the kiosk can say and check
 * that none can carry personal data, and that a key made from personal data is refused.
 */
class GuideVoiceTest {
    private static final Pattern PERSONAL_NUMBER = Pattern.compile("\\d{9,12}");
    /** Words that would only appear where a sentence reads out a card's fields. */
    private static final List<String> PERSONAL_WORDS = List.of("họ tên", "họ và tên của", "số định danh", "số căn cước",
            "ngày sinh", "địa chỉ", "thường trú", "quê quán", "{", "%s", "$");
    private final List<String> synthesized = new ArrayList<>();
    private final SpeechSynth recorder = new SpeechSynth() {
        @Override
        public byte[] wav(String text, String language) {
            synthesized.add(text);
            return text.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public boolean available() {
            return true;
        }
    };
    private final GuideVoice voice = new GuideVoice(PromptCatalogue.bundled(), recorder,
            () -> List.of(new ServiceInfo("A", "A", "Hộ tịch", "Civil status", 15, 30)), code -> List.of(1, 3));

    @Test
    void everyPromptIsAFixedSentenceWithoutPersonalData() {
        Map<String, PromptCatalogue.Prompt> all = voice.prompts().all();
        assertThat(all).hasSizeGreaterThan(40).containsKeys("screen.home", "screen.services", "screen.priority",
                "screen.printing", "screen.failed", "screen.dossier-identify", "screen.dossier-procedure",
                "screen.dossier-docs", "screen.dossier-form", "screen.dossier-review", "screen.dossier-done",
                "screen.dossier-lookup", "screen.greet", "idle.warning", "tool.listen", "tool.help");
        all.forEach((key, p) -> {
            for (String s : List.of(p.vi(), p.en())) {
                assertThat(PERSONAL_NUMBER.matcher(s).find()).as(key).isFalse();
                for (String w : PERSONAL_WORDS) {
                    assertThat(s.toLowerCase()).as(key + " names a card field").doesNotContain(w);
                }
            }
            assertThat(p.vi()).as(key).isEqualTo(Normalizer.normalize(p.vi(), Normalizer.Form.NFC));
        });
    }

    @Test
    void theTicketIsSpokenDigitByDigitWithItsCounters() throws Exception {
        assertThat(voice.sentence("ticket:A0012", "vi")).contains(
                "Số thứ tự của quý khách là a, không không một hai. Mời quý khách nhận phiếu. Phục vụ tại quầy số 1, 3.");
        assertThat(voice.sentence("ticket:A0012", "en").orElseThrow()).contains("A, zero zero one two").contains("counter 1, 3");
        assertThat(voice.sentence("service:A", "vi")).contains("Dịch vụ Hộ tịch. Chạm để in số thứ tự.");
        voice.wav("ticket:A0012", "vi");
        voice.wav("ticket:A0012", "vi");
        assertThat(synthesized).hasSize(1); // made once, then kept
    }

    @Test
    void aKeyCarryingPersonalDataOrAnythingElseIsRefused() {
        for (String key : List.of("001203012345", "ticket:001203012345", "ticket:a0012", "ticket:A0012 Nguyễn Văn An",
                "service:Z", "service:A;rm", "Nguyễn Văn An", "name", "", "screen.home ")) {
            assertThat(voice.sentence(key, "vi")).as(key).isEmpty();
        }
        assertThat(voice.sentence(null, "vi")).isEmpty();
    }

    @Test
    void aBrokenPromptListIsRefusedWithItsLine() {
        String tsv = "# comment\nscreen.home\tXin chào\tHello\nscreen.home\tLại\tAgain\n";
        assertThatThrownBy(() -> PromptCatalogue.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 3").hasMessageContaining("twice");
        assertThatThrownBy(() -> PromptCatalogue.read(new ByteArrayInputStream("a\tb\n".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("line 1");
    }

    @Test
    void espeakStreamingSizesAreFilledIn() throws Exception {
        ByteBuffer b = ByteBuffer.allocate(44 + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(-1).put("WAVE".getBytes(StandardCharsets.US_ASCII));
        b.put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1).putInt(22050)
                .putInt(44100).putShort((short) 2).putShort((short) 16);
        b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(-1).putLong(0);
        ByteBuffer fixed = ByteBuffer.wrap(EspeakSynth.withSizes(b.array())).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(fixed.getInt(4)).isEqualTo(44);
        assertThat(fixed.getInt(40)).isEqualTo(8);
        assertThatThrownBy(() -> EspeakSynth.withSizes("not a wav file at all, forty-four bytes long.".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("WAV");
    }

    @Test
    void realEspeakSpeaksAPromptWhenInstalled() throws Exception {
        EspeakSynth espeak = EspeakSynth.withVoice("vi");
        org.junit.jupiter.api.Assumptions.assumeTrue(espeak.available(), "espeak-ng is installed by scripts/install-deps.sh");
        byte[] wav = espeak.wav(PromptCatalogue.bundled().get("screen.home").vi(), "vi");
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(4)).isEqualTo(wav.length - 8);
        assertThat(wav.length).isGreaterThan(100_000); // several seconds of 22 kHz speech
    }
}
