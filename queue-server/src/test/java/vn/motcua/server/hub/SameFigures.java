package vn.motcua.server.hub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A centre's own {@code /api/v1/reports/summary} against the hub's {@code /hub/v1/report?centre=} for the same
 * period: every figure equal. What differs by design is left out: the labels the hub does not receive
 * (counter and officer names) and the centre's idle officers.
 */
final class SameFigures {
    private SameFigures() {
    }

    static void assertSame(JsonNode own, JsonNode atHub) {
        for (String field : List.of("from", "to", "visits", "wait", "processing", "noShowRate", "cancelRate", "noShows", "cancelled",
                "stillWaitingAtClose", "received", "satisfaction", "waitDistribution", "heatmap")) {
            assertThat(atHub.get(field)).as(field).isEqualTo(own.get(field));
        }
        for (String list : List.of("byService", "byCategory", "byHour", "byWeekday", "byDay", "byWeek", "byMonth", "byCounter",
                "byOfficer")) {
            assertThat(figures(atHub.get(list))).as(list).isEqualTo(figures(own.get(list)));
        }
        assertThat(atHub.get("targets").get("services")).isEqualTo(own.get("targets").get("services"));
        assertThat(atHub.get("productivity").get("normPerYear")).isEqualTo(own.get("productivity").get("normPerYear"));
        assertThat(workers(atHub.get("productivity").get("officers"))).isEqualTo(workers(own.get("productivity").get("officers")));
    }

    /** A breakdown's figures by key: the labels differ (the hub has no counter names and no officer names). */
    private static ObjectNode figures(JsonNode groups) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (JsonNode g : groups) {
            ObjectNode copy = ((ObjectNode) g).deepCopy();
            copy.remove(List.of("nameVi", "nameEn"));
            out.set(g.get("key").asText(), copy);
        }
        return out;
    }

    /** Productivity of the officers who worked in the period (the centre also lists its idle officers). */
    private static ArrayNode workers(JsonNode officers) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (JsonNode o : officers) {
            if (o.get("workingDays").asInt() > 0) {
                ObjectNode copy = ((ObjectNode) o).deepCopy();
                copy.remove(List.of("username", "displayName"));
                out.add(copy);
            }
        }
        return out;
    }
}
