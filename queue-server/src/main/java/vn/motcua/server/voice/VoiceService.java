package vn.motcua.server.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announcement audio, made once and kept in {@code <data>/voice-cache}. When fifty boards ask for the same
 * call at the same moment, one synthesis runs and the others wait for its file.
 */
public final class VoiceService {
    private static final Logger LOG = LoggerFactory.getLogger(VoiceService.class);
    /** Between the Vietnamese and the English sentence, so they do not run together. */
    static final int SENTENCE_GAP_MILLIS = 400;
    private final Path cacheDir;
    private final SpeechEngine engine;
    private final int maxFiles;
    private final ConcurrentHashMap<String, CompletableFuture<Path>> inFlight = new ConcurrentHashMap<>();
    /** A small host (a Pi) should not run a dozen synthesizers at once when a burst of calls comes in. */
    private final Semaphore engines = new Semaphore(2);
    private final AtomicInteger writesSincePrune = new AtomicInteger();
    private volatile Boolean available;

    public VoiceService(Path dataDir, SpeechEngine engine, int maxFiles) {
        this.cacheDir = dataDir.resolve("voice-cache");
        this.engine = engine;
        this.maxFiles = maxFiles;
        try {
            Files.createDirectories(cacheDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the voice cache " + cacheDir, e);
        }
    }

    public VoiceService(Path dataDir) {
        this(dataDir, EspeakNg.defaults(), 3000);
    }

    public boolean available() {
        Boolean a = available;
        if (a == null) {
            a = engine.available();
            available = a;
        }
        return a;
    }

    /** The WAV file of {@code a}: chime, then the sentence(s). Made on first use, then served from the cache. */
    public Path announcement(Announcement a) throws IOException {
        Path file = cacheDir.resolve(a.cacheKey() + ".wav");
        if (Files.isRegularFile(file)) {
            return file;
        }
        CompletableFuture<Path> mine = new CompletableFuture<>();
        CompletableFuture<Path> running = inFlight.putIfAbsent(a.cacheKey(), mine);
        if (running != null) {
            return await(running);
        }
        try {
            if (!Files.isRegularFile(file)) {
                write(file, render(a));
            }
            mine.complete(file);
            return file;
        } catch (IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(a.cacheKey());
        }
    }

    /** The chime alone, for a board whose speech request failed: better a chime than silence. */
    public Path chime() throws IOException {
        Path file = cacheDir.resolve("chime-22050.wav");
        if (!Files.isRegularFile(file)) {
            write(file, Chime.twoTone(22_050));
        }
        return file;
    }

    Wav render(Announcement a) throws IOException {
        Wav speech = switch (a.language()) {
            case VI -> speak(a.spokenVi(), "vi");
            case EN -> speak(a.spokenEn(), "en");
            case BI -> {
                Wav vi = speak(a.spokenVi(), "vi");
                yield vi.then(Wav.silence(vi.sampleRate(), SENTENCE_GAP_MILLIS)).then(speak(a.spokenEn(), "en"));
            }
        };
        return Chime.twoTone(speech.sampleRate()).then(speech);
    }

    private Wav speak(String text, String language) throws IOException {
        engines.acquireUninterruptibly();
        try {
            return Wav.read(engine.synthesize(text, language));
        } catch (IllegalArgumentException e) {
            throw new IOException("the speech engine returned unusable audio: " + e.getMessage(), e);
        } finally {
            engines.release();
        }
    }

    private void write(Path file, Wav wav) throws IOException {
        Path tmp = Files.createTempFile(cacheDir, ".part-", ".wav");
        try {
            Files.write(tmp, wav.toBytes());
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        if (writesSincePrune.incrementAndGet() >= 100) {
            writesSincePrune.set(0);
            prune();
        }
    }

    /** Numbers restart every day, so old files are rarely asked for again: keep the newest {@code maxFiles}. */
    void prune() {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(cacheDir, "call-*.wav")) {
            dir.forEach(files::add);
        } catch (IOException e) {
            LOG.warn("Cannot list the voice cache: {}", e.toString());
            return;
        }
        if (files.size() <= maxFiles) {
            return;
        }
        files.sort(Comparator.comparing(VoiceService::modified));
        for (Path p : files.subList(0, files.size() - maxFiles)) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warn("Cannot prune {}: {}", p.getFileName(), e.toString());
            }
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static Path await(CompletableFuture<Path> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the announcement audio", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("announcement audio failed: " + e.getCause(), e.getCause());
        }
    }
}
