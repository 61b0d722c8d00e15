package vn.motcua.kiosk.dossier;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.client.Json;
import vn.motcua.client.QueueApiException;
import vn.motcua.client.QueueClient;
import vn.motcua.kiosk.idcard.CccdQrParser;
import vn.motcua.kiosk.idcard.CccdResult;
import vn.motcua.kiosk.idcard.IdMask;
import vn.motcua.kiosk.ocr.IdCardOcr;
import vn.motcua.kiosk.ocr.IdCardReading;
import vn.motcua.kiosk.ocr.OcrException;
import vn.motcua.kiosk.printer.PrinterException;
import vn.motcua.kiosk.printer.TicketPrinter;
import vn.motcua.kiosk.scanner.Scan;

/**
 * The kiosk side of "Nộp hồ sơ": one citizen's session at a time. The ID card's fields are kept in memory
 * for the open session only (a scan outside a dossier session is not kept), forgotten when the screen goes
 * home, on idle, and after submitting. /local/dossier/* serves the touch UI; the server holds the rest.
 */
public final class DossierDesk {
    private static final Logger LOG = LoggerFactory.getLogger(DossierDesk.class);
    private static final int PART_BYTES = 30 * 1024;
    private static final int CAPTURE_MAX_SIDE = 1600;

    private final QueueClient server;
    private final TicketPrinter printer;
    private final DocumentCamera camera;
    private final Supplier<String> centreName;
    private final Clock clock;
    private final long idleMillis;
    private final CccdQrParser parser;
    private IdCardOcr ocr;
    private Session session;

    /** One visitor's dossier in progress. */
    private static final class Session {
        final String requestId = UUID.randomUUID().toString();
        Map<String, Object> identity;
        final Map<Integer, Long> uploads = new HashMap<>();
        long touched;
    }

    public DossierDesk(QueueClient server, TicketPrinter printer, DocumentCamera camera, Supplier<String> centreName,
                       Clock clock, int idleSeconds) {
        this.server = server;
        this.printer = printer;
        this.camera = camera;
        this.centreName = centreName;
        this.clock = clock;
        this.idleMillis = idleSeconds * 1000L;
        this.parser = new CccdQrParser(clock);
    }

    /** The desk for a kiosk's devices, with the document camera its profile names. */
    public static DossierDesk forKiosk(QueueClient server, vn.motcua.kiosk.app.KioskDevices devices, CameraConfig camera,
                                       Supplier<String> centreName, Clock clock, int idleSeconds) {
        return new DossierDesk(server, devices.printer(), DocumentCameras.open(camera), centreName, clock, idleSeconds);
    }

    /** Sees every scan before the screens do, so an ID card scanned during a dossier session is ready to read. */
    public Consumer<Scan> identityTap() {
        return scan -> {
            if (!scan.ok() || scan.text().indexOf('|') < 0) {
                return;
            }
            synchronized (this) {
                Session s = current();
                if (s == null) {
                    return;
                }
                CccdResult r = parser.parse(scan.text());
                if (r.valid()) {
                    Map<String, Object> fields = new LinkedHashMap<>();
                    fields.put("number", r.fields().number());
                    fields.put("name", r.fields().name());
                    fields.put("dateOfBirth", r.fields().dateOfBirth() == null ? null : r.fields().dateOfBirth().toString());
                    fields.put("sex", r.fields().sex());
                    fields.put("address", r.fields().address());
                    s.identity = identity("qr", fields, List.of());
                    s.touched = clock.millis();
                }
            }
        };
    }

    private static Map<String, Object> identity(String source, Map<String, Object> fields, List<String> toCheck) {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("identified", true);
        id.put("source", source);
        id.put("maskedNumber", IdMask.mask((String) fields.get("number")));
        id.put("fields", fields);
        id.put("toCheck", toCheck);
        return id;
    }

    private Session current() {
        if (session != null && clock.millis() - session.touched > idleMillis) {
            session = null; // the visitor walked away: nothing of theirs stays
        }
        return session;
    }

