package vn.motcua.server.dossier;

import io.javalin.config.JavalinConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.motcua.server.auth.Access;
import vn.motcua.server.citizen.CitizenDocuments;
import vn.motcua.server.counter.CounterStore;
import vn.motcua.server.dossier.upload.Uploads;
import vn.motcua.server.http.BaseUrl;
import vn.motcua.server.http.JsonBodies;
import vn.motcua.server.identity.IdentityReads;
import vn.motcua.server.procedure.Catalogue;
import vn.motcua.server.procedure.ProcedureRoutes;
import vn.motcua.server.procedure.ProcedureStore;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;
import vn.motcua.server.ticket.TicketService;

/** Wires procedures, the citizen store and dossiers into the server: one line in ServerApp. */
public final class DossierModule {
    private final ProcedureRoutes procedureRoutes;
    private final DossierRoutes dossierRoutes;

    public DossierModule(Database db, Clock clock, TicketService tickets, Access access, JsonBodies bodies, BaseUrl baseUrl,
                         IdentityReads identities, CounterStore counters) {
        ProcedureStore procedures = new ProcedureStore();
        DossierCodes codes = new DossierCodes(new CentreSettings());
        CitizenDocuments citizens = new CitizenDocuments();
        DossierStore store = new DossierStore();
        LookupKeys keys = new LookupKeys();
        db.transaction(c -> {
            keys.ensure(c);
            return null;
        });
        Uploads uploads = new Uploads(db, clock);
        DossierService service = new DossierService(db, clock, new SubmissionCheck(clock, procedures, citizens), citizens,
                codes, tickets, new WorkingDays(new vn.motcua.server.settings.CalendarStore()), uploads, store,
                new DossierViews(store, procedures, keys), identities, counters);
        this.procedureRoutes = new ProcedureRoutes(db, procedures, access);
        this.dossierRoutes = new DossierRoutes(service, uploads, codes, db, access, bodies, baseUrl);
    }

    public void addTo(JavalinConfig config) {
        procedureRoutes.addTo(config);
        dossierRoutes.addTo(config);
    }

    /**
     * The demo catalogue and the demo citizen's earlier document, for DemoSeeder: a centre set up without
     * --demo imports its own catalogue (POST /api/v1/procedures/import).
     */
    public static void seedDemo(Connection c) throws SQLException {
        Catalogue catalogue = ProcedureStore.demo();
        new ProcedureStore().importInto(c, catalogue);
        CitizenDocuments citizens = new CitizenDocuments();
        for (Catalogue.DemoDocument d : catalogue.demoCitizenDocuments()) {
            citizens.put(c, d.owner(), d.docType(), "image/png", DemoScan.png(d.owner() + "." + d.docType()),
                    OffsetDateTime.parse(d.digitisedAt()).toInstant().toEpochMilli(), d.validUntil(), d.sourceDossier());
        }
    }
}
