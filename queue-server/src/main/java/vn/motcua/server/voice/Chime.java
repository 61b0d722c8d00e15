package vn.motcua.server.voice;

/**
 * The two-note "ding-dong" that precedes every call, synthesised rather than shipped as a recording so
 * it matches the speech's sample rate and carries no licence question. Bell-like: a fundamental with
 * two soft partials and an exponential decay, so it cuts through hall noise without being harsh.
 */
public final class Chime {
    /** E5 then C5: a falling major third, the interval most public-address chimes use. */
    static final double FIRST_HZ = 659.25;
    static final double SECOND_HZ = 523.25;
    static final int NOTE_MILLIS = 550;
    static final int TAIL_MILLIS = 250;
    private static final double PEAK = 0.55 * Short.MAX_VALUE;

    private Chime() {
    }

    public static Wav twoTone(int sampleRate) {
        return note(sampleRate, FIRST_HZ).then(note(sampleRate, SECOND_HZ)).then(Wav.silence(sampleRate, TAIL_MILLIS));
    }

    private static Wav note(int sampleRate, double hz) {
        int n = sampleRate * NOTE_MILLIS / 1000;
        int attack = sampleRate / 200; // 5 ms: avoids the click of a sudden onset
        short[] out = new short[n];
        for (int i = 0; i < n; i++) {
            double t = (double) i / sampleRate;
            double envelope = Math.exp(-4.5 * t) * Math.min(1.0, (double) i / attack);
            double wave = Math.sin(2 * Math.PI * hz * t)
                    + 0.35 * Math.sin(2 * Math.PI * 2 * hz * t)
                    + 0.15 * Math.sin(2 * Math.PI * 3 * hz * t);
            out[i] = (short) Math.round(PEAK * envelope * wave / 1.5);
        }
        return new Wav(sampleRate, out);
    }
}
