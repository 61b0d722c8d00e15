package vn.motcua.kiosk.printer;

import java.io.IOException;

/** Asks DLE EOT 1, 2 and 4 over a link and folds the three answers into one {@link PrinterStatus}. */
final class StatusReader {

    private final int timeoutMs;

    StatusReader(int timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    /**
     * @param extraWaitMs time for bytes already queued ahead of the request to cross the wire
     */
    PrinterStatus read(PrinterLink link, int extraWaitMs) throws IOException {
        link.discardInput();
        StatusReply printer = ask(link, StatusQuery.PRINTER, timeoutMs + extraWaitMs);
        if (printer == null) {
            return PrinterStatus.silent("no answer to DLE EOT 1 within " + (timeoutMs + extraWaitMs)
                    + " ms on " + link.description());
        }
        if (!printer.wellFormed()) {
            return noise(printer, link);
        }
        StatusReply cause = ask(link, StatusQuery.OFFLINE_CAUSE, timeoutMs);
        StatusReply paper = cause == null || !cause.wellFormed() ? null : ask(link, StatusQuery.PAPER_SENSOR, timeoutMs);
        if (cause != null && !cause.wellFormed()) {
            return noise(cause, link);
        }
        if (cause == null || paper == null) {
            return PrinterStatus.offline("printer stopped answering DLE EOT on " + link.description());
        }
        if (!paper.wellFormed()) {
            return noise(paper, link);
        }
        boolean paperOut = cause.paperOut() || paper.paperOut();
        return new PrinterStatus(!printer.offline(), paperOut, paper.paperLow(), cause.coverOpen(),
                cause.error(), detail(printer.offline(), paperOut, paper.paperLow(), cause));
    }

    /** Line noise or a printer in another command set: not a state to print on. */
    private static PrinterStatus noise(StatusReply reply, PrinterLink link) {
        return new PrinterStatus(false, false, false, false, true, String.format(
                "unexpected answer 0x%02X to DLE EOT %d on %s", reply.raw(), reply.query().n(), link.description()));
    }

    private static StatusReply ask(PrinterLink link, StatusQuery query, int waitMs) throws IOException {
        link.write(query.bytes());
        int answer = link.read(waitMs);
        return answer < 0 ? null : query.reply(answer);
    }

    private static String detail(boolean offline, boolean paperOut, boolean paperLow, StatusReply cause) {
        if (cause.coverOpen()) {
            return "cover open";
        }
        if (paperOut) {
            return "paper out";
        }
        if (cause.error()) {
            return "printer error";
        }
        if (offline) {
            return "offline";
        }
        return paperLow ? "paper low" : "ready";
    }
}
