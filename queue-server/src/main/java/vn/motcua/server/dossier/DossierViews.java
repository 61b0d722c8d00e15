package vn.motcua.server.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.client.CentreTime;
import vn.motcua.client.Json;
import vn.motcua.client.dossier.DossierProcedure;
import vn.motcua.client.dossier.DossierStep;
import vn.motcua.client.dossier.DossierTicket;
import vn.motcua.client.dossier.DossierView;
import vn.motcua.client.dossier.IdentitySource;
import vn.motcua.server.procedure.Catalogue;
import vn.motcua.server.procedure.ProcedureStore;

/**
 * Builds the API's view of a stored dossier. Personal data (name, declaration, ticket, documents) only
 * when asked for: officers and the submitting kiosk; the public look-up gets status and dates.
 */
final class DossierViews {
    private static final ObjectMapper JSON = Json.mapper();

    private final DossierStore store;
    private final ProcedureStore procedures;
    private final LookupKeys keys;

    DossierViews(DossierStore store, ProcedureStore procedures, LookupKeys keys) {
        this.store = store;
        this.procedures = procedures;
        this.keys = keys;
    }

    LookupKeys keys() {
        return keys;
    }

    DossierView view(Connection c, DossierStore.Row r, boolean withPersonalData, String baseUrl) throws SQLException {
        DossierProcedure procedure = procedures.find(c, r.procedureCode()).map(DossierViews::procedure)
                .orElse(DossierProcedure.unknown(r.procedureCode()));
        List<DossierStep> history = store.history(c, r.id()).stream()
                .map(s -> new DossierStep(at(s.at()), s.status().name(), s.status().vi())).toList();
        return new DossierView(r.code(), r.status(), DossierStatus.valueOf(r.status()).vi(), procedure, r.serviceCode(),
                at(r.receivedAt()), at(r.dueAt()), baseUrl + "/hs/" + r.code() + "?k=" + keys.of(c, r.code()),
                mask(r.applicantNumber()),
                withPersonalData ? r.applicantName() : null,
                withPersonalData ? masked(readDeclaration(r.declaration())) : null,
                withPersonalData && r.ticketNumber() != null ? new DossierTicket(r.ticketId(), r.ticketNumber(),
                        baseUrl + "/t/" + r.ticketId()) : null,
                withPersonalData ? at(r.consentAt()) : null,
                withPersonalData ? store.documents(c, r.id()) : null,
                history, withPersonalData && r.identitySource() != null ? IdentitySource.valueOf(r.identitySource()) : null);
    }

    private static DossierProcedure procedure(Catalogue.Procedure p) {
        return new DossierProcedure(p.code(), p.nameVi(), p.nameEn(), p.processingDays(), p.feeVnd(),
                p.collectVi() == null ? "" : p.collectVi());
    }

    /** The personal number masked in the declaration too: no screen needs it whole (the store keeps it). */
    private static Map<String, String> masked(Map<String, String> declaration) {
        declaration.computeIfPresent("number", (k, v) -> mask(v));
        return declaration;
    }

    /** A digitised document is named {@code <owner number>.<type>}: shown as {@code ********2345.KQ0001}. */
    static String maskStoredName(String name) {
        if (name == null) {
            return null;
        }
        int dot = name.indexOf('.');
        return dot == 12 && name.substring(0, 12).chars().allMatch(Character::isDigit) ? mask(name.substring(0, 12))
                + name.substring(12) : name;
    }

    static String mask(String number) {
        return number == null || number.length() < 4 ? "****" : "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }

    static OffsetDateTime at(long millis) {
        return Instant.ofEpochMilli(millis).atZone(CentreTime.ZONE).toOffsetDateTime();
    }

    static String writeDeclaration(Map<String, String> m) {
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readDeclaration(String s) {
        try {
            return JSON.readValue(s, new TypeReference<LinkedHashMap<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
