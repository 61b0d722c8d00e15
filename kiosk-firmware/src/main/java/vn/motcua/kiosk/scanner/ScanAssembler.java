package vn.motcua.kiosk.scanner;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a scanner's byte stream into scans: a scan ends at CR or LF (the usual suffix) or when the line
 * goes quiet. Payloads are UTF-8 (the CCCD QR is); anything else is reported, not guessed at.
 */
final class ScanAssembler {
    static final int MAX_BYTES = 4096;
    private final ByteArrayOutputStream current = new ByteArrayOutputStream();
    private boolean overflow;

    /** Feeds bytes as they arrive; returns the scans they completed. */
    List<Scan> accept(byte[] bytes, int length) {
        List<Scan> done = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            byte b = bytes[i];
            if (b == '\r' || b == '\n') {
                finish().ifPresent(done::add);
            } else if (current.size() >= MAX_BYTES) {
                overflow = true;
            } else {
                current.write(b);
            }
        }
        return done;
    }

    /** The line went quiet: whatever arrived is one scan. */
    java.util.Optional<Scan> quiet() {
        return finish();
    }

    private java.util.Optional<Scan> finish() {
        if (current.size() == 0 && !overflow) {
            return java.util.Optional.empty();
        }
        byte[] bytes = current.toByteArray();
        current.reset();
        if (overflow) {
            overflow = false;
            return java.util.Optional.of(Scan.unreadable("scan longer than " + MAX_BYTES + " bytes"));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
                return java.util.Optional.of(Scan.unreadable("control characters in " + bytes.length + " bytes: line noise"));
            }
            return java.util.Optional.of(Scan.of(text));
        } catch (CharacterCodingException e) {
            return java.util.Optional.of(Scan.unreadable("not UTF-8 text (" + bytes.length + " bytes): line noise or wrong scanner setting"));
        }
    }
}
