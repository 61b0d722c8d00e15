package vn.motcua.kiosk.app;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.CentreTime;
import vn.motcua.kiosk.camera.DocumentCamera;
import vn.motcua.kiosk.camera.DocumentCameras;
import vn.motcua.kiosk.cardreader.CardReader;
import vn.motcua.kiosk.cardreader.CardReaders;
import vn.motcua.kiosk.gpio.KioskPanel;
import vn.motcua.kiosk.gpio.Panels;
import vn.motcua.kiosk.printer.Printers;
import vn.motcua.kiosk.printer.TicketPrinter;
import vn.motcua.kiosk.profile.HardwareProfile;
import vn.motcua.kiosk.scanner.CodeScanner;
import vn.motcua.kiosk.scanner.Scanners;

/** The drivers a profile names, opened together and closed together. */
public record KioskDevices(TicketPrinter printer, CodeScanner scanner, KioskPanel panel, DocumentCamera camera,
                           Optional<CardReader> cardReader) implements AutoCloseable {
    private static final Logger APDU = LoggerFactory.getLogger("vn.motcua.kiosk.cardreader.apdu");

    public static KioskDevices open(HardwareProfile profile) {
        TicketPrinter printer = Printers.open(profile.printer());
        CodeScanner scanner = Scanners.open(profile.scanner());
        KioskPanel panel = Panels.open(profile.gpio());
        DocumentCamera camera = DocumentCameras.open(profile.camera());
        // the APDU trace carries headers and status words only, never card data
        Optional<CardReader> cardReader = CardReaders.open(profile.cardReader(), Clock.system(CentreTime.ZONE), APDU::debug);
        return new KioskDevices(printer, scanner, panel, camera, cardReader);
    }

    @Override
    public void close() {
        cardReader.ifPresent(CardReader::close);
        scanner.close();
        printer.close();
        panel.close();
    }
}
