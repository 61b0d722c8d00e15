package vn.motcua.kiosk.app;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Category;
import vn.motcua.client.HelpRequest;
import vn.motcua.client.Json;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.kiosk.dossier.ChipStep;
import vn.motcua.kiosk.dossier.DossierFlow;
import vn.motcua.kiosk.cardreader.CardReader;
import vn.motcua.kiosk.health.DeviceHealth;
import vn.motcua.kiosk.health.KioskHealth;
import vn.motcua.kiosk.health.PartHealth;
import vn.motcua.kiosk.offline.LeaseBook;
import vn.motcua.kiosk.offline.OfflineDesk;
import vn.motcua.kiosk.offline.OfflineJournal;
import vn.motcua.kiosk.profile.HardwareProfile;
import vn.motcua.kiosk.scanner.ScanFeed;
import vn.motcua.kiosk.ticket.CentreInfo;
import vn.motcua.kiosk.ticket.TakeNumber;
import vn.motcua.kiosk.ticket.TakeNumberResult;
import vn.motcua.kiosk.voice.EspeakSynth;
import vn.motcua.kiosk.voice.GuideVoice;
import vn.motcua.kiosk.voice.PromptCatalogue;

/**
 * The kiosk process: the profile's devices, the touch UI for the local Chromium (bound to localhost by
 * default: the UI is for the screen of this box only) and the link to the queue server.
 */
