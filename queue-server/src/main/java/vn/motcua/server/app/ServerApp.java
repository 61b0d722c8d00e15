package vn.motcua.server.app;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.time.Clock;
import vn.motcua.server.alert.AlertRoutes;
import vn.motcua.server.alert.AlertStore;
import vn.motcua.server.alert.DeviceAlerts;
import vn.motcua.server.alert.ServiceLevelWatch;
import vn.motcua.server.alert.ServiceLimits;
import vn.motcua.server.auth.Access;
import vn.motcua.server.auth.AuthRoutes;
import vn.motcua.server.auth.AuthService;
import vn.motcua.server.auth.LoginThrottle;
import vn.motcua.server.auth.PasswordHasher;
import vn.motcua.server.board.BoardRoutes;
import vn.motcua.server.booking.BookingRoutes;
import vn.motcua.server.booking.BookingService;
import vn.motcua.server.booking.BookingStore;
import vn.motcua.server.booking.BookingThrottle;
import vn.motcua.server.counter.CounterRoutes;
import vn.motcua.server.counter.CounterRules;
import vn.motcua.server.counter.CounterService;
import vn.motcua.server.counter.CounterStore;
import vn.motcua.server.device.DeviceRoutes;
import vn.motcua.server.event.EventBus;
import vn.motcua.server.event.EventLog;
import vn.motcua.server.event.EventRoutes;
import vn.motcua.server.event.Recorder;
import vn.motcua.server.http.BaseUrl;
import vn.motcua.server.http.HttpDefaults;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.lease.LeaseRoutes;
import vn.motcua.server.lease.LeaseService;
import vn.motcua.server.queue.CallPolicy;
import vn.motcua.server.queue.CheckInWindow;
import vn.motcua.server.queue.PolicySettings;
import vn.motcua.server.queue.QueueRoutes;
import vn.motcua.server.forecast.ForecastService;
import vn.motcua.server.forecast.WorkingHours;
import vn.motcua.server.queue.SnapshotService;
import vn.motcua.server.queue.WaitEstimator;
import vn.motcua.server.service.ServiceRoutes;
import vn.motcua.server.service.ServiceStore;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;
import vn.motcua.server.ticket.DayRollover;
import vn.motcua.server.ticket.IssueLimiter;
import vn.motcua.server.ticket.IssueLimits;
import vn.motcua.server.ticket.TicketPageRoutes;
import vn.motcua.server.ticket.TicketRoutes;
import vn.motcua.server.ticket.TicketService;
import vn.motcua.server.ticket.TicketStore;
import vn.motcua.server.ticket.TicketViews;
import vn.motcua.server.voice.VoiceRoutes;
import vn.motcua.server.voice.VoiceService;

/** Wires the queue server: one store, one clock, the feature route classes, error and header policy. */
public final class ServerApp implements AutoCloseable {
    private static final long MAX_BODY_BYTES = 64 * 1024;
    /** Answers under these hold personal data or may: never stored by a browser or proxy. */
    private static final java.util.List<String> PERSONAL_DATA_PATHS = java.util.List.of("/api/v1/dossiers",
            "/api/v1/dossier-uploads", "/api/v1/citizen-documents", "/api/v1/identity-reads", "/api/v1/audit", "/hs/");

    private final Database db;
    private final EventBus bus = new EventBus();
    private final ForecastService forecasts;
    private final vn.motcua.server.notify.Notifier notifier;
    private final vn.motcua.server.remote.RemoteService remote;
    private final EventRoutes eventRoutes;
    private final Javalin javalin;
    private final Components components;
    private final vn.motcua.server.upstream.UpstreamModule upstream;

    /** The domain services, exposed for the CLI, the demo seeder and tests. */
    public record Components(Database db, Clock clock, AuthService auth, ServiceStore services, CounterStore counters,
                             TicketStore tickets, TicketService ticketService, CounterService counterService,
                             SnapshotService snapshots, CentreSettings centre, CallPolicy policy, Recorder recorder,
                             EventLog events, IssueLimiter issueLimiter) {
    }

