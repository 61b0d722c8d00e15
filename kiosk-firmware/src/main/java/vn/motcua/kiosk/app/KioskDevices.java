package vn.motcua.kiosk.app;

import vn.motcua.kiosk.camera.DocumentCamera;
import vn.motcua.kiosk.camera.DocumentCameras;
import vn.motcua.kiosk.gpio.KioskPanel;
import vn.motcua.kiosk.gpio.Panels;
import vn.motcua.kiosk.printer.Printers;
import vn.motcua.kiosk.printer.TicketPrinter;
import vn.motcua.kiosk.profile.HardwareProfile;
import vn.motcua.kiosk.scanner.CodeScanner;
import vn.motcua.kiosk.scanner.Scanners;

/** The drivers a profile names, opened together and closed together. */
public record KioskDevices(TicketPrinter printer, CodeScanner scanner, KioskPanel panel, DocumentCamera camera)
        implements AutoCloseable {

    public static KioskDevices open(HardwareProfile profile) {
        TicketPrinter printer = Printers.open(profile.printer());
        CodeScanner scanner = Scanners.open(profile.scanner());
        KioskPanel panel = Panels.open(profile.gpio());
        DocumentCamera camera = DocumentCameras.open(profile.camera());
        return new KioskDevices(printer, scanner, panel, camera);
    }

    @Override
    public void close() {
        scanner.close();
        printer.close();
        panel.close();
    }
}
