package vn.motcua.kiosk.printer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * DLE EOT n byte for byte, and the answers decoded as Epson's ESC/POS reference tables give them (TM-T88III
 * "Status commands DLE EOT": bit 1 and bit 4 fixed on, bits 0 and 7 fixed off).
 */
class StatusProtocolTest {

    @Test
    void requestsAreDleEotN() {
        assertThat(hex(StatusQuery.PRINTER.bytes())).isEqualTo("100401");
        assertThat(hex(StatusQuery.OFFLINE_CAUSE.bytes())).isEqualTo("100402");
        assertThat(hex(StatusQuery.PAPER_SENSOR.bytes())).isEqualTo("100404");
        assertThat(StatusQuery.of(3)).isNull();
    }

    @ParameterizedTest(name = "DLE EOT {0} answered 0x{1}: {2}")
    @CsvSource({
            // n, answer, meaning, offline, coverOpen, paperOut, paperLow, error
            "1, 12, online,                         false, false, false, false, false",
            "1, 1A, offline,                        true,  false, false, false, false",
            "1, 16, drawer pin high is no fault,    false, false, false, false, false",
            "2, 12, no cause,                       false, false, false, false, false",
            "2, 16, cover open,                     false, true,  false, false, false",
            "2, 1A, paper fed by the button,        false, false, false, false, false",
            "2, 32, stopped at paper end,           false, false, true,  false, false",
            "2, 52, error,                          false, false, false, false, true",
            "2, 76, cover open + paper end + error, false, true,  true,  false, true",
            "4, 12, paper adequate,                 false, false, false, false, false",
            "4, 1E, paper near end,                 false, false, false, true,  false",
            "4, 72, paper end,                      false, false, true,  false, false",
            "4, 7E, near end and end,               false, false, true,  true,  false"})
    void answersDecodeAsTheReferenceSays(int n, String answer, String meaning, boolean offline, boolean coverOpen,
                                         boolean paperOut, boolean paperLow, boolean error) {
        StatusReply reply = StatusQuery.of(n).reply(Integer.parseInt(answer, 16));
        assertThat(reply.wellFormed()).as(meaning).isTrue();
        assertThat(List.of(reply.offline(), reply.coverOpen(), reply.paperOut(), reply.paperLow(), reply.error()))
                .as(meaning).containsExactly(offline, coverOpen, paperOut, paperLow, error);
    }

    @ParameterizedTest(name = "0x{0} is not a status byte")
    @CsvSource({"00", "FF", "10", "02", "93", "92"})
    void bytesWithoutTheFixedBitsAreNoise(String answer) {
        assertThat(StatusQuery.PRINTER.reply(Integer.parseInt(answer, 16)).wellFormed()).isFalse();
    }

    @Test
    void theEmulatorAnswersWhatTheDecoderReadsBack() {
        // a printer with its cover open or out of paper also goes offline, as Epson's do
        PrinterStatus everything = new PrinterStatus(true, true, true, true, true, "x");
        assertThat(StatusReply.answer(StatusQuery.PRINTER, everything)).isEqualTo(0x1A);
        assertThat(StatusReply.answer(StatusQuery.PRINTER, PrinterStatus.ok())).isEqualTo(0x12);
        assertThat(StatusReply.answer(StatusQuery.OFFLINE_CAUSE, everything)).isEqualTo(0x76);
        assertThat(StatusReply.answer(StatusQuery.PAPER_SENSOR, everything)).isEqualTo(0x7E);
        assertThat(StatusReply.answer(StatusQuery.PRINTER, PrinterStatus.offline("off"))).isEqualTo(0x1A);
    }

