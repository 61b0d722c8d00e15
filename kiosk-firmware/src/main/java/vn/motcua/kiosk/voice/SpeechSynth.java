package vn.motcua.kiosk.voice;

import java.io.IOException;

/** Turns a sentence into a WAV file's bytes. */
public interface SpeechSynth {
    byte[] wav(String text, String language) throws IOException;

    /** Whether the engine can run here; the guidance shows captions alone when it cannot. */
    boolean available();
}
