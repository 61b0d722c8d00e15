package vn.motcua.kiosk.voice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * espeak-ng, offline, with the same northern Vietnamese voice the hall boards call with. The text goes in
 * on stdin (never the command line) and the WAV comes back on stdout; espeak cannot seek a pipe, so the
 * RIFF and data sizes it leaves open are filled in here for players that trust them.
 */
public final class EspeakSynth implements SpeechSynth {
    private static final long TIMEOUT_SECONDS = 15;
    private final String command;
    private final String voiceVi;
    private final int wordsPerMinute;
    private volatile Boolean available;

    public EspeakSynth(String command, String voiceVi, int wordsPerMinute) {
        this.command = command;
        this.voiceVi = voiceVi;
        this.wordsPerMinute = wordsPerMinute;
    }

    /** Slower than espeak's 175 wpm: the guidance is for people who need it. */
    public static EspeakSynth withVoice(String voiceVi) {
        return new EspeakSynth("espeak-ng", voiceVi, 135);
    }

    @Override
    public boolean available() {
        Boolean a = available;
        if (a == null) {
            try {
                Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                a = p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
            } catch (IOException e) {
                a = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                a = false;
            }
            available = a;
        }
        return a;
    }

    @Override
    public byte[] wav(String text, String language) throws IOException {
        String voice = "en".equals(language) ? "en" : voiceVi;
        Process p = new ProcessBuilder(List.of(command, "-v", voice, "-s", Integer.toString(wordsPerMinute), "-b", "1",
                "--stdout", "--stdin")).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IOException(command + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (p.exitValue() != 0 || out.length < 44) {
                throw new IOException(command + " exited with " + p.exitValue() + " and " + out.length + " bytes");
            }
            return withSizes(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + command, e);
        } finally {
            p.destroyForcibly();
        }
    }

    /** Writes the true RIFF size and the data chunk's size into a WAV whose data chunk runs to the end. */
    static byte[] withSizes(byte[] wav) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (!"RIFF".equals(new String(wav, 0, 4, StandardCharsets.US_ASCII))) {
            throw new IOException("the speech engine did not return a WAV file");
        }
        b.putInt(4, wav.length - 8);
        int pos = 12;
        while (pos + 8 <= wav.length) {
            String id = new String(wav, pos, 4, StandardCharsets.US_ASCII);
            if ("data".equals(id)) {
                b.putInt(pos + 4, wav.length - pos - 8);
                return wav;
            }
            pos += 8 + b.getInt(pos + 4);
        }
        throw new IOException("the speech engine's WAV has no data chunk");
    }
}
