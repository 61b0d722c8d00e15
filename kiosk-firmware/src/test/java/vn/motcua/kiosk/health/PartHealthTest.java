package vn.motcua.kiosk.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceState;
import vn.motcua.client.DeviceStatusReport;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.kiosk.cardreader.SimulatedCardReader;
import vn.motcua.kiosk.cardreader.SimulatedReaders;
import vn.motcua.kiosk.gpio.GpioConfig;
import vn.motcua.kiosk.gpio.KioskPanel;
import vn.motcua.kiosk.gpio.NoPanel;
import vn.motcua.kiosk.gpio.Panels;
import vn.motcua.kiosk.gpio.Pi4jPanel;
import vn.motcua.kiosk.gpio.PanelSimulator;
import vn.motcua.kiosk.scanner.SimulatedScanner;

class PartHealthTest {
    private final QueueClient server = mock(QueueClient.class);
    private final SimulatedCardReader reader = SimulatedReaders.open();
    private final PartHealth health = new PartHealth(server, "card-reader", () -> Optional.of(reader.status()));

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

    @Test
    void anUnpluggedScannerIsReportedAsTheScannerPart() {
        SimulatedScanner scanner = new SimulatedScanner();
        PartHealth scannerHealth = new PartHealth(server, "scanner", scanner::status);
        scannerHealth.check();
        scanner.unplug(true);
        scannerHealth.check();
        InOrder order = inOrder(server);
        order.verify(server).reportDeviceStatus(new DeviceStatusReport("scanner", DeviceState.ONLINE, DeviceCode.OK, "simulated"));
        order.verify(server).reportDeviceStatus(new DeviceStatusReport("scanner", DeviceState.OFFLINE, DeviceCode.NOT_CONNECTED,
                "simulated scanner unplugged"));
        assertThat(scannerHealth.current().orElseThrow().code()).isEqualTo(DeviceCode.NOT_CONNECTED);
    }

    @Test
    void pinsThatReadNoLevelAreAPinFaultOfTheGpioPart() {
        // Pi4J's mock provider under the real Pi4jPanel: the fault is read from the pins, not stated by the simulator
        try (KioskPanel panel = Panels.open(new GpioConfig("mock", 17, 27, 22, true, 5))) {
            PanelSimulator pins = ((Pi4jPanel) panel).simulator().orElseThrow();
            PartHealth gpio = new PartHealth(server, "gpio", panel::status);
            gpio.check();
            assertThat(gpio.current().orElseThrow().state()).isEqualTo(DeviceState.ONLINE);
            pins.wiringFault(true);
            gpio.check();
            assertThat(gpio.current().orElseThrow().code()).isEqualTo(DeviceCode.PIN_FAULT);
            assertThat(gpio.current().orElseThrow().detail()).contains("BCM 17").contains("no level");
            pins.wiringFault(false);
            gpio.check();
            assertThat(gpio.current().orElseThrow().state()).isEqualTo(DeviceState.ONLINE);
            verify(server, times(3)).reportDeviceStatus(any());
        }
    }

    @Test
    void aPartTheKioskDoesNotHaveIsNeverReported() {
        PartHealth none = new PartHealth(server, "gpio", new NoPanel()::status);
        none.check();
        assertThat(none.current()).isEmpty();
        verify(server, never()).reportDeviceStatus(any());
    }
}
