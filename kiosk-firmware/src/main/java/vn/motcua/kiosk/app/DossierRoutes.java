package vn.motcua.kiosk.app;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.client.Category;
import vn.motcua.client.Json;
import vn.motcua.kiosk.dossier.DossierFlow;
import vn.motcua.kiosk.dossier.DossierRequestException;
import vn.motcua.kiosk.dossier.KioskSubmission;

/** /local/dossier/*: the touch UI's dossier screens over {@link DossierFlow}; bodies are checked here. */
final class DossierRoutes {
    private final DossierFlow flow;

    DossierRoutes(DossierFlow flow) {
        this.flow = flow;
    }

    void addTo(JavalinConfig config) {
        config.routes.post("/local/dossier/session", ctx -> {
            flow.open();
            ctx.status(201).json(Map.of("open", true));
        });
        config.routes.delete("/local/dossier/session", ctx -> {
            flow.close();
            ctx.status(204);
        });
        config.routes.get("/local/dossier/identity", ctx -> ctx.json(flow.identity()));
        config.routes.post("/local/dossier/identity/ocr", ctx -> ctx.json(flow.identifyByOcr()));
        config.routes.post("/local/dossier/identity/chip", ctx -> ctx.json(flow.identifyByChip()));
        config.routes.post("/local/dossier/identity/typed", ctx -> {
            flow.requireSession();
            ctx.json(flow.identifyByTyping(textFields(body(ctx), "number", "name", "dateOfBirth", "sex", "address")));
        });
        config.routes.delete("/local/dossier/identity/chip", ctx -> {
            flow.cancelChipRead();
            ctx.status(204);
        });
        config.routes.get("/local/dossier/procedures", ctx ->
                ctx.json(flow.procedures(ctx.queryParam("q"), ctx.queryParam("service"))));
        config.routes.get("/local/dossier/held/{procedure}", ctx -> ctx.json(flow.held(ctx.pathParam("procedure"))));
        config.routes.post("/local/dossier/capture", this::capture);
        config.routes.post("/local/dossier/submit", ctx -> {
            flow.requireSession();
            ctx.status(201).json(flow.submit(submission(body(ctx))));
        });
        config.routes.get("/local/dossier/lookup/{code}", ctx ->
                ctx.json(flow.lookup(ctx.pathParam("code"), ctx.queryParam("k"))));
        config.routes.exception(DossierRequestException.class, (e, ctx) ->
                ctx.status(e.status()).json(Map.of("error", Map.of("code", e.code(), "message", e.getMessage()))));
    }

    private void capture(Context ctx) {
        flow.requireSession();
        JsonNode position = body(ctx).path("position");
        if (!position.isInt() || position.asInt() < 0 || position.asInt() > 50) {
            throw new DossierRequestException(400, "bad_request", "position must be the document's number 0..50");
        }
        ctx.status(201).json(flow.capture(position.asInt()));
    }

    private static KioskSubmission submission(JsonNode body) {
        JsonNode given = body.path("consent").path("given");
        Map<String, String> declaration;
        try {
            declaration = Json.mapper().convertValue(body.path("declaration"), new TypeReference<Map<String, String>>() { });
        } catch (IllegalArgumentException e) {
            throw new DossierRequestException(400, "bad_request", "declaration must map field names to text");
        }
        List<KioskSubmission.Choice> documents = new ArrayList<>();
        for (JsonNode d : body.path("documents")) {
            documents.add(new KioskSubmission.Choice(d.path("position").asInt(-1), d.path("action").asText("")));
        }
        Category category = null;
        if (body.hasNonNull("category")) {
            try {
                category = Category.valueOf(body.path("category").asText());
            } catch (IllegalArgumentException e) {
                throw new DossierRequestException(400, "invalid_field",
                        "category must be one of " + java.util.Arrays.toString(Category.values()));
            }
        }
        return new KioskSubmission(body.path("procedure").asText(), declaration, documents,
                given.isBoolean() && given.asBoolean(), body.path("consent").path("textVersion").asText(), category);
    }

    /** The named fields of a JSON object, each text or absent; anything else is refused. */
    private static Map<String, String> textFields(JsonNode body, String... names) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String name : names) {
            JsonNode v = body.get(name);
            if (v != null && !v.isNull() && !v.isTextual()) {
                throw new DossierRequestException(400, "invalid_field", "field '" + name + "' must be text");
            }
            if (v != null && v.isTextual()) {
                out.put(name, v.asText());
            }
        }
        return out;
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
}
