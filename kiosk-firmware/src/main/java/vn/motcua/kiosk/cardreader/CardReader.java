package vn.motcua.kiosk.cardreader;

import java.time.Duration;
import vn.motcua.client.DeviceStatus;

/**
 * A contactless reader for chip ID cards. The kiosk asks it to read the card on it with the access key it
 * has (from the QR, the MRZ or an officer); it answers with the chip's fields or a {@link CardReaderException}
 * whose kind says what the citizen or the technician must do.
 */
public interface CardReader extends AutoCloseable {

    /**
     * Waits up to {@code waitForCard} for a card, opens it with the key (PACE when the card offers it,
     * else BAC), reads COM, DG1, DG13, DG2 and SOD and checks them (passive authentication). A card lifted
     * mid-read is waited for again and reading goes on from the data group it stopped in.
     *
     * @throws CardReaderException no reader, no card, key refused, card lifted for good, unreadable data
     */
    default ChipReading read(AccessKey key, Duration waitForCard) {
        return read(key, waitForCard, new ReadCancel());
    }

    /** As {@link #read(AccessKey, Duration)}, stopped with {@code CANCELLED} once {@code cancel} is called. */
    ChipReading read(AccessKey key, Duration waitForCard, ReadCancel cancel);

    /** Whether the reader is there; cheap enough to poll every few seconds. */
    DeviceStatus status();

    /** Short English description for diagnostics, e.g. "pcsc 'Virtual PCD 00 00'". */
    String description();

    @Override
    void close();
}
