package vn.motcua.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Feeds arbitrary answers (or silence, -1) to the DLE EOT reader through an in-memory link. */
public final class PrinterLinkFuzz {
    private PrinterLinkFuzz() {
    }

    public static void assertStatusIsSafe(List<Integer> answers) {
        Deque<Integer> queue = new ArrayDeque<>(answers);
        PrinterLink link = new PrinterLink() {
            @Override
            public void write(byte[] bytes) {
            }

            @Override
            public int read(int timeoutMs) {
                return queue.isEmpty() ? -1 : queue.poll();
            }

            @Override
            public void discardInput() {
            }

            @Override
            public String description() {
                return "fuzz";
            }

            @Override
            public void close() {
            }
        };
        PrinterStatus status;
        try {
            status = new StatusReader(10).read(link, 0);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(status.detail()).isNotBlank();
        if (status.ready()) {
            // only three well-formed answers without a fault bit mean ready
            assertThat(answers).hasSizeGreaterThanOrEqualTo(3);
            for (int i = 0; i < 3; i++) {
                int b = answers.get(i);
                assertThat(b & 0x93).isEqualTo(0x12);
            }
            assertThat(answers.get(0) & 0x08).isZero();
            assertThat(answers.get(1) & 0x64).isZero();
            assertThat(answers.get(2) & 0x60).isZero();
        }
    }
}
