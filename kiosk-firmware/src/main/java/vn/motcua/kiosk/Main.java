package vn.motcua.kiosk;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.motcua.kiosk.app.RunCommand;
import vn.motcua.kiosk.idcard.CheckIdCommand;
import vn.motcua.kiosk.printer.TestPrintCommand;

/** Entry point of kiosk-firmware.jar: run the kiosk, and the diagnostics IT staff use on site. */
@Command(name = "kiosk-firmware", mixinStandardHelpOptions = true, version = "kiosk-firmware 0.1.0",
        description = "Kiosk of a one-stop public service centre: hardware, touch UI, queue tickets.",
        subcommands = {RunCommand.class, CheckIdCommand.class, TestPrintCommand.class, vn.motcua.kiosk.ocr.OcrIdCommand.class,
                vn.motcua.kiosk.cardreader.ReadChipCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