    @ParameterizedTest(name = "answers {0} {1} {2}: {3}")
    @CsvSource({
            "12, 12, 12, ready,       true,  false",
            "12, 12, 1E, paper low,   true,  true",
            "12, 32, 72, paper out,   false, false",
            "1A, 16, 12, cover open,  false, false",
            "1A, 52, 12, printer error, false, false",
            "1A, 12, 12, offline,     false, false"})
    void theReaderAsksOneTwoFourAndFoldsTheAnswers(String a1, String a2, String a4, String detail, boolean ready,
                                                    boolean paperLow) throws Exception {
        ScriptedLink link = new ScriptedLink(a1, a2, a4);
        PrinterStatus status = new StatusReader(50).read(link, 0);
        assertThat(hex(link.written.toByteArray())).isEqualTo("100401" + "100402" + "100404");
        assertThat(status.detail()).isEqualTo(detail);
        assertThat(status.ready()).isEqualTo(ready);
        assertThat(status.paperLow()).isEqualTo(paperLow);
    }

    @Test
    void silenceAfterTheFirstAnswerIsOfflineAndNamesTheLink() throws Exception {
        PrinterStatus status = new StatusReader(20).read(new ScriptedLink("12"), 0);
        assertThat(status.online()).isFalse();
        assertThat(status.detail()).isEqualTo("printer stopped answering DLE EOT on scripted");
    }

    @Test
    void noAnswerAtAllIsSilentButAnAnswerThatStopsIsNot() throws Exception {
        assertThat(new StatusReader(20).read(new ScriptedLink(), 0).silent()).isTrue();
        assertThat(new StatusReader(20).read(new ScriptedLink("12"), 0).silent()).isFalse();
        assertThat(new StatusReader(20).read(new ScriptedLink("1A", "12", "12"), 0).silent()).isFalse();
    }

    @Test
    void aSilentPrinterGetsANewLinkAtTheNextQueryWhereTheLinkAllowsIt() {
        List<ScriptedLink> opened = new java.util.ArrayList<>();
        EscPosPrinter printer = new EscPosPrinter(() -> {
            ScriptedLink link = new ScriptedLink();
            opened.add(link);
            return link;
        }, null, new StatusReader(20));
        assertThat(printer.status().silent()).isTrue();
        assertThat(printer.status().silent()).isTrue();
        assertThat(opened).hasSize(2);
        assertThat(opened.get(0).closed).isTrue();
    }

    @Test
    void aPrinterThatAnswersKeepsItsLinkAndADeviceFileKeepsItsLinkEvenWhenSilent() {
        List<ScriptedLink> opened = new java.util.ArrayList<>();
        EscPosPrinter answering = new EscPosPrinter(() -> {
            ScriptedLink link = new ScriptedLink("1A", "12", "12", "1A", "12", "12");
            opened.add(link);
            return link;
        }, null, new StatusReader(20));
        assertThat(answering.status().detail()).isEqualTo("offline");
        answering.status();
        assertThat(opened).hasSize(1);

        List<ScriptedLink> files = new java.util.ArrayList<>();
        EscPosPrinter deviceFile = new EscPosPrinter(() -> {
            ScriptedLink link = new ScriptedLink();
            link.reopen = false;
            files.add(link);
            return link;
        }, null, new StatusReader(20));
        deviceFile.status();
        deviceFile.status();
        assertThat(files).hasSize(1);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /** Answers each request with the next scripted byte, then stays silent. */
    private static final class ScriptedLink implements PrinterLink {
        final ByteArrayOutputStream written = new ByteArrayOutputStream();
        private final Deque<Integer> answers = new ArrayDeque<>();
        private int unanswered;
        boolean reopen = true;
        boolean closed;

        ScriptedLink(String... answers) {
            for (String a : answers) {
                this.answers.add(Integer.parseInt(a, 16));
            }
        }

        @Override
        public void write(byte[] bytes) {
            written.writeBytes(bytes);
            unanswered++;
        }

        @Override
        public int read(int timeoutMs) {
            if (unanswered == 0 || answers.isEmpty()) {
                return -1;
            }
            unanswered--;
            return answers.poll();
        }

        @Override
        public void discardInput() {
        }

        @Override
        public boolean reopenWhenSilent() {
            return reopen;
        }

        @Override
        public String description() {
            return "scripted";
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
