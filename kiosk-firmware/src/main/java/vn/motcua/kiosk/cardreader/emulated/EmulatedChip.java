package vn.motcua.kiosk.cardreader.emulated;

import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * An ICAO 9303 eMRTD chip answering APDUs as a card does: SELECT of the LDS1 application and of EFs,
 * GET CHALLENGE, EXTERNAL/MUTUAL AUTHENTICATE for BAC; on a chip whose profile offers PACE also EF.CardAccess,
 * MSE:Set AT and GENERAL AUTHENTICATE ({@link PaceSession}); then only secure messaging, 3DES after BAC
 * and AES after PACE (every command MAC-checked, every answer encrypted and MAC'd with the send sequence
 * counter), READ BINARY by offset or short file identifier. It backs the simulated card reader and,
 * plugged into pcscd through vpcd, the test rig of the PC/SC driver. The trace gets APDU headers and status words only, never data.
 */
public final class EmulatedChip {
    private static final byte[] AID = {(byte) 0xA0, 0, 0, 0x02, 0x47, 0x10, 0x01};
    private static final byte[] ATR = {0x3B, (byte) 0x8A, (byte) 0x80, 0x01, 0x45, 0x4D, 0x55, 0x4C, 0x41, 0x54,
            0x45, 0x44, 0x56, 0x4E, 0x4D, 0x7D};
    static final int SW_OK = 0x9000, SW_AUTH_FAILED = 0x6300, SW_SECURITY = 0x6982, SW_SM_WRONG = 0x6988,
            SW_NOT_FOUND = 0x6A82, SW_WRONG_P1P2 = 0x6B00, SW_INS = 0x6D00, SW_CLA = 0x6E00, SW_LENGTH = 0x6700,
            SW_CONDITIONS = 0x6985;

    private final ChipImage image;
    private final IntFunction<byte[]> random;
    private final Consumer<String> trace;
    private final byte[] kEnc;
    private final byte[] kMac;
    private final PaceSession pace;

    private boolean appletSelected;
    private int selected = -1;
    private byte[] rndIc;
    private SecureChannel channel;

    public EmulatedChip(ChipImage image, Consumer<String> trace) {
        this(image, n -> {
            byte[] b = new byte[n];
            new SecureRandom().nextBytes(b);
            return b;
        }, trace);
    }

    /** @param random the chip's random numbers (fixed in the ICAO worked-example test) */
    public EmulatedChip(ChipImage image, IntFunction<byte[]> random, Consumer<String> trace) {
        this.image = image;
        this.random = random;
        this.trace = trace;
        byte[] seed = BacCrypto.seed(image.key().mrzInformation());
        this.kEnc = BacCrypto.deriveKey(seed, BacCrypto.ENC);
        this.kMac = BacCrypto.deriveKey(seed, BacCrypto.MAC);
        this.pace = image.access().offersPace()
                ? new PaceSession(image.key().mrzInformation(), ChipImage.PACE_PARAMETER_ID, random) : null;
    }

    public byte[] atr() {
        return ATR.clone();
    }

    /** Power-up or reset: a real chip forgets its application, file and session keys. */
    public void reset() {
        appletSelected = false;
        selected = -1;
        rndIc = null;
        channel = null;
        if (pace != null) {
            pace.abandon();
        }
    }

    public byte[] transmit(byte[] apdu) {
        if (apdu.length < 4) {
            trace.accept("C-APDU (" + apdu.length + " bytes) → SW 6700");
            return sw(SW_LENGTH);
        }
        Apdu command = Apdu.parse(apdu);
        if (command == null) {
            trace.accept("C-APDU malformed → SW 6700");
            return sw(SW_LENGTH);
        }
        if ((command.cla() & 0x0C) == 0x0C) {
            return secure(command);
        }
        boolean chained = command.cla() == 0x10 && command.ins() == 0x86; // PACE's GENERAL AUTHENTICATE steps 1-3
        if (command.cla() != 0x00 && !chained) {
            return traced(command, null, sw(SW_CLA));
        }
        if (pace != null && command.ins() != 0x86) {
            pace.abandon(); // PACE is one unbroken exchange
        }
        if (channel != null && command.ins() != 0xA4) {
            channel = null; // a plain command ends secure messaging, as on a real chip
        }
        byte[] answer = switch (command.ins()) {
            case 0xA4 -> selectPlain(command);
            case 0x84 -> getChallenge(command);
            case 0x82 -> mutualAuthenticate(command);
            case 0xB0 -> appletSelected ? sw(SW_SECURITY) : readBinary(command, command.le());
            case 0x22 -> setAuthenticationTemplate(command);
            case 0x86 -> generalAuthenticate(command);
            default -> sw(SW_INS);
        };
        return traced(command, null, answer);
    }

    private byte[] selectPlain(Apdu c) {
        if (c.p1() == 0x04) {
            if (!Arrays.equals(c.data(), AID)) {
                return sw(SW_NOT_FOUND);
            }
            appletSelected = true;
            selected = -1;
            channel = null;
            return sw(SW_OK);
        }
        if (c.p1() == 0x00) {
            appletSelected = false;
            channel = null;
            return sw(SW_OK);
        }
        if (c.p1() == 0x02 && c.data().length == 2) {
            int fid = ((c.data()[0] & 0xFF) << 8) | (c.data()[1] & 0xFF);
            if (appletSelected) {
                return sw(SW_SECURITY); // LDS1 files only under secure messaging
            }
            return selectEf(fid, fid == ChipImage.EF_CARD_ACCESS);
        }
        return sw(SW_WRONG_P1P2);
    }

    private byte[] selectEf(int fid, boolean allowed) {
        if (!allowed || !image.files().containsKey(fid)) {
            return sw(SW_NOT_FOUND);
        }
        selected = fid;
        return sw(SW_OK);
    }

