package vn.motcua.kiosk.cardreader.emulated;

import java.util.HashMap;
import java.util.Map;
import vn.motcua.kiosk.cardreader.AccessKey;

/**
 * What an emulated chip holds: its elementary files by file identifier, the MRZ data its BAC and PACE keys
 * come from (as a real chip has them personalised), and the access control it offers.
 *
 * @param files  file identifier (0x011E COM, 0x0101 DG1, 0x0102 DG2, 0x010D DG13, 0x011D SOD,
 *               0x011C EF.CardAccess) → bytes; a chip offering PACE gets its EF.CardAccess here
 * @param key    the MRZ data the chip derives its access keys from
 */
public record ChipImage(Map<Integer, byte[]> files, AccessKey key, ChipAccess access) {
    public static final int EF_COM = 0x011E, EF_DG1 = 0x0101, EF_DG2 = 0x0102, EF_DG13 = 0x010D, EF_SOD = 0x011D,
            EF_CARD_ACCESS = 0x011C;
    /** The domain parameters the emulated chip's PACE uses: brainpoolP256r1, as in ICAO's worked example. */
    public static final int PACE_PARAMETER_ID = PaceCrypto.BRAINPOOL_P256R1;

    public ChipImage {
        if (access.offersPace() && !files.containsKey(EF_CARD_ACCESS)) {
            files = new HashMap<>(files);
            files.put(EF_CARD_ACCESS, PaceCrypto.cardAccess(PACE_PARAMETER_ID));
        }
        files = Map.copyOf(files);
    }

    /** A BAC-only chip. */
    public ChipImage(Map<Integer, byte[]> files, AccessKey key) {
        this(files, key, ChipAccess.BAC);
    }

    public ChipImage withAccess(ChipAccess other) {
        Map<Integer, byte[]> f = new HashMap<>(files);
        f.remove(EF_CARD_ACCESS);
        return new ChipImage(f, key, other);
    }

    @Override
    public String toString() {
        return "ChipImage" + files.keySet() + " " + access;
    }
}
