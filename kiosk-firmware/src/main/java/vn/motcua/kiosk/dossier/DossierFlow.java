package vn.motcua.kiosk.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Category;
import vn.motcua.client.CentreTime;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.client.dossier.Consent;
import vn.motcua.client.dossier.DocumentChoice;
import vn.motcua.client.dossier.DossierSubmission;
import vn.motcua.client.dossier.DossierView;
import vn.motcua.client.dossier.HeldDocuments;
import vn.motcua.client.dossier.HeldQuery;
import vn.motcua.client.dossier.IdentitySource;
import vn.motcua.client.dossier.IdentityRead;
import vn.motcua.kiosk.camera.DocumentCamera;
import vn.motcua.kiosk.cardreader.ReadCancel;
import vn.motcua.kiosk.idcard.CccdFields;
import vn.motcua.kiosk.idcard.CccdQrParser;
import vn.motcua.kiosk.idcard.CccdResult;
import vn.motcua.kiosk.idcard.IdSummary;
import vn.motcua.kiosk.ocr.IdCardOcr;
import vn.motcua.kiosk.ocr.IdCardReading;
import vn.motcua.kiosk.ocr.OcrException;
import vn.motcua.kiosk.printer.PrinterException;
import vn.motcua.kiosk.printer.TicketPrinter;
import vn.motcua.kiosk.scanner.Scan;

/**
 * The kiosk side of "Nộp hồ sơ": one citizen's session at a time. The ID card's fields are kept in memory
 * for the open session only (or, read on the greeting, until the visit opens one or ends), forgotten when the
 * screen goes home, on idle, and after submitting. The server holds the rest; the touch UI reaches this through
 * {@code app.DossierRoutes}.
 */
public final class DossierFlow {
    private static final Logger LOG = LoggerFactory.getLogger(DossierFlow.class);

    private final QueueClient server;
    private final TicketPrinter printer;
    private final DocumentCamera camera;
    private final Supplier<String> centreName;
    private final DossierSessions sessions;
    private final Clock clock;
    private final CccdQrParser parser;
    private final DocumentUploader uploader;
    private final ChipStep chip;
    private IdCardOcr ocr;

    public DossierFlow(QueueClient server, TicketPrinter printer, DocumentCamera camera, Supplier<String> centreName,
                       Clock clock, int idleSeconds) {
        this(server, printer, camera, centreName, clock, idleSeconds, ChipStep.NONE);
    }

    public DossierFlow(QueueClient server, TicketPrinter printer, DocumentCamera camera, Supplier<String> centreName,
                       Clock clock, int idleSeconds, ChipStep chip) {
        this.chip = chip;
        this.server = server;
        this.printer = printer;
        this.camera = camera;
        this.centreName = centreName;
        this.sessions = new DossierSessions(clock, idleSeconds);
        this.clock = clock;
        this.parser = new CccdQrParser(clock);
        this.uploader = new DocumentUploader(server);
    }

    /** Sees every scan before the screens do, so an ID card scanned during a dossier session is ready to read. */
    public Consumer<Scan> identityTap() {
        return scan -> {
            if (!scan.ok() || scan.text().indexOf('|') < 0) {
                return;
            }
            CccdResult r = parser.parse(scan.text());
            if (!r.valid()) {
                return;
            }
            Identity identity = Identity.of(IdentitySource.QR, new IdentityFields(r.fields().number(), r.fields().name(),
                    r.fields().dateOfBirth() == null ? null : r.fields().dateOfBirth().toString(),
                    r.fields().sex(), r.fields().address(), null, null), List.of());
            synchronized (sessions) {
                DossierSession s = sessions.current();
                if (s == null) {
                    sessions.holdForVisit(identity, r.fields()); // scanned on the greeting: "Nộp hồ sơ" needs no second scan
                    return;
                }
                s.cancelChipRead(); // a new card: a read keyed from the previous QR is not this citizen's
                s.identity = identity;
                s.qr = r.fields();
                s.identityToken = null; // a new card: the previous read's token is not this citizen's
                sessions.touch(s);
            }
        };
    }

    /**
     * The personal number of the card read in this visit (QR at the greeting, or QR/chip in the dossier
     * flow), for finding today's booking; empty when no card was read. Stays in this process.
     */
    public java.util.Optional<String> visitNumber() {
        Identity id = sessions.visitIdentity();
        return id == null || id.fields() == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(id.fields().number());
    }

    public void open() {
        sessions.open();
    }

    public void close() {
        sessions.close();
    }

    /** Refuses when no session is open (or it went idle), before a request's body is looked at. */
    public void requireSession() {
        sessions.require();
    }

    public Identity identity() {
        DossierSession s = sessions.require();
        return s.identity == null ? Identity.NONE : s.identity.withChipNext(chip.available() && s.qr != null).forPage();
    }

