package vn.motcua.server.dossier;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.client.Category;
import vn.motcua.client.CentreTime;
import vn.motcua.client.IssueTicketRequest;
import vn.motcua.client.TicketView;
import vn.motcua.client.dossier.DocumentChoice;
import vn.motcua.client.dossier.DossierSubmission;
import vn.motcua.client.dossier.DossierView;
import vn.motcua.client.dossier.HeldDocument;
import vn.motcua.client.dossier.HeldQuery;
import vn.motcua.server.auth.Principal;
import vn.motcua.server.auth.RateBuckets;
import vn.motcua.server.auth.Role;
import vn.motcua.server.citizen.CitizenDocuments;
import vn.motcua.server.counter.Counter;
import vn.motcua.server.counter.CounterStore;
import vn.motcua.server.dossier.upload.UploadedFile;
import vn.motcua.server.dossier.upload.Uploads;
import vn.motcua.server.http.ApiException;
import vn.motcua.server.identity.IdentityReads;
import vn.motcua.server.procedure.Catalogue;
import vn.motcua.server.storage.Database;
import vn.motcua.server.ticket.TicketService;

/**
 * Dossiers submitted at the kiosk: checks the whole submission before anything is written (consent,
 * declaration, every required document covered by a valid held copy, an upload or the paper at the
 * counter), takes a verification ticket at the procedure's service, then files the dossier, its code
 * and the newly digitised documents in one transaction.
 */
public final class DossierService {
    public static final String CONSENT_TEXT_VERSION = "dossier-consent-v1";
    static final int QUERY_BURST = 10;
    static final int QUERY_PER_MINUTE = 6;
    private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final int TODAY_LIMIT = 200;

    private final Database db;
    private final Clock clock;
    private final CitizenDocuments citizens;
    private final DossierCodes codes;
    private final TicketService tickets;
    private final WorkingDays workingDays;
    private final Uploads uploads;
    private final SubmissionCheck check;
    private final DossierStore store;
    private final DossierViews views;
    private final IdentityReads identities;
    private final CounterStore counters;
    private final RateBuckets queries;

    DossierService(Database db, Clock clock, SubmissionCheck check, CitizenDocuments citizens, DossierCodes codes,
                   TicketService tickets, WorkingDays workingDays, Uploads uploads, DossierStore store, DossierViews views,
                   IdentityReads identities, CounterStore counters) {
        this.identities = identities;
        this.counters = counters;
        this.queries = new RateBuckets(clock);
        this.db = db;
        this.clock = clock;
        this.check = check;
        this.citizens = citizens;
        this.codes = codes;
        this.tickets = tickets;
        this.workingDays = workingDays;
        this.uploads = uploads;
        this.store = store;
        this.views = views;
    }

    /**
     * For each document of the procedure: held and valid today (reusable), or not. No file contents. A
     * kiosk asks only about the card it read in this session; an officer may ask about anyone, a few times
     * a minute. Every query is in the audit trail.
     */
    public List<HeldDocument> held(HeldQuery q, Principal by) {
        SubmissionCheck.requireNumber(q.owner(), "owner");
        if (by.device()) {
            identities.require(q.identityToken(), by, q.owner());
        }
        if (!queries.take(RateBuckets.keyOf(by), QUERY_BURST, QUERY_PER_MINUTE)) {
            throw new ApiException(429, "rate_limited", "Tra cứu giấy tờ quá nhiều / too many citizen-document queries; "
                    + "try again in a minute").retryAfter(60 / QUERY_PER_MINUTE);
        }
        return db.read(c -> {
            Catalogue.Procedure p = check.procedure(c, q.procedure());
            LocalDate today = LocalDate.now(clock.withZone(CentreTime.ZONE));
            List<HeldDocument> out = new ArrayList<>();
            for (int i = 0; i < p.documents().size(); i++) {
                Catalogue.RequiredDocument d = p.documents().get(i);
                Optional<CitizenDocuments.Held> h = d.docType() == null ? Optional.empty()
                        : citizens.find(c, q.owner(), d.docType()).filter(x -> x.validOn(today));
                out.add(h.isEmpty() ? HeldDocument.notHeld(i, d.docType())
                        : new HeldDocument(i, d.docType(), true, DossierViews.maskStoredName(h.get().name()),
                        h.get().digitisedAt().atZone(CentreTime.ZONE).toOffsetDateTime(), h.get().validUntil()));
            }
            return out;
        });
    }

