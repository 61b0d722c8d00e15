package vn.motcua.kiosk.cardreader.emulated;

import java.util.Map;
import vn.motcua.kiosk.cardreader.AccessKey;

/**
 * What an emulated chip holds: its elementary files by file identifier, and the MRZ data its BAC keys come
 * from (as a real chip has them personalised).
 *
 * @param files  file identifier (0x011E COM, 0x0101 DG1, 0x0102 DG2, 0x010D DG13, 0x011D SOD) → bytes
 * @param key    the MRZ data the chip derives its BAC keys from
 */
public record ChipImage(Map<Integer, byte[]> files, AccessKey key) {
    public static final int EF_COM = 0x011E, EF_DG1 = 0x0101, EF_DG2 = 0x0102, EF_DG13 = 0x010D, EF_SOD = 0x011D,
            EF_CARD_ACCESS = 0x011C;

    public ChipImage {
        files = Map.copyOf(files);
    }

    @Override
    public String toString() {
        return "ChipImage" + files.keySet();
    }
}
