package vn.motcua.board.led;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in framing, {@code stx-xor}, the STX/ETX + XOR block-check shape most RS-485 LED number
 * boards use (documented in display-board/README.md):
 *
 * <pre>
 *   STX 0x02 | ADDR 2 ASCII digits "01".."99" | CMD 'D' steady or 'F' flashing | TEXT width ASCII bytes | ETX 0x03 | BCC
 *   BCC = XOR of every byte from ADDR through ETX
 * </pre>
 *
 * TEXT is right-aligned and space-padded to the board's width; if a number is wider than the board,
 * its rightmost characters are kept (the digits matter more than the service letter). Only printable
 * ASCII goes on the wire, so STX and ETX can never appear inside a frame.
 */
public final class StxXorProtocol implements LedProtocol {
    public static final String NAME = "stx-xor";
    static final byte STX = 0x02;
    static final byte ETX = 0x03;
    private final int width;

    public StxXorProtocol(int width) {
        if (width < 1 || width > 32) {
            throw new IllegalArgumentException("LED width must be 1..32 characters");
        }
        this.width = width;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public byte[] encode(LedCommand c) {
        if (c.address() < 1 || c.address() > 99) {
            throw new IllegalArgumentException("stx-xor addresses are 1..99, got " + c.address());
        }
        String text = fit(c.text());
        ByteArrayOutputStream out = new ByteArrayOutputStream(width + 6);
        out.write(STX);
        byte[] body = (String.format("%02d", c.address()) + (c.flash() ? 'F' : 'D') + text)
                .getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(body);
        out.write(ETX);
        out.write(bcc(body));
        return out.toByteArray();
    }

    private String fit(String raw) {
        StringBuilder sb = new StringBuilder();
        for (char ch : raw.toCharArray()) {
            sb.append(ch >= 0x20 && ch <= 0x7E ? ch : '?');
        }
        String s = sb.toString();
        if (s.length() > width) {
            return s.substring(s.length() - width);
        }
        return " ".repeat(width - s.length()) + s;
    }

    static byte bcc(byte[] body) {
        byte x = ETX;
        for (byte b : body) {
            x ^= b;
        }
        return x;
    }

    @Override
    public List<LedCommand> decode(byte[] bytes) {
        List<LedCommand> out = new ArrayList<>();
        int frame = width + 6;
        int i = 0;
        while (i < bytes.length) {
            if (bytes[i] != STX || i + frame > bytes.length || bytes[i + frame - 2] != ETX) {
                i++;
                continue;
            }
            byte[] body = java.util.Arrays.copyOfRange(bytes, i + 1, i + frame - 2);
            String s = new String(body, StandardCharsets.US_ASCII);
            boolean valid = bcc(body) == bytes[i + frame - 1] && Character.isDigit(s.charAt(0))
                    && Character.isDigit(s.charAt(1)) && (s.charAt(2) == 'D' || s.charAt(2) == 'F');
            if (!valid) {
                i++;
                continue;
            }
            out.add(new LedCommand(Integer.parseInt(s.substring(0, 2)), s.substring(3).strip(), s.charAt(2) == 'F'));
            i += frame;
        }
        return out;
    }
}