    /** Files a submission once per request id; a retry answers with the dossier already filed. */
    public DossierView submit(DossierSubmission s, Principal by, String baseUrl) {
        if (s.requestId() == null || !REQUEST_ID.matcher(s.requestId()).matches()) {
            throw ApiException.invalidField("requestId", "letters, digits . _ : - (at most 100)");
        }
        if (s.consent() == null || !Boolean.TRUE.equals(s.consent().given())) {
            throw ApiException.badRequest("consent_required", "Cần sự đồng ý rõ ràng của người nộp để xử lý dữ liệu cá nhân "
                    + "/ explicit consent ('consent.given': true) is required; silence is not consent");
        }
        if (!CONSENT_TEXT_VERSION.equals(s.consent().textVersion())) {
            throw ApiException.invalidField("consent.textVersion",
                    "must be " + CONSENT_TEXT_VERSION + " (the text the citizen was shown)");
        }
        Optional<DossierView> earlier = db.read(c -> store.codeOfRequest(c, by.id(), s.requestId()))
                .map(code -> view(code, true, baseUrl));
        if (earlier.isPresent()) {
            return earlier.get();
        }
        // the dossier is filed under a card read in this session by this kiosk, not a number typed in
        String declared = s.declaration() == null ? null : s.declaration().get("number");
        SubmissionCheck.requireNumber(declared, "declaration.number");
        IdentityReads.Read read = identities.require(s.identityToken(), by, declared);
        SubmissionCheck.Checked checked = db.read(c -> check.check(c, s, read));
        TicketView ticket = tickets.issue(new IssueTicketRequest(checked.procedure().service(),
                s.category() == null ? Category.NORMAL : s.category(), "dossier-" + s.requestId()), by, baseUrl).ticket();
        String code;
        try {
            code = db.transaction(c -> file(c, s, checked, ticket, by));
        } catch (RuntimeException e) {
            tickets.cancel(ticket.id(), by, baseUrl); // the dossier was not filed: nobody should be called for it
            throw e;
        }
        return view(code, true, baseUrl);
    }

    private String file(Connection c, DossierSubmission s, SubmissionCheck.Checked k, TicketView ticket, Principal by)
            throws SQLException {
        long now = clock.millis();
        ZonedDateTime received = Instant.ofEpochMilli(now).atZone(CentreTime.ZONE);
        String code = codes.next(c, received.toLocalDate());
        ZonedDateTime due = workingDays.add(c, received, k.procedure().processingDays());
        long id = store.insert(c, new DossierStore.NewDossier(code, k.procedure().code(), k.procedure().service(),
                k.number(), k.name(), DossierViews.writeDeclaration(k.declaration()), now,
                due.toInstant().toEpochMilli(), CONSENT_TEXT_VERSION, ticket.id(), ticket.number(), by.deviceId(),
                s.requestId(), s.identitySource() == null ? null : s.identitySource().name()), DossierStatus.RECEIVED);
        for (DocumentChoice d : s.documents()) {
            Catalogue.RequiredDocument rd = k.procedure().documents().get(d.position());
            Long held = null;
            switch (d.action()) {
                case "REUSE" -> held = citizens.find(c, k.number(), rd.docType()).orElseThrow().id();
                case "UPLOAD" -> {
                    UploadedFile file = uploads.take(c, d.uploadId(), by);
                    // digitised once, reused by later dossiers: a document without a national type code
                    // stays with this dossier only
                    String type = rd.docType() != null ? rd.docType() : "HS" + id + "." + d.position();
                    held = citizens.put(c, k.number(), type, file.contentType(), file.content(), now, null, code);
                }
                default -> { }
            }
            store.insertDocument(c, id, d.position(), rd.docType(), rd.nameVi(), d.action(), held);
        }
        store.insertEvent(c, id, now, DossierStatus.RECEIVED, null, by.deviceId(), "kiosk");
        return code;
    }

    /** The dossier; {@code withPersonalData} adds the declaration and applicant (officer, submitting kiosk). */
    public DossierView view(String code, boolean withPersonalData, String baseUrl) {
        return db.read(c -> views.view(c, row(c, code), withPersonalData, baseUrl));
    }

    /** The dossier with its personal data, for staff: an officer sees only those of their counter (see below). */
    public DossierView viewFor(String code, Principal by, String baseUrl) {
        return db.read(c -> {
            DossierStore.Row r = row(c, code);
            requireScope(c, r, by);
            return views.view(c, r, true, baseUrl);
        });
    }