    private synchronized Session require() {
        Session s = current();
        if (s == null) {
            throw new DossierRequestException(409, "no_session", "Phiên nộp hồ sơ đã hết, xin bắt đầu lại / the dossier session has ended");
        }
        s.touched = clock.millis();
        return s;
    }

    public void addTo(JavalinConfig config) {
        config.routes.post("/local/dossier/session", ctx -> {
            synchronized (this) {
                session = new Session();
                session.touched = clock.millis();
            }
            ctx.status(201).json(Map.of("open", true));
        });
        config.routes.delete("/local/dossier/session", ctx -> {
            synchronized (this) {
                session = null;
            }
            ctx.status(204);
        });
        config.routes.get("/local/dossier/identity", ctx -> {
            Session s = require();
            ctx.json(s.identity == null ? Map.of("identified", false) : s.identity);
        });
        config.routes.post("/local/dossier/identity/ocr", this::identifyByOcr);
        config.routes.get("/local/dossier/procedures", ctx -> {
            String q = ctx.queryParam("q");
            String service = ctx.queryParam("service");
            StringBuilder path = new StringBuilder("/api/v1/procedures?q=")
                    .append(URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8));
            if (service != null) {
                path.append("&service=").append(URLEncoder.encode(service, StandardCharsets.UTF_8));
            }
            ctx.json(call("GET", path.toString(), null));
        });
        config.routes.get("/local/dossier/held/{procedure}", ctx -> {
            Session s = require();
            String number = number(s);
            ctx.json(call("POST", "/api/v1/citizen-documents/query",
                    Map.of("owner", number, "procedure", ctx.pathParam("procedure"))));
        });
        config.routes.post("/local/dossier/capture", this::capture);
        config.routes.post("/local/dossier/submit", this::submit);
        config.routes.get("/local/dossier/lookup/{code}", ctx -> ctx.json(call("GET", "/api/v1/dossiers/lookup/"
                + URLEncoder.encode(ctx.pathParam("code"), StandardCharsets.UTF_8), null)));
        if (camera instanceof SimulatedDocumentCamera sim) {
            addSimulation(config, sim);
        }
        config.routes.exception(DossierRequestException.class, (e, ctx) ->
                ctx.status(e.status).json(Map.of("error", Map.of("code", e.code, "message", e.getMessage()))));
    }

    /** Sim-only: lay an image file on the simulated document camera. */
    static void addSimulation(JavalinConfig config, SimulatedDocumentCamera camera) {
        config.routes.post("/local/sim/document-camera", ctx -> {
            JsonNode body = body(ctx);
            String file = body.path("file").asText("");
            if (file.isBlank() || file.length() > 1000) {
                throw new DossierRequestException(400, "bad_request", "file must be the path of an image file");
            }
            try {
                camera.lay(Path.of(file));
            } catch (OcrException e) {
                throw new DossierRequestException(400, "bad_request", e.getMessage());
            }
            ctx.status(204);
        });
    }

    private static String number(Session s) {
        if (s.identity == null) {
            throw new DossierRequestException(409, "not_identified", "Chưa xác định người nộp / scan the ID card first");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) s.identity.get("fields");
        Object n = fields.get("number");
        if (!(n instanceof String number) || !number.matches("\\d{12}")) {
            throw new DossierRequestException(409, "not_identified",
                    "Số định danh chưa đọc được, xin quét mã QR trên thẻ / the personal number was not read; scan the card's QR");
        }
        return number;
    }

    private void identifyByOcr(Context ctx) {
        Session s = require();
        try {
            BufferedImage image = camera.capture();
            IdCardReading r;
            synchronized (this) {
                if (ocr == null) {
                    ocr = new IdCardOcr();
                }
                r = ocr.read(image);
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("number", r.fields().get("number"));
            fields.put("name", r.fields().get("name"));
            fields.put("dateOfBirth", r.fields().get("dateOfBirth"));
            fields.put("sex", r.fields().get("sex"));
            fields.put("address", r.fields().get("placeOfResidence"));
            fields.put("placeOfOrigin", r.fields().get("placeOfOrigin"));
            fields.put("nationality", r.fields().get("nationality"));
            List<String> toCheck = new ArrayList<>();
            for (String f : r.toCheck()) {
                toCheck.add(f.equals("placeOfResidence") ? "address" : f);
            }
            synchronized (this) {
                s.identity = identity("ocr", fields, toCheck);
            }
            ctx.json(s.identity);
        } catch (OcrException e) {
            throw new DossierRequestException(422, "unreadable", "Không đọc được ảnh thẻ / " + e.getMessage());
        }
    }

    private void capture(Context ctx) {
        Session s = require();
        JsonNode body = body(ctx);
        if (!body.path("position").isInt() || body.path("position").asInt() < 0 || body.path("position").asInt() > 50) {
            throw new DossierRequestException(400, "bad_request", "position must be the document's number 0..50");
        }
        int position = body.path("position").asInt();
        byte[] jpeg;
        try {
            jpeg = jpeg(camera.capture());
        } catch (OcrException e) {
            throw new DossierRequestException(422, "no_capture", "Không chụp được giấy tờ / " + e.getMessage());
        }
        long id = upload(jpeg);
        synchronized (this) {
            s.uploads.put(position, id);
        }
        ctx.status(201).json(Map.of("position", position, "bytes", jpeg.length,
                "preview", "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(thumbnail(jpeg))));
    }

    private long upload(byte[] bytes) {
        Map<String, Object> start = call(Map.class, "POST", "/api/v1/dossier-uploads", Map.of("contentType", "image/jpeg",
                "totalBytes", bytes.length, "sha256", sha256(bytes)));
        long id = ((Number) start.get("id")).longValue();
        for (int offset = 0; offset < bytes.length; offset += PART_BYTES) {
            byte[] part = Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + PART_BYTES));
            call("POST", "/api/v1/dossier-uploads/" + id + "/parts",
                    Map.of("offset", offset, "data", Base64.getEncoder().encodeToString(part)));
        }
        return id;
    }

    private void submit(Context ctx) {
        Session s = require();
        JsonNode body = body(ctx);
        if (!body.path("consent").path("given").isBoolean() || !body.path("consent").path("given").asBoolean()) {
            throw new DossierRequestException(400, "consent_required",
                    "Quý khách cần bấm \"Tôi đồng ý\" để nộp hồ sơ / consent is required to submit");
        }
        String number = number(s);
        Map<String, Object> declaration = Json.mapper().convertValue(body.path("declaration"), new TypeReference<>() { });
        if (declaration == null || !number.equals(declaration.get("number"))) {
            // the dossier is filed under the card that was read, not a number typed over it
            throw new DossierRequestException(400, "bad_request", "declaration.number must be the scanned card's number");
        }
        List<Map<String, Object>> documents = new ArrayList<>();
        for (JsonNode d : body.path("documents")) {
            Map<String, Object> m = new LinkedHashMap<>();
            int position = d.path("position").asInt(-1);
            String action = d.path("action").asText("");
            m.put("position", position);
            m.put("action", action);
            if ("UPLOAD".equals(action)) {
                Long id;
                synchronized (this) {
                    id = s.uploads.get(position);
                }
                if (id == null) {
                    throw new DossierRequestException(400, "bad_request", "document " + position + " has not been captured");
                }
                m.put("uploadId", id);
            }
            documents.add(m);
        }
        Map<String, Object> submission = new LinkedHashMap<>();
        submission.put("requestId", s.requestId);
        submission.put("procedure", body.path("procedure").asText());
        submission.put("declaration", declaration);
        submission.put("documents", documents);
        submission.put("consent", Map.of("given", true, "textVersion", body.path("consent").path("textVersion").asText()));
        if (body.hasNonNull("category")) {
            submission.put("category", body.path("category").asText());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> dossier = call(Map.class, "POST", "/api/v1/dossiers", submission);
        boolean printed = print(dossier);
        synchronized (this) {
            session = null; // filed: the card's fields are not needed here any more
        }
        ctx.status(201).json(Map.of("dossier", receiptView(dossier), "printed", printed));
    }

    /** What the done screen shows: the code, dates, verification number; no declaration. */
    private static Map<String, Object> receiptView(Map<String, Object> d) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (String k : List.of("code", "status", "statusVi", "procedure", "receivedAt", "dueAt", "lookupUrl", "ticket")) {
            v.put(k, d.get(k));
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private boolean print(Map<String, Object> d) {
        Map<String, Object> procedure = (Map<String, Object>) d.get("procedure");
        Map<String, Object> ticket = (Map<String, Object>) d.get("ticket");
        List<String> docs = new ArrayList<>();
        for (Map<String, Object> doc : (List<Map<String, Object>>) d.get("documents")) {
            String source = switch (String.valueOf(doc.get("source"))) {
                case "REUSE" -> " (đã có, dùng lại)";
                case "UPLOAD" -> " (đã số hoá)";
                case "PAPER" -> " (bản giấy nộp tại quầy)";
                default -> "";
            };
            docs.add(doc.get("nameVi") + source);
        }
        ReceiptContent content = new ReceiptContent(centreName.get(), (String) d.get("code"), (String) d.get("applicantName"),
                (String) d.get("applicantMasked"), (String) procedure.get("nameVi"), docs,
                ((Number) procedure.get("processingDays")).intValue(), OffsetDateTime.parse((String) d.get("receivedAt")),
                OffsetDateTime.parse((String) d.get("dueAt")), (String) procedure.get("collectVi"),
                ticket == null ? null : (String) ticket.get("number"), (String) d.get("lookupUrl"));
        try {
            printer.print(ReceiptLayout.receipt(content));
            return true;
        } catch (PrinterException e) {
            // the dossier is filed either way; the screen shows its code and the counter can reprint
            LOG.warn("receipt for dossier {} not printed: {}", d.get("code"), e.getMessage());
            return false;
        }
    }

    private Object call(String method, String path, Object body) {
        return call(Object.class, method, path, body);
    }

    private <T> T call(Class<T> type, String method, String path, Object body) {
        try {
            return Json.mapper().convertValue(server.call(method, path, body, new TypeReference<Object>() { }), type);
        } catch (QueueApiException e) {
            if (e.unreachable()) {
                throw new DossierRequestException(503, "server_unreachable",
                        "Không kết nối được máy chủ. Xin mời đến quầy hướng dẫn. / The server cannot be reached.");
            }
            throw new DossierRequestException(e.status() >= 400 && e.status() < 500 ? e.status() : 502, e.code(),
                    e.getMessage().replaceFirst("^\\S+ \\S+ → \\d+: ", ""));
        }
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode n = Json.mapper().readTree(ctx.body());
            if (n != null && n.isObject()) {
                return n;
            }
        } catch (IOException e) {
            throw new DossierRequestException(400, "bad_request", "body is not valid JSON");
        }
        throw new DossierRequestException(400, "bad_request", "body must be a JSON object");
    }

    static byte[] jpeg(BufferedImage image) {
        double scale = Math.min(1.0, (double) CAPTURE_MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int w = (int) Math.round(image.getWidth() * scale);
        int h = (int) Math.round(image.getHeight() * scale);
        BufferedImage rgb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(rgb, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] thumbnail(byte[] jpeg) {
        try {
            BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
            double scale = 240.0 / Math.max(img.getWidth(), img.getHeight());
            BufferedImage t = new BufferedImage((int) (img.getWidth() * scale), (int) (img.getHeight() * scale),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = t.createGraphics();
            g.drawImage(img, 0, 0, t.getWidth(), t.getHeight(), null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(t, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
