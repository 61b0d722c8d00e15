package vn.motcua.kiosk.cardreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.motcua.kiosk.cardreader.emulated.Dg13Writer;

/**
 * A malformed DG13 must give a {@link ChipDataException} and nothing else. Inputs are random mutations
 * (flip, insert, delete, overwrite bytes; cut the end) of a real-shaped DG13, plus pure noise with the 0x6D
 * tag in front. CI runs jqwik's default tries; the long run (≥ 1,000,000 inputs):
 * {@code ./mvnw -B -ntp -pl kiosk-firmware -am test -Dtest=Dg13FuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Djqwik.tries.default=1000000}
 */
class Dg13FuzzTest {
    private static final byte[] SEED = Dg13Writer.encode(Holders.an());
    private static final Dg13Parser PARSER = new Dg13Parser();

    @Property
    void malformedInputOnlyEverGivesAChipDataException(@ForAll("mutated") byte[] input) {
        try {
            Dg13 dg13 = PARSER.parse(input);
            assertThat(dg13.values()).isNotEmpty();
            dg13.fields();
        } catch (ChipDataException e) {
            assertThat(e.getMessage()).startsWith("DG13");
        }
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> mutations = Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, SEED.length - 1),
                Arbitraries.integers().between(1, 6),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1).ofMaxSize(6))
                .as((kind, at, n, noise) -> mutate(kind, at, n, noise));
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(300).map(b -> {
            byte[] out = new byte[b.length + 1];
            out[0] = 0x6D;
            System.arraycopy(b, 0, out, 1, b.length);
            return out;
        });
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, mutations), net.jqwik.api.Tuple.of(2, noise));
    }

    private static byte[] mutate(int kind, int at, int n, byte[] noise) {
        byte[] b = SEED.clone();
        switch (kind) {
            case 0 -> { // overwrite
                for (int i = 0; i < noise.length && at + i < b.length; i++) {
                    b[at + i] = noise[i];
                }
                return b;
            }
            case 1 -> { // flip one bit
                b[at] ^= (byte) (1 << (n % 8));
                return b;
            }
            case 2 -> { // insert
                byte[] out = new byte[b.length + noise.length];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(b, at, out, at + noise.length, b.length - at);
                return out;
            }
            case 3 -> { // delete
                int k = Math.min(n, b.length - at);
                byte[] out = new byte[b.length - k];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + k, out, at, b.length - at - k);
                return out;
            }
            default -> { // cut the end
                return java.util.Arrays.copyOf(b, at);
            }
        }
    }

    @Property(tries = 50)
    void theWritersOutputAlwaysParsesBack(@ForAll("names") String name) {
        ChipFields f = Holders.an();
        ChipFields renamed = new ChipFields(f.number(), name, f.dateOfBirth(), f.sex(), f.nationality(), f.ethnicity(),
                f.religion(), f.placeOfOrigin(), f.placeOfResidence(), f.identifyingMarks(), f.issueDate(), f.expiryDate(),
                f.oldIdNumber(), f.father(), f.mother());
        assertThat(PARSER.parse(Dg13Writer.encode(renamed)).fields()).isEqualTo(renamed);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(List.of("Nguyễn", "Thị", "Đặng", "Ngọc", "Hoàng", "Ánh", "Phương", "Lê", "Ý", "Quỳnh"))
                .list().ofMinSize(2).ofMaxSize(40).map(words -> String.join(" ", words));
    }
}