    /** The public look-up: the code and the receipt's key {@code k}; a wrong key is the same 404 as no dossier. */
    public DossierView lookup(String code, String k, String baseUrl) {
        return db.read(c -> {
            DossierStore.Row r = row(c, code);
            if (!views.keys().matches(c, r.code(), k)) {
                throw ApiException.notFound("Hồ sơ / dossier " + code);
            }
            return views.view(c, r, false, baseUrl);
        });
    }

    /**
     * An officer may read a dossier of the services their counter serves, or the one of the ticket at their
     * counter now; a manager or admin every dossier.
     */
    private void requireScope(Connection c, DossierStore.Row r, Principal by) throws SQLException {
        if (by.role() != Role.OFFICER) {
            return;
        }
        Optional<Counter> mine = counters.findByOfficer(c, by.id());
        boolean allowed = mine.isPresent() && (mine.get().services().contains(r.serviceCode())
                || r.ticketId() != null && r.ticketId().equals(mine.get().currentTicketId()));
        if (!allowed) {
            throw ApiException.forbidden("Hồ sơ không thuộc dịch vụ của quầy bạn / this dossier is not of your counter's services");
        }
    }

    /** The services an officer's counter serves (every one for managers and admins; none off a counter). */
    private Optional<Set<String>> servicesOf(Principal by) {
        if (by.role() != Role.OFFICER) {
            return Optional.empty();
        }
        return Optional.of(db.read(c -> counters.findByOfficer(c, by.id()).map(k -> (Set<String>) new HashSet<>(k.services()))
                .orElse(Set.of())));
    }

    public Optional<String> codeOfTicket(long ticketId) {
        return db.read(c -> store.codeOfTicket(c, ticketId));
    }

    /** Today's dossiers, newest first, without personal data; an officer's of their counter's services. */
    public List<DossierView> today(String baseUrl, Principal by) {
        long from = LocalDate.now(clock.withZone(CentreTime.ZONE)).atStartOfDay(CentreTime.ZONE).toInstant().toEpochMilli();
        List<String> list = db.read(c -> store.codesReceivedSince(c, from, TODAY_LIMIT));
        Optional<Set<String>> services = servicesOf(by);
        return list.stream().map(code -> view(code, false, baseUrl))
                .filter(v -> services.isEmpty() || services.get().contains(v.service())).toList();
    }

    /** The stored file of one document of a dossier, if the citizen's copy was kept for it. */
    public Optional<DossierFile> file(String code, int position, Principal by) {
        return db.read(c -> {
            DossierStore.Row r = row(c, code);
            requireScope(c, r, by);
            Optional<Long> docId = store.documentId(c, r.id(), position);
            if (docId.isEmpty()) {
                return Optional.empty();
            }
            String contentType = store.contentType(c, docId.get()).orElse("application/octet-stream");
            return citizens.content(c, docId.get()).map(bytes -> new DossierFile(contentType, bytes));
        });
    }

    public DossierView setStatus(String code, String status, String note, Principal by, String baseUrl) {
        DossierStatus s;
        try {
            s = DossierStatus.valueOf(status == null ? "" : status);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField("status", "must be one of " + Arrays.toString(DossierStatus.values()));
        }
        if (note != null && note.length() > 500) {
            throw ApiException.invalidField("note", "is longer than 500 characters");
        }
        db.transaction(c -> {
            DossierStore.Row r = row(c, code);
            if (DossierStatus.valueOf(r.status()) == DossierStatus.RETURNED) {
                throw ApiException.conflict("Hồ sơ đã trả kết quả / the dossier has been returned already");
            }
            store.updateStatus(c, r.id(), s);
            store.insertEvent(c, r.id(), clock.millis(), s, by.userId(), by.deviceId(), note);
            return null;
        });
        return view(code, true, baseUrl);
    }

    private DossierStore.Row row(Connection c, String code) throws SQLException {
        if (code == null || !DossierCodes.CODE.matcher(code).matches()) {
            throw ApiException.badRequest("invalid_field", "Mã hồ sơ không hợp lệ / dossier code must look like H27.99-250115-0001");
        }
        return store.byCode(c, code).orElseThrow(() -> ApiException.notFound("Hồ sơ / dossier " + code));
    }
}
