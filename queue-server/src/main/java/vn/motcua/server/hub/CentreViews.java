package vn.motcua.server.hub;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.client.CentreTime;

/** {@code GET /hub/v1/centres}: each centre's live state, with alerts in Vietnamese and English. */
final class CentreViews {
    /** A visitor waiting longer than this is an alert on the province page (the national 15-minute target). */
    static final double WAIT_ALERT_MINUTES = 15;

    private CentreViews() {
    }

    public record Alert(String kind, String messageVi, String messageEn) {
    }

    public record CentreView(String code, String name, String level, int waitingNow, Double longestWaitMinutes,
                             int countersOpen, int visitsToday, OffsetDateTime lastEventAt, Long upstreamLagSeconds,
                             boolean stale, List<Alert> alerts) {
    }

    static List<CentreView> list(List<HubCentre> centres, LiveBoard live, StaleRule rule) {
        List<CentreView> out = new ArrayList<>();
        for (HubCentre c : centres) {
            LiveBoard.Now now = live.now(c);
            List<Alert> alerts = new ArrayList<>();
            if (now.longestWaitMinutes() != null && now.longestWaitMinutes() > WAIT_ALERT_MINUTES) {
                long m = Math.round(Math.floor(now.longestWaitMinutes()));
                alerts.add(new Alert("wait", "Có người đã chờ " + m + " phút, vượt mục tiêu 15 phút",
                        "A visitor has waited " + m + " min, over the 15-minute target"));
            }
            if (now.helpRequests() > 0) {
                alerts.add(new Alert("help", now.helpRequests() + " yêu cầu trợ giúp trong 15 phút qua",
                        now.helpRequests() + " help requests in the last 15 minutes"));
            }
            boolean stale = rule.stale(now.lastContactAt());
            Long lag = rule.lagSeconds(now.lastContactAt());
            if (stale) {
                alerts.add(new Alert("upstream", lag == null ? "Chưa nhận dữ liệu từ trung tâm" : "Mất kết nối dữ liệu " + lag / 60 + " phút",
                        lag == null ? "No data received from this centre yet" : "No data for " + lag / 60 + " min"));
            }
            out.add(new CentreView(c.code(), c.name(), c.level().name(), now.waitingNow(), now.longestWaitMinutes(),
                    now.countersOpen(), now.visitsToday(),
                    now.lastEventAt() == null ? null : Instant.ofEpochMilli(now.lastEventAt()).atZone(CentreTime.ZONE).toOffsetDateTime(),
                    lag, stale, alerts));
        }
        return out;
    }
}
