package vn.motcua.kiosk.health;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceState;
import vn.motcua.client.DeviceStatusReport;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.kiosk.cardreader.SimulatedCardReader;
import vn.motcua.kiosk.cardreader.SimulatedReaders;

class CardReaderHealthTest {
    private final QueueClient server = mock(QueueClient.class);
    private final SimulatedCardReader reader = SimulatedReaders.open();
    private final CardReaderHealth health = new CardReaderHealth(server, reader);

    @Test
    void anUnpluggedReaderIsReportedOfflineOnceAndItsReturnClearsIt() {
        health.check();
        reader.unplug(true);
        health.check();
        health.check(); // unchanged: not sent again
        reader.unplug(false);
        health.check();
        InOrder order = inOrder(server);
        order.verify(server).reportDeviceStatus(new DeviceStatusReport("card-reader", DeviceState.ONLINE, DeviceCode.OK, "simulated"));
        order.verify(server).reportDeviceStatus(new DeviceStatusReport("card-reader", DeviceState.OFFLINE, DeviceCode.NO_READER, "simulated reader unplugged"));
        order.verify(server).reportDeviceStatus(new DeviceStatusReport("card-reader", DeviceState.ONLINE, DeviceCode.OK, "simulated"));
        verify(server, times(3)).reportDeviceStatus(any());
    }

    @Test
    void aReportTheServerDidNotTakeIsSentAgain() {
        reader.unplug(true);
        doThrow(new QueueApiException(503, "unavailable", "server down", null)).doNothing().when(server).reportDeviceStatus(any());
        health.check();
        health.check();
        verify(server, times(2)).reportDeviceStatus(new DeviceStatusReport("card-reader", DeviceState.OFFLINE, DeviceCode.NO_READER, "simulated reader unplugged"));
    }
}
