package vn.motcua.board.led;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class StxXorProtocolTest {
    private final StxXorProtocol protocol = new StxXorProtocol(5);

    @Test
    void framesAnAddressedNumberWithItsBlockCheck() {
        byte[] frame = protocol.encode(new LedCommand(12, "A0013", false));
        // STX "12" 'D' "A0013" ETX BCC; BCC = 0x31^0x32^0x44^0x41^0x30^0x30^0x31^0x33^0x03
        assertThat(HexFormat.of().formatHex(frame)).isEqualTo("02313244413030313303" + "07");
    }

    @Test
    void recallFlashesAndShortTextIsRightAligned() {
        byte[] frame = protocol.encode(new LedCommand(3, "7", true));
        assertThat(new String(frame, 1, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("03F    7");
    }

    @Test
    void keepsTheDigitsWhenTheBoardIsNarrower() {
        byte[] frame = new StxXorProtocol(4).encode(new LedCommand(1, "B0042", false));
        assertThat(new StxXorProtocol(4).decode(frame)).containsExactly(new LedCommand(1, "0042", false));
    }

    @Test
    void decodesAStreamWithNoiseAndSkipsACorruptFrame() {
        ByteArrayOutputStream bus = new ByteArrayOutputStream();
        bus.writeBytes(new byte[] {0x55, 0x02, 0x00});
        bus.writeBytes(protocol.encode(new LedCommand(5, "C0001", false)));
        byte[] corrupt = protocol.encode(new LedCommand(6, "D0001", false));
        corrupt[5] ^= 0x01;
        bus.writeBytes(corrupt);
        bus.writeBytes(protocol.encode(new LedCommand(99, "", false)));
        assertThat(protocol.decode(bus.toByteArray()))
                .containsExactly(new LedCommand(5, "C0001", false), new LedCommand(99, "", false));
    }

    @Test
    void neverPutsControlBytesInsideAFrame() {
        byte[] frame = protocol.encode(new LedCommand(7, "Ạ\u0002\u0003", false));
        for (int i = 1; i < frame.length - 2; i++) {
            assertThat(frame[i]).isBetween((byte) 0x20, (byte) 0x7E);
        }
    }

    @Test
    void refusesAddressesOutsideTheBus() {
        assertThatThrownBy(() -> protocol.encode(new LedCommand(100, "A0001", false)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LedProtocols.byName("nope", 5)).hasMessageContaining("stx-xor");
    }
}
