package vn.motcua.kiosk.cardreader;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.protocol.AESSecureMessagingWrapper;
import org.junit.jupiter.api.Test;
import vn.motcua.kiosk.cardreader.emulated.ChipAccess;
import vn.motcua.kiosk.cardreader.emulated.ChipImage;
import vn.motcua.kiosk.cardreader.emulated.EmulatedChip;
import vn.motcua.kiosk.cardreader.emulated.PaceCrypto;

/**
 * The PACE worked example of ICAO Doc 9303 Part 11, Appendix G.1 (ECDH generic mapping, brainpoolP256r1,
 * AES-128; MRZ document number T22000129, birth 640812, expiry 101031): a source this project did not write.
 * The values were found quoted from the appendix in other projects' test vectors (ZeroPass/dmrtd's PACE
 * test, gmrtd's, and others agreeing byte for byte). Given the example's nonce and private keys, the
 * emulated chip must answer the example's terminal commands with the example's answers.
 */
class IcaoPaceWorkedExampleTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final AccessKey KEY = new AccessKey("T22000129", "640812", "101031");
    private static final String NONCE = "3F00C4D39D153F2B2A214A078D899B22";
    private static final String CHIP_MAPPING_PRIVATE = "498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560";
    private static final String CHIP_EPHEMERAL_PRIVATE = "107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A";
    private static final String SHARED_SECRET = "28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925";
    private static final String KS_ENC = "F5F0E35C0D7161EE6724EE513A0D9A7F";
    private static final String KS_MAC = "FE251C7858B356B24514B3BD5F4297D1";
    private static final String CARD_ACCESS = "31143012060A04007F0007020204020202010202010D";

    @Test
    void keysNonceAndEfCardAccessMatchThePublishedValues() {
        byte[] kPi = PaceCrypto.passwordKey(KEY.mrzInformation());
        assertThat(HEX.formatHex(kPi)).isEqualTo("89DED1B26624EC1E634C1989302849DD");
        assertThat(HEX.formatHex(PaceCrypto.encryptNonce(kPi, HEX.parseHex(NONCE)))).isEqualTo("95A3A016522EE98D01E76CB6B98B42C3");
        assertThat(HEX.formatHex(PaceCrypto.kdf(HEX.parseHex(SHARED_SECRET), 1))).isEqualTo(KS_ENC);
        assertThat(HEX.formatHex(PaceCrypto.kdf(HEX.parseHex(SHARED_SECRET), 2))).isEqualTo(KS_MAC);
        assertThat(HEX.formatHex(PaceCrypto.cardAccess(PaceCrypto.BRAINPOOL_P256R1))).isEqualTo(CARD_ACCESS);
    }

    @Test
    void ourEfCardAccessIsReadByJmrtdAsThePaceInfoWeMean() throws Exception {
        byte[] file = new ChipImage(Map.of(), KEY, ChipAccess.PACE).files().get(ChipImage.EF_CARD_ACCESS);
        PACEInfo info = (PACEInfo) new CardAccessFile(new java.io.ByteArrayInputStream(file)).getSecurityInfos().iterator().next();
        assertThat(info.getObjectIdentifier()).isEqualTo(PACEInfo.ID_PACE_ECDH_GM_AES_CBC_CMAC_128);
        assertThat(info.getParameterId()).isEqualTo(java.math.BigInteger.valueOf(13));
        assertThat(new ChipImage(Map.of(), KEY).files()).doesNotContainKey(ChipImage.EF_CARD_ACCESS);
    }

    @Test
    void emulatedChipAnswersTheWorkedExampleByteForByte() throws Exception {
        List<String> trace = new ArrayList<>();
        EmulatedChip chip = exampleChip(trace);
        // EF.CardAccess by short file id; 6282: the file ended before the 256 bytes asked for
        assertThat(send(chip, "00B09C0000")).isEqualTo(CARD_ACCESS + "6282");
        exchange(chip);
        // the next command goes under AES secure messaging with the example's session keys, SSC = 0
        AESSecureMessagingWrapper terminal = new AESSecureMessagingWrapper(new SecretKeySpec(HEX.parseHex(KS_ENC), "AES"),
                new SecretKeySpec(HEX.parseHex(KS_MAC), "AES"), 256, true, 0L);
        assertThat(terminal.unwrap(new ResponseAPDU(chip.transmit(terminal.wrap(
                new CommandAPDU(HEX.parseHex("00A4040C07A0000002471001"))).getBytes()))).getSW()).isEqualTo(0x9000);
        assertThat(terminal.unwrap(new ResponseAPDU(chip.transmit(terminal.wrap(
                new CommandAPDU(HEX.parseHex("00A4020C02011E"))).getBytes()))).getSW()).isEqualTo(0x9000);
        ResponseAPDU com = terminal.unwrap(new ResponseAPDU(chip.transmit(terminal.wrap(
                new CommandAPDU(0x00, 0xB0, 0x00, 0x00, 22)).getBytes())));
        assertThat(HEX.formatHex(com.getBytes())).isEqualTo("60145F0104303130375F36063034303030305C0261759000");
        assertThat(trace).anyMatch(l -> l.startsWith("C-APDU 00 86 00 00 Lc=12") && l.endsWith("SW 9000"));
        assertThat(trace).anyMatch(l -> l.contains("[SM: 00 B0 00 00 Le=22]") && l.endsWith("SW 9000"));
        assertThat(trace).noneMatch(l -> l.contains("3F00C4D3") || l.contains("95A3A016"));
    }

    @Test
    void aTerminalWithAnotherMrzKeyIsRefusedAtTheTokensWith6300() {
        // A terminal with a wrong key decrypts z to another nonce than the chip's. The example terminal's
        // commands were computed with the example's nonce, so a chip that drew another nonce stands in for it.
        Deque<byte[]> randoms = randoms();
        randoms.removeFirst();
        randoms.addFirst(HEX.parseHex("3F00C4D39D153F2B2A214A078D899B23"));
        EmulatedChip chip = new EmulatedChip(new ChipImage(Map.of(ChipImage.EF_COM, new byte[] {0x60, 0}), KEY,
                ChipAccess.PACE), n -> randoms.pop(), l -> { });
        assertThat(send(chip, "0022C1A40F800A04007F00070202040202830101")).isEqualTo("9000");
        assertThat(send(chip, "10860000027C0000")).startsWith("7C1280").doesNotContain("95A3A016");
        assertThat(send(chip, "10860000457C438141" + MAP_IFD + "00")).endsWith("9000");
        assertThat(send(chip, "10860000457C438341" + DH_IFD + "00")).endsWith("9000");
        assertThat(send(chip, "008600000C7C0A8508C2B0BD78D94BA86600")).isEqualTo("6300");
        assertThat(send(chip, "0CB09E00")).isEqualTo("6982"); // no secure channel was opened
    }

    @Test
    void keysOffTheCurveAndStepsOutOfOrderAreRefused() {
        EmulatedChip chip = exampleChip(new ArrayList<>());
        assertThat(send(chip, "10860000027C0000")).isEqualTo("6985"); // no MSE:Set AT yet
        assertThat(send(chip, "0022C1A412800A04007F0007020204020283010184010C")).isEqualTo("6A80"); // P-256 not offered
        assertThat(send(chip, "0022C1A40F800A04007F00070202040202830102")).isEqualTo("6A88"); // CAN: this chip has none
        assertThat(send(chip, "0022C1A40F800A04007F00070202040202830101")).isEqualTo("9000");
        assertThat(send(chip, "10860000027C0000")).endsWith("9000");
        String offCurve = MAP_IFD.substring(0, MAP_IFD.length() - 2) + "2E"; // last byte of y changed
        assertThat(send(chip, "10860000457C438141" + offCurve + "00")).isEqualTo("6A80");
        assertThat(send(chip, "10860000457C438141" + MAP_IFD + "00")).isEqualTo("6985"); // the attempt is over
        EmulatedChip bacOnly = new EmulatedChip(new ChipImage(Map.of(), KEY), l -> { });
        assertThat(send(bacOnly, "0022C1A40F800A04007F00070202040202830101")).isEqualTo("6D00");
    }

    private static final String MAP_IFD = "047ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
            + "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D";
    private static final String DH_IFD = "042DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
            + "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462";

    /** Appendix G.1's exchange: MSE:Set AT, then the four GENERAL AUTHENTICATE commands and answers. */
    private static void exchange(EmulatedChip chip) {
        assertThat(send(chip, "0022C1A40F800A04007F00070202040202830101")).isEqualTo("9000");
        assertThat(send(chip, "10860000027C0000")).isEqualTo("7C12801095A3A016522EE98D01E76CB6B98B42C39000");
        assertThat(send(chip, "10860000457C438141" + MAP_IFD + "00")).isEqualTo("7C43824104"
                + "824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
                + "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54" + "9000");
        assertThat(send(chip, "10860000457C438341" + DH_IFD + "00")).isEqualTo("7C43844104"
                + "9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
                + "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094" + "9000");
        assertThat(send(chip, "008600000C7C0A8508C2B0BD78D94BA86600")).isEqualTo("7C0A86083ABB9674BCE93C089000");
    }

    private static EmulatedChip exampleChip(List<String> trace) {
        Deque<byte[]> randoms = randoms();
        return new EmulatedChip(new ChipImage(Map.of(ChipImage.EF_COM, HEX.parseHex("60145F0104303130375F36063034303030305C026175")),
                KEY, ChipAccess.PACE), n -> randoms.pop(), trace::add);
    }

    private static Deque<byte[]> randoms() {
        return new ArrayDeque<>(List.of(HEX.parseHex(NONCE), HEX.parseHex(CHIP_MAPPING_PRIVATE), HEX.parseHex(CHIP_EPHEMERAL_PRIVATE)));
    }

    private static String send(EmulatedChip chip, String hex) {
        return HEX.formatHex(chip.transmit(HEX.parseHex(hex)));
    }
}
