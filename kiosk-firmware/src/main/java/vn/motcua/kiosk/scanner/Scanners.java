package vn.motcua.kiosk.scanner;

/** Turns a profile's scanner section into a driver. */
public final class Scanners {
    private Scanners() {
    }

    public static CodeScanner open(ScannerConfig config) {
        return switch (config.type()) {
            case "serial" -> new SerialScanner(config.port(), config.baud() == null ? 9600 : config.baud(),
                    config.quietOrDefault());
            case "hid" -> new HidScanner(config.device(), config.quietOrDefault());
            case "simulated" -> new SimulatedScanner();
            case "none" -> new NoScanner();
            default -> throw new IllegalArgumentException("scanner.type must be serial, hid, simulated or none, got '"
                    + config.type() + "'");
        };
    }

    /** A kiosk model without a scanner: citizens type or skip the ID step. */
    static final class NoScanner implements CodeScanner {
        @Override
        public void start(java.util.function.Consumer<Scan> listener) {
        }

        @Override
        public String description() {
            return "none";
        }

        @Override
        public java.util.Optional<vn.motcua.client.DeviceStatus> status() {
            return java.util.Optional.empty();
        }

        @Override
        public void close() {
        }
    }
}