public final class KioskApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);
    private static final long PRINTER_CHECK_SECONDS = 30;
    private static final long SERVICES_REFRESH_SECONDS = 60;
    private static final long OFFLINE_UPKEEP_SECONDS = 5;

    private final HardwareProfile profile;
    private final KioskDevices devices;
    private final QueueClient server;
    private final CentreInfo centre;
    private final DeviceHealth health;
    private final PartHealth scannerHealth;
    private final PartHealth cardReaderHealth;
    private final PartHealth gpioHealth;
    private final TakeNumber takeNumber;
    private final ScanFeed scans;
    private final DossierFlow dossier;
    private final GuideRoutes guide;
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-timers");
        t.setDaemon(true);
        return t;
    });
    private final java.util.Set<SseClient> screens = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Javalin javalin;
    private final LocalGuard guard;
    private volatile String boundHost;
    private final String page;

    private final OfflineDesk offline;
    private final Path stateDir;

    public KioskApp(HardwareProfile profile, KioskDevices devices, QueueClient server, Clock clock, Path stateDir) {
        this.profile = profile;
        this.stateDir = stateDir;
        this.devices = devices;
        this.server = server;
        this.centre = new CentreInfo(server, stateDir);
        this.offline = new OfflineDesk(server, new LeaseBook(stateDir), new OfflineJournal(stateDir), clock);
        this.health = new DeviceHealth(server, devices.panel());
        this.scannerHealth = new PartHealth(server, "scanner", devices.scanner()::status);
        this.cardReaderHealth = new PartHealth(server, "card-reader", () -> devices.cardReader().map(CardReader::status));
        this.gpioHealth = new PartHealth(server, "gpio", devices.panel()::status);
        this.takeNumber = new TakeNumber(server, devices.printer(), health, centre, clock, offline);
        this.scans = new ScanFeed(clock);
        // the page warns and may give more time, and allows longer in the accessible modes; it ends the session
        // itself when the visit ends, so the kiosk's own limit is the longest the page may wait
        this.dossier = new DossierFlow(server, devices.printer(), devices.camera(), centre::name, clock,
                profile.ui().accessibleIdleTimeoutOrDefault(), new ChipStep(devices.cardReader(), Duration.ofSeconds(
                        profile.cardReader() == null ? 20 : profile.cardReader().waitSecondsOrDefault())));
        devices.scanner().start(dossier.identityTap().andThen(scans));
        scans.listen(message -> broadcast("scan", message));
        devices.panel().onHelpPressed(() -> requestHelp("help button"));
        this.guide = new GuideRoutes(new GuideVoice(PromptCatalogue.bundled(),
                EspeakSynth.withVoice(profile.ui().voiceOrDefault()), centre::services, this::countersServing));
        this.guard = new LocalGuard(() -> boundHost, this::port);
        this.page = guard.page(readPage());
        this.javalin = Javalin.create(this::configure);
    }

    private void configure(JavalinConfig config) {
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.http.maxRequestSize = 16 * 1024;
        config.startup.showJavalinBanner = false;
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web/kiosk";
            files.location = Location.CLASSPATH;
            // the page itself is served below, with this boot's key in it
            files.skipFileFunction = req -> req.getRequestURI().equals("/") || req.getRequestURI().endsWith("/index.html");
        });
        config.routes.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
            ctx.header("Cache-Control", "no-store"); // the page holds the boot key; the API answers personal data
        });
        guard.addTo(config);
        config.routes.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
        config.routes.get("/index.html", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
        config.routes.get("/local/config", ctx -> ctx.json(localConfig()));
        config.routes.get("/local/services", ctx -> ctx.json(Map.of("centreName", centre.name(), "services", centre.services())));
        config.routes.post("/local/tickets", this::takeNumber);
        config.routes.post("/local/help", ctx -> ctx.json(Map.of("sent", requestHelp("touch screen"))));
        config.routes.get("/local/status", ctx -> ctx.json(Map.of("printer", health.current(),
                "scanner", devices.scanner().description(), "paperLowSensor", devices.panel().paperLow())));
        config.routes.get("/health", ctx -> {
            // the scanner, reader and pins are cheap to ask, so a monitor sees them now (and the server hears of
            // a change at once); the printer's last answer stands, as asking it goes over its link
            checkParts();
            KioskHealth h = KioskHealth.of(health.current(), scannerHealth.current(), cardReaderHealth.current(),
                    gpioHealth.current(), stateDir);
            ctx.header("Cache-Control", "no-store").status(h.failed() ? 503 : 200).json(h);
        });
        config.routes.sse("/local/events", this::stream);
        SimulationRoutes.forDevices(devices).ifPresent(sim -> sim.addTo(config));
        new DossierRoutes(dossier).addTo(config);
        new BookingRoutes(new vn.motcua.kiosk.booking.BookingDesk(server, takeNumber, dossier::visitNumber),
                issued -> broadcast("printing", issued), new vn.motcua.kiosk.booking.EntranceQr(server)).addTo(config);
        guide.addTo(config);
        config.routes.exception(LocalRequestException.class, (e, ctx) ->
                ctx.status(e.status()).json(Map.of("error", Map.of("code", e.code(), "message", e.getMessage()))));
    }

    private Map<String, Object> localConfig() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("profile", profile.name());
        c.put("language", profile.ui().languageOrDefault());
        c.put("idleTimeoutSeconds", profile.ui().idleTimeoutOrDefault());
        c.put("accessibleIdleTimeoutSeconds", profile.ui().accessibleIdleTimeoutOrDefault());
        c.put("priorityCategories", profile.ui().priorityCategoriesOrDefault());
        c.put("centreName", centre.name());
        c.put("simulated", SimulationRoutes.forDevices(devices).isPresent());
        return c;
    }

    private void takeNumber(Context ctx) {
        Map<?, ?> body = LocalRequestException.body(ctx);
        String service = LocalRequestException.text(body, "service");
        Category category = LocalRequestException.category(body.get("category"));
        java.util.List<String> then = LocalRequestException.codes(body, "thenServices", 3);
        TakeNumberResult result = takeNumber.take(service, then, category, issued -> broadcast("printing", issued));
        ctx.status(result.ok() ? 201 : "REFUSED".equals(result.error()) ? 409 : 503).json(result);
    }

    /** The open counters that serve a service, for the spoken ticket; none when the server is away. */
    private java.util.List<Integer> countersServing(String service) {
        try {
            return server.queue().counters().stream()
                    .filter(c -> "OPEN".equals(c.state()) && c.services() != null && c.services().contains(service))
                    .map(vn.motcua.client.CounterStatus::number).sorted().toList();
        } catch (QueueApiException e) {
            return java.util.List.of();
        }
    }

    private boolean requestHelp(String source) {
        try {
            server.requestHelp(new HelpRequest(source));
            return true;
        } catch (QueueApiException e) {
            LOG.warn("help request from the {} not delivered: {}", source, e.getMessage());
            return false;
        }
    }

    /** Scans and print progress to the screen; a message nobody is listening for is dropped, not kept. */
    private void stream(SseClient client) {
        client.keepAlive();
        screens.add(client);
        client.onClose(() -> screens.remove(client));
        // sent once the stream is registered: the page counts it as listening on this event, not on the stream's open
        // (the response's headers go out before this handler runs, and a scan in between would reach no screen)
        client.sendEvent("listening", "{}");
    }

    private void broadcast(String event, Object message) {
        String data;
        try {
            data = Json.mapper().writeValueAsString(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (SseClient client : screens) {
            try {
                client.sendEvent(event, data);
            } catch (RuntimeException e) {
                screens.remove(client);
            }
        }
    }

    private static String readPage() {
        try (var in = KioskApp.class.getResourceAsStream("/web/kiosk/index.html")) {
            if (in == null) {
                throw new IllegalStateException("the touch page /web/kiosk/index.html is missing from the jar");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** This boot's key for /local/* (the page reads it from its meta tag; tests and the bench from here). */
    public String localKey() {
        return guard.key();
    }

    public KioskApp start(String host, int port) {
        this.boundHost = host;
        centre.refresh();
        timers.scheduleWithFixedDelay(() -> health.update(devices.printer().status()), 0, PRINTER_CHECK_SECONDS, TimeUnit.SECONDS);
        timers.scheduleWithFixedDelay(this::checkParts, 0, PRINTER_CHECK_SECONDS, TimeUnit.SECONDS);
        timers.scheduleWithFixedDelay(centre::refresh, SERVICES_REFRESH_SECONDS, SERVICES_REFRESH_SECONDS, TimeUnit.SECONDS);
        timers.scheduleWithFixedDelay(this::offlineUpkeep, 0, OFFLINE_UPKEEP_SECONDS, TimeUnit.SECONDS);
        javalin.start(host, port);
        return this;
    }

    private void checkParts() {
        for (PartHealth part : java.util.List.of(scannerHealth, cardReaderHealth, gpioHealth)) {
            try {
                part.check();
            } catch (RuntimeException e) {
                LOG.error("device check failed: {}", e.toString());
            }
        }
    }

    /** Replays what was issued offline, then tops up the leases; a failure here must not stop the timer. */
    private void offlineUpkeep() {
        try {
            if (offline.replay() == 0) {
                offline.keepLeases(centre.services().stream().map(vn.motcua.client.ServiceInfo::code).toList());
            }
        } catch (RuntimeException e) {
            LOG.error("offline upkeep failed: {}", e.toString());
        }
    }

    public OfflineDesk offline() {
        return offline;
    }

    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        timers.shutdownNow();
        javalin.stop();
        devices.close();
    }
}
