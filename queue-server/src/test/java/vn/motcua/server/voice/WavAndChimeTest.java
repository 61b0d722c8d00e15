package vn.motcua.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class WavAndChimeTest {
    @Test
    void writesAStandardHeaderAndReadsItBack() {
        Wav chime = Chime.twoTone(22_050);
        byte[] file = chime.toBytes();
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(file, 0, 4)).isEqualTo("RIFF");
        assertThat(b.getInt(4)).isEqualTo(file.length - 8);
        assertThat(new String(file, 8, 8)).isEqualTo("WAVEfmt ");
        assertThat(b.getShort(20)).isEqualTo((short) 1); // PCM
        assertThat(b.getShort(22)).isEqualTo((short) 1); // mono
        assertThat(b.getInt(24)).isEqualTo(22_050);
        assertThat(b.getShort(34)).isEqualTo((short) 16);
        assertThat(b.getInt(40)).isEqualTo(chime.samples().length * 2);
        assertThat(Wav.read(file)).isEqualTo(chime);
    }

    @Test
    void chimeIsTwoFallingNotesWithoutClipping() {
        Wav chime = Chime.twoTone(22_050);
        assertThat(chime.durationMillis()).isCloseTo(2L * Chime.NOTE_MILLIS + Chime.TAIL_MILLIS, within(2L));
        int first = Chime.NOTE_MILLIS * 22_050 / 1000;
        assertThat(power(chime, 0, first, Chime.FIRST_HZ)).isGreaterThan(10 * power(chime, 0, first, Chime.SECOND_HZ));
        assertThat(power(chime, first, 2 * first, Chime.SECOND_HZ))
                .isGreaterThan(10 * power(chime, first, 2 * first, Chime.FIRST_HZ));
        assertThat(chime.peak(0, chime.durationMillis())).isBetween(8_000, 32_000);
        assertThat(chime.peak(2L * Chime.NOTE_MILLIS, chime.durationMillis())).isZero(); // the gap before speech
    }

    @Test
    void readsStreamingSizesAndFoldsStereo() {
        ByteBuffer b = ByteBuffer.allocate(44 + 8).order(ByteOrder.LITTLE_ENDIAN);
        b.put("RIFF".getBytes()).putInt(-1).put("WAVE".getBytes());
        b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(16_000)
                .putInt(64_000).putShort((short) 4).putShort((short) 16);
        b.put("data".getBytes()).putInt(-1);
        b.putShort((short) 100).putShort((short) 300).putShort((short) -50).putShort((short) -150);
        Wav w = Wav.read(b.array());
        assertThat(w.sampleRate()).isEqualTo(16_000);
        assertThat(w.samples()).containsExactly((short) 200, (short) -100);
    }

    @Test
    void refusesWhatItCannotJoin() {
        assertThatThrownBy(() -> Wav.silence(22_050, 10).then(Wav.silence(16_000, 10)))
                .hasMessageContaining("22050");
        assertThatThrownBy(() -> Wav.read("RIFF....WAVEjunk".getBytes())).hasMessageContaining("data");
        assertThatThrownBy(() -> Wav.read("not audio".getBytes())).hasMessageContaining("RIFF");
    }

    /** Goertzel: the power of one frequency in samples [from, to). */
    static double power(Wav w, int from, int to, double hz) {
        double k = 2 * Math.cos(2 * Math.PI * hz / w.sampleRate());
        double s1 = 0;
        double s2 = 0;
        for (int i = from; i < to; i++) {
            double s = w.samples()[i] + k * s1 - s2;
            s2 = s1;
            s1 = s;
        }
        return s1 * s1 + s2 * s2 - k * s1 * s2;
    }
}
