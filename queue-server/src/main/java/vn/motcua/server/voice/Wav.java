package vn.motcua.server.voice;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Mono 16-bit PCM audio, read from and written as a RIFF/WAVE file. The voice pipeline joins a chime and
 * one or two spoken sentences; keeping every piece in one simple shape makes joining a plain array copy.
 */
public record Wav(int sampleRate, short[] samples) {
    private static final int HEADER_BYTES = 44;

    public Wav {
        if (sampleRate < 8_000 || sampleRate > 96_000) {
            throw new IllegalArgumentException("unsupported sample rate " + sampleRate);
        }
    }

    public static Wav silence(int sampleRate, int millis) {
        return new Wav(sampleRate, new short[(int) ((long) sampleRate * millis / 1000)]);
    }

    public long durationMillis() {
        return samples.length * 1000L / sampleRate;
    }

    /** Joins pieces of one sample rate; a different rate would play at the wrong pitch, so it is refused. */
    public Wav then(Wav next) {
        if (next.sampleRate != sampleRate) {
            throw new IllegalArgumentException("cannot join " + sampleRate + " Hz and " + next.sampleRate + " Hz audio");
        }
        short[] joined = Arrays.copyOf(samples, samples.length + next.samples.length);
        System.arraycopy(next.samples, 0, joined, samples.length, next.samples.length);
        return new Wav(sampleRate, joined);
    }

    /** Peak absolute amplitude of samples [from, to) in milliseconds, 0..32767. */
    public int peak(long fromMillis, long toMillis) {
        int from = (int) Math.min(samples.length, fromMillis * sampleRate / 1000);
        int to = (int) Math.min(samples.length, toMillis * sampleRate / 1000);
        int peak = 0;
        for (int i = from; i < to; i++) {
            peak = Math.max(peak, Math.abs((int) samples[i]));
        }
        return peak;
    }

    public byte[] toBytes() {
        int dataBytes = samples.length * 2;
        ByteBuffer b = ByteBuffer.allocate(HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        b.put(ascii("fmt ")).putInt(16).putShort((short) 1).putShort((short) 1).putInt(sampleRate)
                .putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
        b.put(ascii("data")).putInt(dataBytes);
        for (short s : samples) {
            b.putShort(s);
        }
        return b.array();
    }

    /**
     * Reads PCM 16-bit WAV (mono, or stereo folded to mono). Tolerates the streaming form whose size
     * fields are 0 or 0xFFFFFFFF, as some synthesizers write when they cannot seek back.
     */
    public static Wav read(byte[] file) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length < 12 || !"RIFF".equals(tag(b, 0)) || !"WAVE".equals(tag(b, 8))) {
            throw new IllegalArgumentException("not a RIFF/WAVE file");
        }
        int pos = 12;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        while (pos + 8 <= file.length) {
            String id = tag(b, pos);
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            int body = pos + 8;
            if ("fmt ".equals(id)) {
                int format = Short.toUnsignedInt(b.getShort(body));
                channels = b.getShort(body + 2);
                rate = b.getInt(body + 4);
                bits = b.getShort(body + 14);
                if (format != 1 || bits != 16 || channels < 1 || channels > 2) {
                    throw new IllegalArgumentException("only 16-bit PCM mono/stereo WAV is supported");
                }
            } else if ("data".equals(id)) {
                if (rate == 0) {
                    throw new IllegalArgumentException("WAV data chunk before its fmt chunk");
                }
                long available = file.length - body;
                long length = size == 0 || size > available ? available : size;
                int frames = (int) (length / (2L * channels));
                short[] out = new short[frames];
                for (int i = 0; i < frames; i++) {
                    int sum = 0;
                    for (int ch = 0; ch < channels; ch++) {
                        sum += b.getShort(body + (i * channels + ch) * 2);
                    }
                    out[i] = (short) (sum / channels);
                }
                return new Wav(rate, out);
            }
            pos = body + (int) Math.min(size + (size & 1), file.length);
        }
        throw new IllegalArgumentException("WAV without a data chunk");
    }

    private static String tag(ByteBuffer b, int at) {
        byte[] t = new byte[4];
        b.get(at, t);
        return new String(t, java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Wav w && w.sampleRate == sampleRate && Arrays.equals(w.samples, samples);
    }

    @Override
    public int hashCode() {
        return 31 * sampleRate + Arrays.hashCode(samples);
    }

    @Override
    public String toString() {
        return "Wav[" + sampleRate + " Hz, " + durationMillis() + " ms]";
    }
}
