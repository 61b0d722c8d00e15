package vn.motcua.kiosk.app;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import vn.motcua.kiosk.camera.SimulatedDocumentCamera;
import vn.motcua.kiosk.cardreader.SimulatedCardReader;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation.Tamper;
import vn.motcua.kiosk.gpio.PanelSimulator;
import vn.motcua.kiosk.gpio.Pi4jPanel;
import vn.motcua.kiosk.idcard.CccdQrParser;
import vn.motcua.kiosk.idcard.CccdResult;
import vn.motcua.kiosk.ocr.OcrException;
import vn.motcua.kiosk.printer.SimulatedPrinter;
import vn.motcua.kiosk.scanner.SimulatedScanner;

/**
 * /local/sim/*: the hands of a visitor and a technician for the simulated parts of a profile (scan a
 * card, press help, run out of paper, open the cover). Only the simulated parts get routes, so a real
 * kiosk exposes none of them.
 */
final class SimulationRoutes {
    private final SimulatedPrinter printer;
    private final SimulatedScanner scanner;
    private final PanelSimulator panel;
    private final SimulatedDocumentCamera camera;
    private final SimulatedCardReader cardReader;

    private SimulationRoutes(SimulatedPrinter printer, SimulatedScanner scanner, PanelSimulator panel,
                             SimulatedDocumentCamera camera, SimulatedCardReader cardReader) {
        this.printer = printer;
        this.scanner = scanner;
        this.panel = panel;
        this.camera = camera;
        this.cardReader = cardReader;
    }

    static Optional<SimulationRoutes> forDevices(KioskDevices devices) {
        SimulatedPrinter printer = devices.printer() instanceof SimulatedPrinter p ? p : null;
        SimulatedScanner scanner = devices.scanner() instanceof SimulatedScanner s ? s : null;
        PanelSimulator panel = devices.panel() instanceof Pi4jPanel p ? p.simulator().orElse(null) : null;
        SimulatedDocumentCamera camera = devices.camera() instanceof SimulatedDocumentCamera c ? c : null;
        SimulatedCardReader cardReader = devices.cardReader().orElse(null) instanceof SimulatedCardReader r ? r : null;
        if (printer == null && scanner == null && panel == null && camera == null && cardReader == null) {
            return Optional.empty();
        }
        return Optional.of(new SimulationRoutes(printer, scanner, panel, camera, cardReader));
    }

    void addTo(JavalinConfig config) {
        if (scanner != null) {
            config.routes.post("/local/sim/scan", ctx -> {
                Map<?, ?> body = LocalRequestException.body(ctx);
                if (!(body.get("payload") instanceof String payload) || payload.length() > 4000) {
                    throw new LocalRequestException("payload must be a string of at most 4000 characters");
                }
                scanner.scan(payload);
                ctx.status(204);
            });
            config.routes.post("/local/sim/scanner", ctx -> {
                if (!(LocalRequestException.body(ctx).get("unplug") instanceof Boolean unplug)) {
                    throw new LocalRequestException("unplug must be true or false");
                }
                scanner.unplug(unplug);
                ctx.status(204);
            });
        }
        if (cardReader != null) {
            // {"qr": payload, "tamper": "none|dg13|no-sod"} lays that card's chip; {"lift": true} takes it away;
            // {"unplug": true|false} pulls or plugs the reader
            config.routes.post("/local/sim/card", ctx -> {
                Map<?, ?> body = LocalRequestException.body(ctx);
                if (body.get("unplug") instanceof Boolean unplug) {
                    cardReader.unplug(unplug);
                } else if (Boolean.TRUE.equals(body.get("lift"))) {
                    cardReader.lift();
                } else if (body.get("qr") instanceof String qr && qr.length() <= 4000) {
                    CccdResult parsed = new CccdQrParser(Clock.system(vn.motcua.client.CentreTime.ZONE)).parse(qr);
                    if (!parsed.valid()) {
                        throw new LocalRequestException("qr is not a valid CCCD QR: " + parsed.errors().get(0).message());
                    }
                    Tamper tamper = switch (String.valueOf(body.get("tamper"))) {
                        case "dg13" -> Tamper.DG13_CHANGED_AFTER_SIGNING;
                        case "no-sod" -> Tamper.NO_SOD;
                        default -> Tamper.NONE;
                    };
                    cardReader.placeCardOf(parsed.fields(), tamper);
                } else {
                    throw new LocalRequestException("give qr (a CCCD QR payload), lift: true, or unplug: true|false");
                }
                ctx.status(204);
            });
        }
        if (panel != null) {
            config.routes.post("/local/sim/help", ctx -> {
                panel.pressHelp();
                ctx.status(204);
            });
            config.routes.post("/local/sim/paper-low", ctx -> {
                if (!(LocalRequestException.body(ctx).get("low") instanceof Boolean low)) {
                    throw new LocalRequestException("low must be true or false");
                }
                panel.paperLow(low);
                ctx.status(204);
            });
            config.routes.get("/local/sim/led", ctx -> ctx.json(Map.of("on", panel.ledOn())));
            config.routes.post("/local/sim/gpio", ctx -> {
                if (!(LocalRequestException.body(ctx).get("wiringFault") instanceof Boolean loose)) {
                    throw new LocalRequestException("wiringFault must be true or false");
                }
                panel.wiringFault(loose);
                ctx.status(204);
            });
        }
        if (printer != null) {
            config.routes.post("/local/sim/printer", this::printerState);
            config.routes.get("/local/sim/last-ticket.png", this::lastTicket);
        }
        if (camera != null) {
            config.routes.post("/local/sim/document-camera", this::layOnCamera);
        }
    }

    /** Lays an image file on the simulated document camera, as a citizen lays a page on the shelf. */
    private void layOnCamera(Context ctx) {
        Object file = LocalRequestException.body(ctx).get("file");
        if (!(file instanceof String path) || path.isBlank() || path.length() > 1000) {
            throw new LocalRequestException("file must be the path of an image file");
        }
        try {
            camera.lay(Path.of(path));
        } catch (OcrException e) {
            throw new LocalRequestException(e.getMessage());
        }
        ctx.status(204);
    }

    private void printerState(Context ctx) {
        String state = LocalRequestException.text(LocalRequestException.body(ctx), "state");
        switch (state) {
            case "ok" -> printer.restore();
            case "paper-out" -> printer.paperOut();
            case "paper-low" -> printer.paperLow();
            case "cover-open" -> printer.coverOpen();
            case "unplugged" -> printer.unplug();
            default -> throw new LocalRequestException("state must be ok, paper-out, paper-low, cover-open or unplugged");
        }
        ctx.status(204);
    }

    private void lastTicket(Context ctx) throws Exception {
        Path png = printer.lastPng();
        if (png == null || !Files.exists(png)) {
            ctx.status(404).json(Map.of("error", Map.of("code", "not_found", "message", "nothing printed yet")));
            return;
        }
        ctx.contentType("image/png").result(Files.readAllBytes(png));
    }
}