    /**
     * Reads the chip of the card whose QR was scanned, keyed from that QR; blocks until it is read or the
     * reader gives up. The chip's fields replace the QR's under the same names.
     */
    public Identity identifyByChip() {
        DossierSession s = sessions.require();
        CccdFields qr;
        synchronized (sessions) {
            qr = s.qr;
        }
        if (qr == null) {
            throw new DossierRequestException(409, "not_identified", "Xin quét mã QR trên thẻ trước / scan the card's QR first");
        }
        ReadCancel cancel = new ReadCancel();
        synchronized (sessions) {
            s.cancelChipRead(); // one read at a time: a second tap replaces the first
            s.chipRead = cancel;
        }
        Identity identity = chip.read(qr, cancel);
        synchronized (sessions) {
            // skipped, ended or replaced while the chip was read: nothing of this read goes into the session
            if (cancel.cancelled() || s.chipRead != cancel || sessions.current() != s) {
                throw ChipStep.cancelled();
            }
            s.chipRead = null;
            s.identity = identity;
            s.identityToken = null;
            sessions.touch(s);
        }
        return identity.forPage();
    }

    /** The citizen skipped the chip step: the read under way stops and its result, if any, is dropped. */
    public void cancelChipRead() {
        synchronized (sessions) {
            DossierSession s = sessions.current();
            if (s != null) {
                s.cancelChipRead();
            }
        }
    }

    /** Reads the card laid on the document camera (a 2016 card without QR or chip). */
    public Identity identifyByOcr() {
        DossierSession s = sessions.require();
        try {
            BufferedImage image = camera.capture();
            IdCardReading r;
            synchronized (this) {
                if (ocr == null) {
                    ocr = new IdCardOcr();
                }
                r = ocr.read(image);
            }
            List<String> toCheck = new ArrayList<>();
            for (String f : r.toCheck()) {
                toCheck.add(f.equals("placeOfResidence") ? "address" : f);
            }
            Identity identity = Identity.of(IdentitySource.OCR, new IdentityFields(r.fields().get("number"), r.fields().get("name"),
                    r.fields().get("dateOfBirth"), r.fields().get("sex"), r.fields().get("placeOfResidence"),
                    r.fields().get("placeOfOrigin"), r.fields().get("nationality")), toCheck);
            synchronized (sessions) {
                s.identity = identity;
                s.qr = null;
                s.identityToken = null;
            }
            return identity.forPage();
        } catch (OcrException e) {
            throw new DossierRequestException(422, "unreadable", "Không đọc được ảnh thẻ / " + e.getMessage());
        }
    }

    /**
     * Identity typed by a citizen whose card cannot be read; recorded as TYPED and shown so to the officer.
     * Stored documents are never offered to a typed identity: nothing proves whose number it is.
     */
    public Identity identifyByTyping(java.util.Map<String, String> typed) {
        DossierSession s = sessions.require();
        Identity identity = TypedIdentity.of(typed, LocalDate.now(clock.withZone(CentreTime.ZONE)));
        synchronized (sessions) {
            s.cancelChipRead();
            s.identity = identity;
            s.qr = null;
            s.identityToken = null;
        }
        return identity.forPage();
    }

    public JsonNode procedures(String query, String service) {
        return call(() -> server.searchProcedures(query, service));
    }

    /** Which of the procedure's documents the identified citizen already holds. */
    public HeldDocuments held(String procedure) {
        DossierSession s = sessions.require();
        if (typed(s)) {
            throw new DossierRequestException(409, "typed_identity",
                    "Thông tin nhập tay không dùng được giấy tờ đã lưu / a typed identity cannot reuse stored documents");
        }
        String number = number(s);
        String token = identityToken(s);
        return call(() -> server.heldDocuments(new HeldQuery(number, procedure, token)));
    }

