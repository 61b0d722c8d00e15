package vn.motcua.server.dossier;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
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
import vn.motcua.server.citizen.CitizenDocuments;
import vn.motcua.server.dossier.upload.UploadedFile;
import vn.motcua.server.dossier.upload.Uploads;
import vn.motcua.server.http.ApiException;
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

    DossierService(Database db, Clock clock, SubmissionCheck check, CitizenDocuments citizens, DossierCodes codes,
                   TicketService tickets, WorkingDays workingDays, Uploads uploads, DossierStore store, DossierViews views) {
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

    /** For each document of the procedure: held and valid today (reusable), or not. No file contents. */
    public List<HeldDocument> held(HeldQuery q) {
        SubmissionCheck.requireNumber(q.owner(), "owner");
        return db.read(c -> {
            Catalogue.Procedure p = check.procedure(c, q.procedure());
            LocalDate today = LocalDate.now(clock.withZone(CentreTime.ZONE));
            List<HeldDocument> out = new ArrayList<>();
            for (int i = 0; i < p.documents().size(); i++) {
                Catalogue.RequiredDocument d = p.documents().get(i);
                Optional<CitizenDocuments.Held> h = d.docType() == null ? Optional.empty()
                        : citizens.find(c, q.owner(), d.docType()).filter(x -> x.validOn(today));
                out.add(h.isEmpty() ? HeldDocument.notHeld(i, d.docType())
                        : new HeldDocument(i, d.docType(), true, h.get().name(),
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
        SubmissionCheck.Checked checked = db.read(c -> check.check(c, s));
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
        ZonedDateTime due = workingDays.add(received, k.procedure().processingDays());
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

    public Optional<String> codeOfTicket(long ticketId) {
        return db.read(c -> store.codeOfTicket(c, ticketId));
    }

    /** Today's dossiers, newest first, without personal data. */
    public List<DossierView> today(String baseUrl) {
        long from = LocalDate.now(clock.withZone(CentreTime.ZONE)).atStartOfDay(CentreTime.ZONE).toInstant().toEpochMilli();
        List<String> list = db.read(c -> store.codesReceivedSince(c, from, TODAY_LIMIT));
        return list.stream().map(code -> view(code, false, baseUrl)).toList();
    }

    /** The stored file of one document of a dossier, if the citizen's copy was kept for it. */
    public Optional<DossierFile> file(String code, int position) {
        return db.read(c -> {
            DossierStore.Row r = row(c, code);
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