    public ServerApp(Path dataDir, Clock clock, String publicUrl) {
        this.db = Database.open(dataDir);
        ServiceStore services = new ServiceStore();
        CounterStore counters = new CounterStore();
        TicketStore tickets = new TicketStore();
        EventLog events = new EventLog();
        CentreSettings centre = new CentreSettings();
        PolicySettings policySettings = PolicySettings.defaults();
        // the policy states the booking check-in window in words; the booking service comes later in the wiring
        java.util.concurrent.atomic.AtomicReference<BookingService> window = new java.util.concurrent.atomic.AtomicReference<>();
        CallPolicy policy = new CallPolicy(policySettings, () -> window.get() == null ? CheckInWindow.DEFAULT : window.get().window());
        BookingStore bookingStore = new BookingStore();
        WaitEstimator estimator = new WaitEstimator();
        Recorder recorder = new Recorder(db, events, bus);
        this.upstream = new vn.motcua.server.upstream.UpstreamModule(db, clock, centre, dataDir);
        this.forecasts = new ForecastService(db, clock, services, counters, tickets, policy, WorkingHours.defaults());
        bus.subscribe(batch -> forecasts.changed());
        TicketViews views = new TicketViews(services, estimator, policySettings, forecasts, clock);
        DayRollover rollover = new DayRollover(services, tickets);
        AuthService auth = new AuthService(db, clock, new PasswordHasher());
        IssueLimiter limiter = new IssueLimiter(clock, IssueLimits.DEFAULTS);
        TicketService ticketService = new TicketService(db, recorder, clock, services, counters, tickets, views, rollover,
                forecasts, limiter);
        BookingService bookings = new BookingService(db, recorder, clock, services, centre, bookingStore);
        vn.motcua.server.notify.NotifyStore contacts = new vn.motcua.server.notify.NotifyStore();
        AlertStore alertStore = new AlertStore();
        ServiceLimits limits = new ServiceLimits(services);
        ServiceLevelWatch serviceLevels = new ServiceLevelWatch(services, limits, alertStore);
        this.notifier = new vn.motcua.server.notify.Notifier(db, clock, centre, contacts,
                (c, id) -> views.ahead(c, tickets.find(c, id).orElseThrow()),
                (c, now) -> serviceLevels.sync(c, ServiceLevelWatch.queues(c), now));
        bus.subscribe(notifier::onEvents);
        window.set(bookings);
        this.remote = new vn.motcua.server.remote.RemoteService(db, recorder, clock, centre, ticketService, tickets, views, contacts);
        CounterService counterService = new CounterService(recorder, clock, counters, tickets, services, views, policy,
                rollover, CounterRules.defaults(), bookingStore::slotsOfTickets, remote);
        SnapshotService snapshots = new SnapshotService(db, clock, services, counters, tickets, events, estimator, centre,
                forecasts);
        this.components = new Components(db, clock, auth, services, counters, tickets, ticketService, counterService,
                snapshots, centre, policy, recorder, events, limiter);

        Access access = new Access(auth);
        vn.motcua.server.identity.IdentityReads identityReads = new vn.motcua.server.identity.IdentityReads(db, clock);
        JsonBodies bodies = new JsonBodies();
        BaseUrl baseUrl = new BaseUrl(publicUrl);
        this.eventRoutes = new EventRoutes(db, events, bus, access);
        this.javalin = Javalin.create(config -> {
            configure(config);
            new vn.motcua.server.health.HealthRoutes(new vn.motcua.server.health.HealthCheck(db, dataDir, clock))
                    .addTo(config);
            new AuthRoutes(auth, new LoginThrottle(clock), bodies).addTo(config);
            new ServiceRoutes(db, services).addTo(config);
            new TicketRoutes(ticketService, counterService, access, bodies, baseUrl, limiter).addTo(config);
            new vn.motcua.server.audit.AuditRoutes(db, access, clock).addTo(config);
            new LeaseRoutes(new LeaseService(recorder, clock, services, tickets, views, rollover), access, bodies, baseUrl)
                    .addTo(config);
            new CounterRoutes(counterService, counters, db, access, baseUrl).addTo(config);
            new QueueRoutes(snapshots, policy).addTo(config);
            new DeviceRoutes(db, recorder, clock, access, bodies, new DeviceAlerts(alertStore)).addTo(config);
            new AlertRoutes(db, recorder, clock, alertStore, limits, access, bodies).addTo(config);
            eventRoutes.addTo(config);
            new TicketPageRoutes(db).addTo(config);
            new OfficerPageRoutes().addTo(config);
            new vn.motcua.server.metrics.MetricsRoutes(bus).addTo(config);
            new BoardRoutes(db, centre, access, bodies).addTo(config);
            new VoiceRoutes(new VoiceService(dataDir), bus).addTo(config);
            new vn.motcua.server.notify.NotifyRoutes(notifier, db, access, bodies, clock).addTo(config);
            new vn.motcua.server.remote.RemoteRoutes(remote, BookingThrottle.defaults(clock), access, bodies, baseUrl).addTo(config);
            new BookingRoutes(bookings, new vn.motcua.server.booking.BookingCheckIn(recorder, clock, services, centre,
                    bookingStore, bookings, ticketService, contacts), BookingThrottle.defaults(clock), BookingThrottle.kioskLookups(clock),
                    access, bodies, baseUrl).addTo(config);
            new vn.motcua.server.identity.IdentityRoutes(identityReads,
                    new vn.motcua.server.identity.CounterIdentities(db, clock, counters), access, bodies).addTo(config);
            new vn.motcua.server.dossier.DossierModule(db, clock, ticketService, access, bodies, baseUrl, identityReads, counters)
                    .addTo(config);
            new vn.motcua.server.report.ReportRoutes(
                    new vn.motcua.server.report.ReportService(db, clock, services, centre, policy, bookings::appointments),
                    new vn.motcua.server.report.LiveView(db, clock, services, policy, limiter::recentBursts,
                            java.util.List.of(upstream.alerts()), serviceLevels, alertStore),
                    db, centre, access, bodies)
                    .addTo(config);
            new vn.motcua.server.forecast.AccuracyRoutes(db, clock, access).addTo(config);
            new vn.motcua.server.indicator.IndicatorRoutes(new vn.motcua.server.indicator.IndicatorService(db, clock, centre,
                    vn.motcua.server.indicator.IndicatorCatalogue.decision766()), access, bodies).addTo(config);
            upstream.addTo(config, access, bodies);
            new vn.motcua.server.staffing.StaffingRoutes(db, clock, access).addTo(config);
            new vn.motcua.server.rating.RatingRoutes(new vn.motcua.server.rating.RatingService(db, clock), access, bodies)
                    .addTo(config);
        });
    }