    /** Photographs the document at {@code position} and uploads it; the submission refers to it later. */
    public Capture capture(int position) {
        DossierSession s = sessions.require();
        byte[] jpeg;
        try {
            jpeg = DocumentImages.jpeg(camera.capture());
        } catch (OcrException e) {
            throw new DossierRequestException(422, "no_capture", "Không chụp được giấy tờ / " + e.getMessage());
        }
        long id = call(() -> uploader.upload(jpeg));
        synchronized (sessions) {
            s.uploads.put(position, id);
        }
        return new Capture(position, jpeg.length,
                "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(DocumentImages.thumbnail(jpeg)));
    }

    /** Files the dossier, prints its receipt and ends the session. */
    public SubmitResult submit(KioskSubmission k) {
        DossierSession s = sessions.require();
        if (!k.consentGiven()) {
            throw new DossierRequestException(400, "consent_required",
                    "Quý khách cần bấm \"Tôi đồng ý\" để nộp hồ sơ / consent is required to submit");
        }
        String number = number(s);
        String shown = k.declaration() == null ? null : k.declaration().get("number");
        if (k.declaration() == null || shown != null && !shown.equals(number) && !shown.equals(s.identity.maskedNumber())) {
            // the dossier is filed under the card that was read, not a number typed over it
            throw new DossierRequestException(400, "bad_request", "declaration.number must be the scanned card's number");
        }
        // the page only ever had the masked number: the card's own goes to the server
        Map<String, String> declaration = new java.util.LinkedHashMap<>(k.declaration());
        declaration.put("number", number);
        String token = identityToken(s);
        List<DocumentChoice> documents = new ArrayList<>();
        for (KioskSubmission.Choice d : k.documents()) {
            Long uploadId = null;
            if ("REUSE".equals(d.action()) && typed(s)) {
                throw new DossierRequestException(400, "typed_identity",
                        "Thông tin nhập tay không dùng được giấy tờ đã lưu / a typed identity cannot reuse stored documents");
            }
            if ("UPLOAD".equals(d.action())) {
                synchronized (sessions) {
                    uploadId = s.uploads.get(d.position());
                }
                if (uploadId == null) {
                    throw new DossierRequestException(400, "bad_request", "document " + d.position() + " has not been captured");
                }
            }
            documents.add(new DocumentChoice(d.position(), d.action(), uploadId));
        }
        Category category = priority(k.category(), s);
        DossierView dossier = call(() -> server.submitDossier(new DossierSubmission(s.requestId, k.procedure(),
                declaration, documents, new Consent(true, k.consentTextVersion()), category, s.identity.source(), token)));
        boolean printed = print(dossier);
        sessions.close(); // filed: the card's fields are not needed here any more
        return new SubmitResult(SubmitResult.Receipt.of(dossier), printed);
    }

    /** The look-up of a receipt's QR: the code and its key {@code k}. */
    public DossierView lookup(String code, String k) {
        return call(() -> server.lookupDossier(code, k));
    }

    /**
     * The server's token for the card read in this session, recorded on first need: the citizen's stored
     * documents and the dossier are opened by it, not by the number alone.
     */
    private static String readSource(IdentitySource source) {
        return switch (source) {
            case QR -> "qr";
            case CHIP_VERIFIED, CHIP_UNVERIFIED -> "chip";
            case OCR, TYPED -> "ocr";
        };
    }

    private String identityToken(DossierSession s) {
        synchronized (sessions) {
            if (s.identityToken != null) {
                return s.identityToken;
            }
        }
        IdentityFields f = s.identity.fields();
        String token = call(() -> server.recordIdentityRead(new IdentityRead(readSource(s.identity.source()), f.number(), f.name(),
                f.dateOfBirth(), f.sex(), f.address()))).identityToken();
        synchronized (sessions) {
            s.identityToken = token;
        }
        return token;
    }

    private boolean print(DossierView d) {
        try {
            printer.print(ReceiptLayout.receipt(ReceiptContent.of(centreName.get(), d)));
            return true;
        } catch (PrinterException e) {
            // the dossier is filed either way; the screen shows its code and the counter can reprint
            LOG.warn("receipt for dossier {} not printed: {}", d.code(), e.getMessage());
            return false;
        }
    }

    /**
     * The verification ticket's category: what the visitor chose, or, when they chose none, what the card
     * shows (60 or older: ELDERLY), so the priority of the visit carries through to every ticket of it.
     */
    private Category priority(Category chosen, DossierSession s) {
        if (chosen != null && chosen != Category.NORMAL) {
            return chosen;
        }
        String birth = s.identity.fields().dateOfBirth();
        try {
            if (birth != null && IdSummary.elderlyOn(LocalDate.parse(birth), LocalDate.now(clock.withZone(CentreTime.ZONE)))) {
                return Category.ELDERLY;
            }
        } catch (DateTimeParseException e) {
            LOG.debug("birth date of the card not understood; the chosen category stands");
        }
        return chosen;
    }

    private static boolean typed(DossierSession s) {
        return s.identity != null && s.identity.source() == IdentitySource.TYPED;
    }

    private static String number(DossierSession s) {
        if (s.identity == null) {
            throw new DossierRequestException(409, "not_identified", "Chưa xác định người nộp / scan the ID card first");
        }
        String number = s.identity.fields().number();
        if (number == null || !number.matches("\\d{12}")) {
            throw new DossierRequestException(409, "not_identified",
                    "Số định danh chưa đọc được, xin quét mã QR trên thẻ / the personal number was not read; scan the card's QR");
        }
        return number;
    }

    /** A server refusal keeps its status and words; an unreachable server gets the guidance to the desk. */
    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (QueueApiException e) {
            if (e.unreachable()) {
                throw new DossierRequestException(503, "server_unreachable",
                        "Không kết nối được máy chủ. Xin mời đến quầy hướng dẫn. / The server cannot be reached.");
            }
            throw new DossierRequestException(e.refused() ? e.status() : 502, e.code(), e.serverMessage());
        }
    }
}
