package vn.motcua.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.server.voice.Announcement.Language;

class VoiceServiceTest {
    @TempDir
    Path data;

    /** 300 ms of a 1 kHz tone per sentence, slowly, so concurrent callers overlap. */
    static final class FakeEngine implements SpeechEngine {
        final AtomicInteger calls = new AtomicInteger();
        final List<String> languages = new ArrayList<>();
        volatile boolean fail;

        @Override
        public synchronized byte[] synthesize(String text, String language) throws IOException {
            calls.incrementAndGet();
            languages.add(language);
            if (fail) {
                throw new IOException("engine broke");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            short[] s = new short[22_050 * 300 / 1000];
            for (int i = 0; i < s.length; i++) {
                s[i] = (short) (8000 * Math.sin(2 * Math.PI * 1000 * i / 22_050.0));
            }
            return new Wav(22_050, s).toBytes();
        }

        @Override
        public boolean available() {
            return true;
        }
    }

    @Test
    void chimeThenSpeechCachedInTheDataDirectory() throws Exception {
        FakeEngine engine = new FakeEngine();
        VoiceService voice = new VoiceService(data, engine, 100);
        Path file = voice.announcement(new Announcement("A0012", 5, Language.VI));
        assertThat(file).isEqualTo(data.resolve("voice-cache/call-vi-A0012-5.wav"));
        Wav wav = Wav.read(Files.readAllBytes(file));
        long chime = Chime.twoTone(22_050).durationMillis();
        assertThat(wav.durationMillis()).isCloseTo(chime + 300, within(2L));
        assertThat(wav.peak(0, 400)).isGreaterThan(5000);                  // the chime leads
        assertThat(wav.peak(chime - 200, chime)).isZero();                 // then a breath of silence
        assertThat(wav.peak(chime, chime + 300)).isGreaterThan(5000);      // then speech

        assertThat(voice.announcement(new Announcement("A0012", 5, Language.VI))).isEqualTo(file);
        assertThat(engine.calls).hasValue(1);
    }

    @Test
    void bilingualIsVietnameseThenEnglish() throws Exception {
        FakeEngine engine = new FakeEngine();
        VoiceService voice = new VoiceService(data, engine, 100);
        Wav wav = Wav.read(Files.readAllBytes(voice.announcement(new Announcement("B0003", 2, Language.BI))));
        assertThat(engine.languages).containsExactly("vi", "en");
        assertThat(wav.durationMillis()).isCloseTo(
                Chime.twoTone(22_050).durationMillis() + 300 + VoiceService.SENTENCE_GAP_MILLIS + 300, within(3L));
    }

    @Test
    void fiftyBoardsAskingAtOnceCauseOneSynthesis() throws Exception {
        FakeEngine engine = new FakeEngine();
        VoiceService voice = new VoiceService(data, engine, 100);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Path>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Callable<Path> ask = () -> {
                go.await();
                return voice.announcement(new Announcement("C0042", 3, Language.VI));
            };
            results.add(pool.submit(ask));
        }
        go.countDown();
        for (Future<Path> f : results) {
            assertThat(Files.size(f.get())).isGreaterThan(44);
        }
        pool.shutdown();
        assertThat(engine.calls).hasValue(1);
    }

    @Test
    void aFailureIsReportedAndNotCached() throws Exception {
        FakeEngine engine = new FakeEngine();
        engine.fail = true;
        VoiceService voice = new VoiceService(data, engine, 100);
        Announcement a = new Announcement("D0001", 4, Language.VI);
        assertThatThrownBy(() -> voice.announcement(a)).hasMessageContaining("engine broke");
        engine.fail = false;
        assertThat(voice.announcement(a)).exists();
        assertThat(engine.calls).hasValue(2);
    }

    @Test
    void pruningKeepsTheNewestFiles() throws Exception {
        VoiceService voice = new VoiceService(data, new FakeEngine(), 3);
        for (int i = 1; i <= 5; i++) {
            Path f = voice.announcement(new Announcement(String.format("E%04d", i), 1, Language.VI));
            Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * i));
        }
        voice.prune();
        try (var files = Files.list(data.resolve("voice-cache"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("call-vi-E0003-1.wav", "call-vi-E0004-1.wav", "call-vi-E0005-1.wav");
        }
    }
}
