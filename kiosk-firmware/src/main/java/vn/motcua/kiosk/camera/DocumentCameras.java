package vn.motcua.kiosk.camera;

/** Turns a profile's camera section into a camera. */
public final class DocumentCameras {
    private DocumentCameras() {
    }

    public static DocumentCamera open(CameraConfig config) {
        return switch (config.type()) {
            case "sane" -> new SaneDocumentScanner(config);
            case "simulated" -> new SimulatedDocumentCamera();
            case "none" -> DocumentCamera.NONE;
            default -> throw new IllegalArgumentException("camera.type must be sane, simulated or none, got '"
                    + config.type() + "'");
        };
    }
}
