package vn.motcua.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.server.voice.Announcement.Language;

/** The real synthesizer: the audio a hall hears. Skipped only on a host without espeak-ng. */
class EspeakVoiceTest {
    @TempDir
    Path data;
    private VoiceService voice;

    @BeforeEach
    void engine() {
        voice = new VoiceService(data);
        assumeTrue(voice.available(), "espeak-ng is not installed");
    }

    @Test
    void vietnameseCallIsPlausibleSpeechAfterTheChime() throws Exception {
        Path file = voice.announcement(new Announcement("A0012", 5, Language.VI));
        Wav wav = Wav.read(Files.readAllBytes(file));
        long chime = Chime.twoTone(wav.sampleRate()).durationMillis();
        long speech = wav.durationMillis() - chime;
        // Twelve syllables and five digits at 140 words per minute: a few seconds, not a click, not a minute.
        assertThat(speech).isBetween(2_500L, 12_000L);
        assertThat(wav.peak(chime, wav.durationMillis())).isGreaterThan(3_000);
        assertThat(wav.sampleRate()).isBetween(16_000, 48_000);
        System.out.printf("voice figures: vi %s, %d bytes, %d ms (chime %d ms)%n", file.getFileName(), Files.size(file),
                wav.durationMillis(), chime);
    }

    @Test
    void bilingualCallIsLongerThanEitherLanguage() throws Exception {
        long vi = Wav.read(Files.readAllBytes(voice.announcement(new Announcement("B0007", 3, Language.VI)))).durationMillis();
        long en = Wav.read(Files.readAllBytes(voice.announcement(new Announcement("B0007", 3, Language.EN)))).durationMillis();
        long bi = Wav.read(Files.readAllBytes(voice.announcement(new Announcement("B0007", 3, Language.BI)))).durationMillis();
        long chime = Chime.twoTone(22_050).durationMillis();
        assertThat(bi).isGreaterThan(vi).isGreaterThan(en);
        assertThat(bi - chime).isBetween(vi + en - 2 * chime, vi + en - 2 * chime + 1_000);
        System.out.printf("voice figures: B0007 counter 3: vi %d ms, en %d ms, bi %d ms%n", vi, en, bi);
    }
}
