package vn.motcua.server.voice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * espeak-ng as a separate process: offline, packaged by Debian and Raspberry Pi OS, with Vietnamese
 * voices (vi northern, vi-vn-x-central, vi-vn-x-south). Text goes in on stdin, never on the command line,
 * so no sentence can be mistaken for an option.
 */
public final class EspeakNg implements SpeechEngine {
    private static final long TIMEOUT_SECONDS = 20;
    private final String command;
    private final String voiceVi;
    private final String voiceEn;
    private final int wordsPerMinute;

    public EspeakNg(String command, String voiceVi, String voiceEn, int wordsPerMinute) {
        this.command = command;
        this.voiceVi = voiceVi;
        this.voiceEn = voiceEn;
        this.wordsPerMinute = wordsPerMinute;
    }

    /** The defaults: the northern Vietnamese voice, slowed from espeak's 175 wpm for a noisy hall. */
    public static EspeakNg defaults() {
        return new EspeakNg("espeak-ng", "vi", "en", 140);
    }

    @Override
    public boolean available() {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public byte[] synthesize(String text, String language) throws IOException {
        String voice = "en".equals(language) ? voiceEn : voiceVi;
        Path out = Files.createTempFile("espeak-", ".wav");
        try {
            // -b 1: the input is UTF-8, whatever the host's locale says.
            Process p = new ProcessBuilder(List.of(command, "-v", voice, "-s", Integer.toString(wordsPerMinute),
                    "-b", "1", "-w", out.toString(), "--stdin"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0) {
                throw new IOException(command + " exited with " + p.exitValue());
            }
            return Files.readAllBytes(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command, e);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