    private byte[] getChallenge(Apdu c) {
        if (!appletSelected) {
            return sw(SW_CONDITIONS);
        }
        if (c.le() != 8) {
            return sw(SW_LENGTH);
        }
        rndIc = random.apply(8);
        return concat(rndIc, sw(SW_OK));
    }

    private byte[] setAuthenticationTemplate(Apdu c) {
        if (pace == null) {
            return sw(SW_INS);
        }
        if (image.access() == ChipAccess.PACE_FAULTY) {
            return sw(0x6A80);
        }
        return pace.setAuthenticationTemplate(c);
    }

    private byte[] generalAuthenticate(Apdu c) {
        if (pace == null) {
            return sw(SW_INS);
        }
        byte[] answer = pace.generalAuthenticate(c);
        SecureChannel established = pace.established();
        if (established != null) {
            channel = established;
        }
        return answer;
    }

    private byte[] mutualAuthenticate(Apdu c) {
        byte[] challenge = rndIc;
        rndIc = null; // one try per challenge
        if (challenge == null) {
            return sw(SW_CONDITIONS);
        }
        if (c.data().length != 40) {
            return sw(SW_LENGTH);
        }
        byte[] eIfd = Arrays.copyOf(c.data(), 32);
        byte[] mIfd = Arrays.copyOfRange(c.data(), 32, 40);
        if (!Arrays.equals(BacCrypto.mac(kMac, eIfd), mIfd)) {
            return sw(SW_AUTH_FAILED); // wrong key: the MAC of the terminal's cryptogram does not verify
        }
        byte[] s = BacCrypto.decrypt(kEnc, eIfd);
        byte[] rndIfd = Arrays.copyOf(s, 8);
        if (!Arrays.equals(Arrays.copyOfRange(s, 8, 16), challenge)) {
            return sw(SW_AUTH_FAILED);
        }
        byte[] kIfd = Arrays.copyOfRange(s, 16, 32);
        byte[] kIc = random.apply(16);
        byte[] r = concat(concat(challenge, rndIfd), kIc);
        byte[] eIc = BacCrypto.encrypt(kEnc, r);
        byte[] mIc = BacCrypto.mac(kMac, eIc);
        byte[] seed = new byte[16];
        for (int i = 0; i < 16; i++) {
            seed[i] = (byte) (kIfd[i] ^ kIc[i]);
        }
        byte[] ssc = concat(Arrays.copyOfRange(challenge, 4, 8), Arrays.copyOfRange(rndIfd, 4, 8));
        channel = new SecureChannel(SmCipher.tripleDes(BacCrypto.deriveKey(seed, BacCrypto.ENC),
                BacCrypto.deriveKey(seed, BacCrypto.MAC)), ssc);
        return concat(concat(eIc, mIc), sw(SW_OK));
    }

    private byte[] secure(Apdu outer) {
        if (channel == null) {
            return traced(outer, null, sw(SW_SECURITY));
        }
        Apdu inner = channel.unwrap(outer);
        if (inner == null) {
            channel = null; // a bad MAC ends the session; the terminal must authenticate again
            return traced(outer, null, sw(SW_SM_WRONG));
        }
        byte[] plain = switch (inner.ins()) {
            case 0xA4 -> inner.p1() == 0x04 && Arrays.equals(inner.data(), AID) ? selectApplet()
                    : inner.p1() == 0x02 && inner.data().length == 2
                    ? selectEf(((inner.data()[0] & 0xFF) << 8) | (inner.data()[1] & 0xFF), true) : sw(SW_WRONG_P1P2);
            case 0xB0 -> readBinary(inner, inner.le());
            default -> sw(SW_INS);
        };
        return traced(outer, inner, channel.wrap(plain));
    }

    /** SELECT of the LDS1 application under secure messaging, as a terminal sends it after PACE. */
    private byte[] selectApplet() {
        appletSelected = true;
        selected = -1;
        return sw(SW_OK);
    }

    private byte[] readBinary(Apdu c, int le) {
        int offset;
        if ((c.p1() & 0x80) != 0) {
            int sfi = c.p1() & 0x1F;
            int fid = 0x0100 | sfi; // DG1..DG16 are 0x0101..0x0110, CardAccess/SOD/COM 0x011C..0x011E
            if (!image.files().containsKey(fid) || (!appletSelected && fid != ChipImage.EF_CARD_ACCESS)) {
                return sw(SW_NOT_FOUND);
            }
            selected = fid;
            offset = c.p2();
        } else {
            offset = (c.p1() << 8) | c.p2();
        }
        if (selected < 0) {
            return sw(SW_CONDITIONS);
        }
        byte[] file = image.files().get(selected);
        if (offset > file.length) {
            return sw(SW_WRONG_P1P2);
        }
        int wanted = le <= 0 ? 256 : le;
        int n = Math.min(wanted, file.length - offset);
        return concat(Arrays.copyOfRange(file, offset, offset + n), sw(n < wanted ? 0x6282 : SW_OK));
    }

    private byte[] traced(Apdu outer, Apdu inner, byte[] answer) {
        int sw = ((answer[answer.length - 2] & 0xFF) << 8) | (answer[answer.length - 1] & 0xFF);
        trace.accept(String.format("C-APDU %02X %02X %02X %02X Lc=%d Le=%d%s → R-APDU %d bytes SW %04X",
                outer.cla(), outer.ins(), outer.p1(), outer.p2(), outer.data().length, outer.le(),
                inner == null ? "" : String.format(" [SM: %02X %02X %02X %02X Le=%d]", inner.cla(), inner.ins(),
                        inner.p1(), inner.p2(), inner.le()), answer.length - 2, sw));
        return answer;
    }

    static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
