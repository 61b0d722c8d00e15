package vn.motcua.server.alert;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.motcua.client.CentreTime;
import vn.motcua.client.DeviceState;

/**
 * What the manager must send someone to: a kiosk's printer out of paper, its cover open, a device that stopped
 * answering, a help button pressed. A fault is listed until the device reports the part ONLINE again; a help
 * request until someone marks it handled.
 */
public final class DeviceAlerts {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm").withZone(CentreTime.ZONE);
    private static final Map<String, String[]> CODES = Map.ofEntries(
            Map.entry("PAPER_OUT", new String[] {"hết giấy", "out of paper"}),
            Map.entry("PAPER_LOW", new String[] {"sắp hết giấy", "paper low"}),
            Map.entry("COVER_OPEN", new String[] {"nắp đang mở", "cover open"}),
            Map.entry("NO_ANSWER", new String[] {"không phản hồi", "not answering"}),
            Map.entry("ERROR", new String[] {"báo lỗi", "reports an error"}),
            Map.entry("NO_READER", new String[] {"không được cắm", "not plugged in"}),
            Map.entry("NO_SERVICE", new String[] {"không có dịch vụ PC/SC (pcscd)", "has no PC/SC service (pcscd)"}),
            Map.entry("NOT_CONNECTED", new String[] {"mất kết nối (kiểm tra cáp)", "not connected (check the cable)"}),
            Map.entry("WRONG_MODE", new String[] {"đặt sai chế độ (cần chế độ USB-COM)", "in the wrong mode (set USB-COM)"}),
            Map.entry("PIN_FAULT", new String[] {"lỗi chân GPIO (kiểm tra dây nối)", "has a GPIO pin fault (check the wiring)"}));
    private static final Map<String, String[]> PARTS = Map.of(
            "printer", new String[] {"máy in", "printer"},
            "scanner", new String[] {"đầu đọc mã", "scanner"},
            "card-reader", new String[] {"đầu đọc thẻ chip", "chip card reader"},
            "gpio", new String[] {"nút trợ giúp và đèn báo", "help button and status light"});

    private final AlertStore alerts;

    public DeviceAlerts(AlertStore alerts) {
        this.alerts = alerts;
    }

    /**
     * A part's state as a device reported it: a fault raises (or repeats) its alert, ONLINE clears every fault
     * of that part. The same fault reported again is one more repeat of its episode.
     *
     * @return whether the live view changes
     */
    public boolean status(Connection c, long deviceId, String device, String part, DeviceState state, String code, long at)
            throws SQLException {
        String partKey = "device:" + deviceId + ":" + part + ":";
        if (state == DeviceState.ONLINE) {
            return alerts.resolvePrefix(c, partKey, at);
        }
        String[] p = PARTS.getOrDefault(part, new String[] {part, part});
        String[] what = CODES.getOrDefault(code, new String[] {code, code});
        String since = HH_MM.format(Instant.ofEpochMilli(at));
        boolean changed = alerts.resolveOthers(c, partKey, partKey + code, at);
        return alerts.report(c, "device", partKey + code, null,
                "Thiết bị " + device + ": " + p[0] + " " + what[0] + " (từ " + since + ")",
                "Device " + device + ": " + p[1] + " " + what[1] + " (since " + since + ")", at) || changed;
    }

    /** A citizen pressed the help button of {@code device}. */
    public boolean help(Connection c, long deviceId, String device, long at) throws SQLException {
        String when = HH_MM.format(Instant.ofEpochMilli(at));
        return alerts.report(c, "help", "help:" + deviceId, null,
                "Thiết bị " + device + ": công dân cần trợ giúp (" + when + ")",
                "Device " + device + ": a citizen asked for help (" + when + ")", at);
    }
}
