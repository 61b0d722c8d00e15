package vn.motcua.server.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.motcua.client.DeviceCode;
import vn.motcua.client.DeviceState;

class DeviceStatusEventTest {

    @Test
    void aDetailReadsBackAsTheSameValues() {
        var e = new DeviceStatusEvent("kiosk:sảnh-1", "printer", DeviceState.DEGRADED, DeviceCode.PAPER_LOW);
        assertThat(DeviceStatusEvent.parse(e.toDetail())).isEqualTo(e);
    }

    @Test
    void theOldPackedTextAndPartialDetailsAreRefusedByName() {
        assertThatThrownBy(() -> DeviceStatusEvent.parse("kiosk-1:printer:OFFLINE:PAPER_OUT"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a device status detail");
        assertThatThrownBy(() -> DeviceStatusEvent.parse("{\"device\":\"kiosk-1\",\"part\":\"printer\",\"state\":\"OFFLINE\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lacks a field");
        assertThatThrownBy(() -> DeviceStatusEvent.parse("{\"device\":\"k\",\"part\":\"p\",\"state\":\"BROKEN\",\"code\":\"PAPER_OUT\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
