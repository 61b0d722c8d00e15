package vn.motcua.kiosk.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.kiosk.ocr.OcrException;

/**
 * The SANE driver against SANE's own "test" backend (a virtual scanner shipped with sane-utils' backends),
 * enabled through a configuration directory of the test's own, exactly as a kiosk with its own
 * SANE_CONFIG_DIR would run: real scanimage processes, real PNG on stdout.
 */
class SaneDocumentScannerTest {
    @TempDir
    Path sane;

    @BeforeEach
    void enableTheTestBackend() throws Exception {
        Files.writeString(sane.resolve("dll.conf"), "test\n");
        // a grid rather than the default solid black: the picture then has content to check
        Files.writeString(sane.resolve("test.conf"), "number_of_devices 1\n");
    }

    private CameraConfig config(String device, int dpi, String mode) {
        return new CameraConfig("sane", device, dpi, mode, sane.toString(), 20_000);
    }

    @Test
    void aPageIsScannedAtTheProfilesResolution() throws Exception {
        BufferedImage at100 = new SaneDocumentScanner(config("test:0", 100, "Color")).capture();
        BufferedImage at200 = new SaneDocumentScanner(config("test:0", 200, "Gray")).capture();
        // the test backend's page is about 80 x 100 mm: 314 x 393 dots at 100 dpi, twice that at 200
        assertThat(at100.getWidth()).isBetween(300, 330);
        assertThat(at200.getWidth()).isBetween(2 * at100.getWidth() - 2, 2 * at100.getWidth() + 2);
        assertThat(at200.getHeight()).isBetween(2 * at100.getHeight() - 2, 2 * at100.getHeight() + 2);
    }

    @Test
    void withoutADeviceNameTheFirstScannerIsUsed() throws Exception {
        assertThat(new SaneDocumentScanner(config(null, 75, "Gray")).capture().getWidth()).isGreaterThan(100);
    }

    @Test
    void aMissingScannerIsAClearErrorNotAHang() {
        assertThatThrownBy(() -> new SaneDocumentScanner(config("epson2:libusb:001:009", 200, "Color")).capture())
                .isInstanceOf(OcrException.class).hasMessageStartingWith("the document scanner failed: ");
    }

    @Test
    void aModeTheDriverDoesNotKnowIsRefusedAtStart() {
        assertThatThrownBy(() -> DocumentCameras.open(config("test:0", 200, "Lineart")))
                .hasMessageContaining("camera.mode");
        assertThat(DocumentCameras.open(new CameraConfig("none", null, null, null, null, null)))
                .isSameAs(DocumentCamera.NONE);
    }
}
