package vn.motcua.server.indicator;

import java.util.List;

/**
 * What the indicators are counted from: each dossier received in the period as it stood at the report's
 * moment, the visits that ended with a dossier received at the counter without a kiosk dossier, and the
 * tablet ratings of the period.
 */
record PeriodFacts(List<DossierFact> dossiers, long counterReceptions, long ratings, long satisfiedRatings) {
    /**
     * One dossier: {@code dueEnd} is the end of its due day (a result any time that day is on time),
     * {@code resolvedAt} the first READY or RETURNED status up to the report's moment (null: not yet).
     */
    record DossierFact(long id, long dueEnd, Long resolvedAt, int components, int electronic, int reused,
                       boolean disliked) {
        boolean onTime() {
            return resolvedAt != null && resolvedAt < dueEnd;
        }

        boolean overdue(long asOf) {
            return resolvedAt != null ? resolvedAt >= dueEnd : asOf >= dueEnd;
        }
    }
}
