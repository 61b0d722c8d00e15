package vn.motcua.kiosk.cardreader;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.motcua.kiosk.idcard.CccdFields;

/**
 * Compares what the QR says with what the chip says. They come from one card, so any difference means the
 * QR was not this card's (a photo of another card) or one of them was altered; the officer is told which
 * fields differ, never their values.
 */
public final class QrChipCrossCheck {
    private QrChipCrossCheck() {
    }

    /** @return the names of the fields that differ (empty when they agree) */
    public static List<String> mismatches(CccdFields qr, ChipFields chip) {
        List<String> out = new ArrayList<>();
        compare("number", qr.number(), chip.number(), out);
        compare("oldIdNumber", qr.oldId(), chip.oldIdNumber(), out);
        compare("name", qr.name(), chip.name(), out);
        compare("dateOfBirth", qr.dateOfBirth() == null ? null : qr.dateOfBirth().toString(), chip.dateOfBirth(), out);
        compare("sex", qr.sex(), chip.sex(), out);
        compare("placeOfResidence", qr.address(), chip.placeOfResidence(), out);
        compare("issueDate", qr.issueDate() == null ? null : qr.issueDate().toString(), chip.issueDate(), out);
        return out;
    }

    private static void compare(String field, String qr, String chip, List<String> out) {
        if (qr == null || qr.isBlank()) {
            return; // the QR does not carry it (old ID of a card holder who had none)
        }
        if (!Objects.equals(canonical(qr), canonical(chip))) {
            out.add(field);
        }
    }

    private static String canonical(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
