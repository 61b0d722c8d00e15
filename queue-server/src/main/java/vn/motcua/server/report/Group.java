package vn.motcua.server.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The figures of one slice of the visits (a service, a counter, an hour of day ...). {@code key} is the slice's
 * code; {@code nameVi}/{@code nameEn} label it where a code is not self-explanatory. {@code setAside}: visits an
 * officer set aside ("chờ bổ sung"); {@code aside}: their time aside, counted apart from waiting and processing.
 */
public record Group(String key, String nameVi, String nameEn, int visits, @JsonProperty("wait") Stats waiting, Stats processing,
                    Double noShowRate, Double cancelRate, int noShows, int cancelled, int stillWaitingAtClose,
                    int received, Satisfaction satisfaction, int setAside, Stats aside) {

    /** Ratings and the satisfied share ((very satisfied + satisfied) / ratings). */
    public record Satisfaction(int ratings, Double rate, Map<String, Integer> byScore) {
    }
}
