package vn.motcua.kiosk.dossier;

import java.time.Duration;
import java.util.Optional;
import vn.motcua.client.dossier.IdentitySource;
import vn.motcua.kiosk.cardreader.AccessKey;
import vn.motcua.kiosk.cardreader.CardReader;
import vn.motcua.kiosk.cardreader.CardReaderException;
import vn.motcua.kiosk.cardreader.ChipFields;
import vn.motcua.kiosk.cardreader.ChipReading;
import vn.motcua.kiosk.cardreader.PassiveAuthentication;
import vn.motcua.kiosk.cardreader.QrChipCrossCheck;
import vn.motcua.kiosk.cardreader.ReadCancel;
import vn.motcua.kiosk.idcard.CccdFields;

/**
 * After the QR: the citizen lays the card on the reader and the chip, keyed from the QR, replaces the QR's
 * fields with the signed ones. The fields keep the QR's names so the forms pre-fill exactly as from the QR;
 * the identity source says whether passive authentication held.
 */
public final class ChipStep {
    public static final ChipStep NONE = new ChipStep(Optional.empty(), Duration.ZERO);

    private final Optional<CardReader> reader;
    private final Duration wait;

    public ChipStep(Optional<CardReader> reader, Duration wait) {
        this.reader = reader;
        this.wait = wait;
    }

    boolean available() {
        return reader.isPresent();
    }

    /** The chip's identity, or a {@link DossierRequestException} carrying the reader's Vietnamese message. */
    Identity read(CccdFields qr, ReadCancel cancel) {
        ChipReading chip = readChip(qr, cancel);
        boolean verified = chip.passiveAuthentication().status() == PassiveAuthentication.Status.VERIFIED;
        ChipFields f = chip.fields();
        return Identity.of(verified ? IdentitySource.CHIP_VERIFIED : IdentitySource.CHIP_UNVERIFIED,
                new IdentityFields(f.number(), f.name(), f.dateOfBirth(), f.sex(), f.placeOfResidence(), null, null),
                formNames(QrChipCrossCheck.mismatches(qr, f))).withPassiveAuthentication(chip.passiveAuthentication().status().name());
    }

    private ChipReading readChip(CccdFields qr, ReadCancel cancel) {
        CardReader r = reader.orElseThrow(() -> new DossierRequestException(409, "no_reader",
                "Ki-ốt không có đầu đọc thẻ chip / this kiosk has no chip reader"));
        try {
            return r.read(AccessKey.fromQr(qr), wait, cancel);
        } catch (CardReaderException e) {
            if (e.kind() == CardReaderException.Kind.CANCELLED) {
                throw cancelled();
            }
            throw new DossierRequestException(e.kind() == CardReaderException.Kind.KEY_REFUSED ? 422 : 409,
                    "chip_" + e.kind().name().toLowerCase(java.util.Locale.ROOT), e.citizenMessage());
        } catch (IllegalArgumentException e) {
            throw new DossierRequestException(422, "chip_key_refused", "Mã QR không đủ để mở chip / " + e.getMessage());
        }
    }

    static DossierRequestException cancelled() {
        return new DossierRequestException(409, "chip_cancelled", "Đã bỏ qua bước đọc chip / the chip read was called off");
    }

    /** QR-vs-chip differences named as the form names its fields, so the form marks them to check. */
    private static java.util.List<String> formNames(java.util.List<String> chipNames) {
        return chipNames.stream().map(n -> n.equals("placeOfResidence") ? "address" : n).toList();
    }
}
