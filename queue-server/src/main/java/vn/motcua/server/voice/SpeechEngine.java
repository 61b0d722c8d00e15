package vn.motcua.server.voice;

import java.io.IOException;

/** Turns a sentence into speech. Pluggable so a site can swap espeak-ng for recorded clips or another engine. */
public interface SpeechEngine {
    /** A WAV file (16-bit PCM) of {@code text} spoken in {@code language} ("vi" or "en"). */
    byte[] synthesize(String text, String language) throws IOException;

    /** Whether the engine can run on this host; the server still answers (503) when it cannot. */
    boolean available();
}
