package vn.motcua.server.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.motcua.client.CentreTime;
import vn.motcua.server.storage.Sql;
import vn.motcua.server.ticket.ServiceDay;

/**
 * What the manager must send someone to: a kiosk's printer out of paper, its cover open, a device that
 * stopped answering, and help buttons pressed in the last quarter hour. A fault stays until the device
 * reports the part ONLINE again.
 */
final class DeviceAlerts {
    static final Duration HELP_WINDOW = Duration.ofMinutes(15);
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

    private DeviceAlerts() {
    }

    static List<LiveView.Alert> read(Connection c, long now) throws SQLException {
        List<LiveView.Alert> alerts = new ArrayList<>(Sql.list(c, "SELECT d.name, s.part, s.code, s.at FROM device_status s "
                + "JOIN device d ON d.id = s.device_id WHERE s.state <> 'ONLINE' AND d.revoked = 0 ORDER BY s.at",
                rs -> {
                    String device = rs.getString(1);
                    String[] part = PARTS.getOrDefault(rs.getString(2), new String[] {rs.getString(2), rs.getString(2)});
                    String code = rs.getString(3);
                    String[] what = CODES.getOrDefault(code, new String[] {code, code});
                    String since = HH_MM.format(Instant.ofEpochMilli(rs.getLong(4)));
                    return new LiveView.Alert("device", null,
                            "Thiết bị " + device + ": " + part[0] + " " + what[0] + " (từ " + since + ")",
                            "Device " + device + ": " + part[1] + " " + what[1] + " (since " + since + ")");
                }));
        alerts.addAll(Sql.list(c, "SELECT e.at, d.name FROM event e JOIN device d ON d.id = e.device_id "
                + "WHERE e.service_day = ? AND e.type = 'help.requested' AND e.at >= ? ORDER BY e.id", rs -> {
                    String at = HH_MM.format(Instant.ofEpochMilli(rs.getLong(1)));
                    return new LiveView.Alert("help", null, "Thiết bị " + rs.getString(2) + ": công dân cần trợ giúp (" + at + ")",
                            "Device " + rs.getString(2) + ": a citizen asked for help (" + at + ")");
                }, ServiceDay.of(now), now - HELP_WINDOW.toMillis()));
        return alerts;
    }
}