    public ForecastService forecasts() {
        return forecasts;
    }

    public Components components() {
        return components;
    }

    /** The feed to the province hub (issue 20). */
    public vn.motcua.server.upstream.UpstreamModule upstream() {
        return upstream;
    }

    private static void configure(JavalinConfig config) {
        HttpDefaults.configure(config, MAX_BODY_BYTES);
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/web";
            files.location = Location.CLASSPATH;
        });
        config.routes.before(ctx -> {
            if (PERSONAL_DATA_PATHS.stream().anyMatch(ctx.path()::startsWith)) {
                ctx.header("Cache-Control", "no-store"); // no copy of a citizen's data in any cache on the way
            }
        });
    }

    private TlsSettings tls;

    /**
     * Serves HTTPS on {@code tls.port()} as well (call before {@link #start}); plain HTTP stays for the
     * boards and kiosks on the centre's own LAN.
     */
    public ServerApp enableTls(TlsSettings tls) {
        if (!java.nio.file.Files.isReadable(tls.keystore())) {
            throw new IllegalArgumentException("TLS keystore not readable: " + tls.keystore());
        }
        this.tls = tls;
        return this;
    }

    /** With custom connectors Jetty gets no default one, so both are added here. */
    private void addConnectors(String host, int port) {
        javalin.unsafe.jetty.addConnector((server, http) -> {
            var plain = new org.eclipse.jetty.server.ServerConnector(server,
                    new org.eclipse.jetty.server.HttpConnectionFactory(http));
            plain.setHost(host);
            plain.setPort(port);
            return plain;
        });
        javalin.unsafe.jetty.addConnector((server, http) -> {
            var ssl = new org.eclipse.jetty.util.ssl.SslContextFactory.Server();
            ssl.setKeyStorePath(tls.keystore().toString());
            ssl.setKeyStorePassword(new String(tls.password()));
            var https = new org.eclipse.jetty.server.HttpConfiguration(http);
            var secure = new org.eclipse.jetty.server.SecureRequestCustomizer();
            secure.setSniHostCheck(false); // kiosks address the server by its LAN IP, not the certificate's name
            https.addCustomizer(secure);
            var connector = new org.eclipse.jetty.server.ServerConnector(server,
                    new org.eclipse.jetty.server.SslConnectionFactory(ssl, "http/1.1"),
                    new org.eclipse.jetty.server.HttpConnectionFactory(https));
            connector.setHost(tls.host());
            connector.setPort(tls.port());
            return connector;
        });
    }

    /** The port of the HTTPS connector once started, or -1 without TLS. */
    public int tlsPort() {
        return connectorPort(true);
    }

    private int connectorPort(boolean tls) {
        for (var connector : javalin.jettyServer().server().getConnectors()) {
            if (connector instanceof org.eclipse.jetty.server.ServerConnector sc
                    && (sc.getDefaultConnectionFactory() instanceof org.eclipse.jetty.server.SslConnectionFactory) == tls) {
                return sc.getLocalPort();
            }
        }
        return -1;
    }

    public ServerApp start(String host, int port) {
        if (tls != null) {
            addConnectors(host, port);
        }
        javalin.start(host, port);
        forecasts.start();
        upstream.start();
        notifier.start();
        remote.start();
        return this;
    }

    /** The plain HTTP port (Javalin's own port() may name the HTTPS connector when TLS is on). */
    public int port() {
        return connectorPort(false);
    }

    @Override
    public void close() {
        upstream.close();
        notifier.close();
        remote.close();
        forecasts.close();
        eventRoutes.close();
        javalin.stop();
        bus.close();
        db.close();
    }
}
