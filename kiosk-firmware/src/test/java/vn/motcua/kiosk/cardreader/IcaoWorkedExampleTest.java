package vn.motcua.kiosk.cardreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jmrtd.Util;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.cardreader.emulated.BacCrypto;
import vn.motcua.kiosk.cardreader.emulated.ChipImage;
import vn.motcua.kiosk.cardreader.emulated.EmulatedChip;

/**
 * The BAC and secure-messaging worked example of ICAO Doc 9303 Part 11, Appendix D (document number
 * L898902C&lt;, birth 690806, expiry 940623): a source this project did not write. Our key derivation, the
 * emulated chip's MUTUAL AUTHENTICATE answer and its protected answers must give the published bytes.
 */
class IcaoWorkedExampleTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final AccessKey KEY = new AccessKey("L898902C<", "690806", "940623");

    @Test
    void mrzInformationAndKeysMatchThePublishedValues() throws Exception {
        assertThat(KEY.mrzInformation()).isEqualTo("L898902C<369080619406236");
        byte[] seed = BacCrypto.seed(KEY.mrzInformation());
        assertThat(HEX.formatHex(seed)).isEqualTo("239AB9CB282DAF66231DC5A4DF6BFBAE");
        assertThat(HEX.formatHex(BacCrypto.deriveKey(seed, BacCrypto.ENC))).isEqualTo("AB94FDECF2674FDFB9B391F85D7F76F2");
        assertThat(HEX.formatHex(BacCrypto.deriveKey(seed, BacCrypto.MAC))).isEqualTo("7962D9ECE03D1ACD4C76089DCE131543");
        // JMRTD, which the drivers use on the terminal side, derives the same seed
        assertThat(Util.computeKeySeed("L898902C<", "690806", "940623", "SHA-1", true)).isEqualTo(seed);
    }

    @Test
    void emulatedChipAnswersTheWorkedExampleByteForByte() {
        Deque<byte[]> randoms = new ArrayDeque<>(List.of(HEX.parseHex("4608F91988702212"),
                HEX.parseHex("0B4F80323EB3191CB04970CB4052790B")));
        // EF.COM of the example: LDS 1.7, Unicode 4.0.0, DG1 and DG2 present
        byte[] com = HEX.parseHex("60145F0104303130375F36063034303030305C026175");
        List<String> trace = new ArrayList<>();
        EmulatedChip chip = new EmulatedChip(new ChipImage(Map.of(ChipImage.EF_COM, com), KEY), n -> randoms.pop(), trace::add);

        assertThat(send(chip, "00A4040C07A0000002471001")).isEqualTo("9000");
        assertThat(send(chip, "0084000008")).isEqualTo("4608F919887022129000");
        String mutual = send(chip, "008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A728");
        assertThat(mutual).isEqualTo("46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D74499000");
        // D.4: SELECT EF.COM, then READ BINARY of its first 4 bytes, under secure messaging
        assertThat(send(chip, "0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800"))
                .isEqualTo("990290008E08FA855A5D4C50A8ED9000");
        assertThat(send(chip, "0CB000000D9701048E08ED6705417E96BA5500"))
                .isEqualTo("8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000");
        assertThat(trace).anyMatch(line -> line.startsWith("C-APDU 00 82 00 00 Lc=40") && line.endsWith("SW 9000"));
        assertThat(trace).noneMatch(line -> line.contains("4608F919"));
    }

    @Test
    void aWrongKeyIsRefusedWith6300() {
        Deque<byte[]> randoms = new ArrayDeque<>(List.of(HEX.parseHex("4608F91988702212")));
        EmulatedChip chip = new EmulatedChip(new ChipImage(Map.of(), new AccessKey("L898902C<", "690806", "940624")),
                n -> randoms.pop(), line -> { });
        send(chip, "00A4040C07A0000002471001");
        send(chip, "0084000008");
        assertThat(send(chip, "008200002872C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A728"))
                .isEqualTo("6300");
        assertThat(send(chip, "0CB000000D9701048E08ED6705417E96BA5500")).isEqualTo("6982");
    }

    private static String send(EmulatedChip chip, String hex) {
        return HEX.formatHex(chip.transmit(HEX.parseHex(hex)));
    }
}
