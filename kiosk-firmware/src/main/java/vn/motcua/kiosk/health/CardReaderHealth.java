package vn.motcua.kiosk.health;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.DeviceStatusReport;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.kiosk.cardreader.CardReader;
import vn.motcua.kiosk.cardreader.CardReaderStatus;

/**
 * Reports the chip reader's state to the server as the printer's is reported: an unplugged reader (or a
 * stopped pcscd) becomes a device alert for the manager, and its return clears it. A report the server did
 * not take is sent again at the next check.
 */
public final class CardReaderHealth {
    static final String PART = "card-reader";
    private static final Logger LOG = LoggerFactory.getLogger(CardReaderHealth.class);

    private final QueueClient server;
    private final CardReader reader;
    private DeviceStatusReport reported;
    private volatile DeviceStatusReport current;

    public CardReaderHealth(QueueClient server, CardReader reader) {
        this.server = server;
        this.reader = reader;
    }

    /** Asks the reader how it is and tells the server when that changed (or was not delivered yet). */
    public synchronized void check() {
        CardReaderStatus status = reader.status();
        current = new DeviceStatusReport(PART, status.state(), status.code(), status.detail());
        if (Objects.equals(reported, current)) {
            return;
        }
        try {
            server.reportDeviceStatus(current);
            reported = current;
            LOG.info("card reader status reported: {} {}", current.state(), current.code());
        } catch (QueueApiException e) {
            LOG.warn("card reader status {} not reported yet: {}", current.code(), e.getMessage());
        }
    }

    public DeviceStatusReport current() {
        return current;
    }
}
