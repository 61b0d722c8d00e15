package vn.motcua.server.report.export;

import vn.motcua.client.CentreTime;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.motcua.server.storage.Sql;

/**
 * One row per visit (the ticket issued at the kiosk with its transfers): the raw data from which a province or
 * an auditor recomputes the figures, including the wait the visitor was told at issue. No personal data: a
 * visit is its ticket number; the officer is an id.
 */
public final class VisitExport {
    static final String[] HEADERS = {"Mã lượt / Visit id", "Ngày / Day", "Số / Number", "Dịch vụ / Service",
        "Đối tượng / Category", "Đến / Arrival", "Gọi lần đầu / First call", "Bắt đầu / Start", "Kết thúc / Finish",
        "Quầy / Counter", "Cán bộ (id) / Officer id", "Trạng thái cuối / Last state", "Kết quả / Outcome",
        "Đánh giá / Rating", "Chờ dự kiến khi cấp số (phút) / Estimate at issue (min)", "Khoảng dự kiến thấp / Range low",
        "Khoảng dự kiến cao / Range high", "Ước tính đơn giản / Naive estimate", "Chờ thực tế (phút) / Actual wait (min)",
        "Xử lý (phút) / Processing (min)"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public List<String[]> rows(Connection c, LocalDate from, LocalDate to) throws SQLException {
        String visit = "(t.id = v.id OR t.origin_ticket_id = v.id)";
        return Sql.list(c, "SELECT v.id, v.service_day, v.number, v.service_code, v.category, v.arrived_at, "
                + "(SELECT MIN(e.at) FROM event e JOIN ticket t ON t.id = e.ticket_id WHERE e.type = 'ticket.called' AND " + visit + "), "
                + "(SELECT MIN(e.at) FROM event e JOIN ticket t ON t.id = e.ticket_id WHERE e.type = 'ticket.started' AND " + visit + "), "
                + "(SELECT MAX(e.at) FROM event e JOIN ticket t ON t.id = e.ticket_id WHERE e.type = 'ticket.finished' AND " + visit + "), "
                + "(SELECT e.counter_number FROM event e JOIN ticket t ON t.id = e.ticket_id WHERE e.type = 'ticket.called' AND "
                + visit + " ORDER BY e.id LIMIT 1), "
                + "(SELECT e.officer_id FROM event e JOIN ticket t ON t.id = e.ticket_id WHERE e.type = 'ticket.called' AND "
                + visit + " ORDER BY e.id LIMIT 1), "
                + "(SELECT t.state FROM ticket t WHERE " + visit + " ORDER BY t.id DESC LIMIT 1), "
                + "(SELECT e.detail FROM event e JOIN ticket t ON t.id = e.ticket_id WHERE e.type = 'ticket.finished' AND "
                + visit + " ORDER BY e.id DESC LIMIT 1), "
                + "(SELECT r.score FROM rating r JOIN ticket t ON t.id = r.ticket_id WHERE " + visit + " LIMIT 1), "
                + "w.minutes, w.low_minutes, w.high_minutes, w.naive_minutes, "
                // serving segments: each ticket of the visit from its start to its finish or transfer
                + "(SELECT SUM((SELECT MAX(e.at) FROM event e WHERE e.ticket_id = t.id AND e.type IN ('ticket.finished', "
                + "'ticket.transferred')) - (SELECT MIN(e.at) FROM event e WHERE e.ticket_id = t.id AND e.type = 'ticket.started')) "
                + "FROM ticket t WHERE " + visit + ") "
                + "FROM ticket v LEFT JOIN wait_estimate w ON w.ticket_id = v.id "
                + "WHERE v.origin_ticket_id IS NULL AND v.service_day BETWEEN ? AND ? ORDER BY v.arrived_at, v.id", rs -> {
                    String[] r = new String[HEADERS.length];
                    r[0] = String.valueOf(rs.getLong(1));
                    r[1] = rs.getString(2);
                    r[2] = rs.getString(3);
                    r[3] = rs.getString(4);
                    r[4] = rs.getString(5);
                    long arrival = rs.getLong(6);
                    r[5] = time(arrival);
                    Long call = nullableLong(rs, 7);
                    r[6] = call == null ? "" : time(call);
                    Long start = nullableLong(rs, 8);
                    r[7] = start == null ? "" : time(start);
                    Long end = nullableLong(rs, 9);
                    r[8] = end == null ? "" : time(end);
                    for (int i = 10; i <= 18; i++) {
                        Object o = rs.getObject(i);
                        r[i - 1] = o == null ? "" : o.toString();
                    }
                    r[18] = call == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", (call - arrival) / 60_000.0);
                    Long serving = nullableLong(rs, 19);
                    r[19] = serving == null ? "" : String.format(java.util.Locale.ROOT, "%.2f", serving / 60_000.0);
                    return r;
                }, from.toString(), to.toString());
    }

    /** SQLite JDBC refuses getObject(i, Long.class) on NULL, which a visit never called has. */
    private static Long nullableLong(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    public byte[] csv(List<String[]> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        List<String[]> all = new ArrayList<>();
        all.add(HEADERS);
        all.addAll(rows);
        for (String[] r : all) {
            for (int i = 0; i < r.length; i++) {
                out.append(i == 0 ? "" : ",").append(CsvExport.cell(r[i]));
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Streamed, so a year of visits does not sit in memory as cells; numbers stay numbers. */
    public byte[] xlsx(List<String[]> rows) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Lượt khách - Visits");
            Row head = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                head.createCell(i).setCellValue(HEADERS[i]);
            }
            int n = 1;
            for (String[] r : rows) {
                Row row = sheet.createRow(n++);
                for (int i = 0; i < r.length; i++) {
                    boolean numeric = (i == 0 || i >= 9 && i != 11 && i != 12 && i != 13) && !r[i].isEmpty();
                    if (numeric) {
                        row.createCell(i).setCellValue(Double.parseDouble(r[i]));
                    } else {
                        row.createCell(i).setCellValue(r[i]);
                    }
                }
            }
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the visits workbook", e);
        }
    }

    private static String time(long at) {
        return Instant.ofEpochMilli(at).atZone(CentreTime.ZONE).format(TIME);
    }
}
