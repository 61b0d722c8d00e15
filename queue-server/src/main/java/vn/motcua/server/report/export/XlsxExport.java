package vn.motcua.server.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.server.report.Group;
import vn.motcua.server.report.Summary;

/** Excel workbook: an overview sheet, one sheet per breakdown, productivity and the wait distribution. */
public final class XlsxExport {
    private record Styles(CellStyle header, CellStyle minutes, CellStyle share, CellStyle title) {
    }

    public byte[] render(Summary s) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles st = styles(wb);
            overview(wb, st, s);
            for (Columns.Breakdown b : Columns.breakdowns(s)) {
                if (b.code().equals("all")) {
                    continue;
                }
                Sheet sheet = wb.createSheet(b.vi());
                header(sheet, st, Columns.GROUP.stream().map(Columns.Column::header).toList());
                int r = 1;
                for (Group g : b.groups()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < Columns.GROUP.size(); i++) {
                        Columns.Column c = Columns.GROUP.get(i);
                        set(row, i, c.value().apply(g), c.kind(), st);
                    }
                }
                finish(sheet, Columns.GROUP.size());
            }
            productivity(wb, st, s.productivity());
            distribution(wb, st, s);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the Excel report", e);
        }
    }

    private static Styles styles(XSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        CellStyle minutes = wb.createCellStyle();
        minutes.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        CellStyle share = wb.createCellStyle();
        share.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        CellStyle title = wb.createCellStyle();
        title.setFont(big);
        return new Styles(header, minutes, share, title);
    }

    private static void overview(XSSFWorkbook wb, Styles st, Summary s) {
        Sheet sheet = wb.createSheet("Tổng hợp");
        Row t = sheet.createRow(0);
        t.createCell(0).setCellValue("Báo cáo thời gian chờ, xử lý và mức độ hài lòng / Wait, processing and satisfaction report");
        t.getCell(0).setCellStyle(st.title());
        Object[][] rows = {
                {"Trung tâm / Centre", s.centreName(), Columns.Kind.TEXT},
                {"Từ ngày / From", s.from(), Columns.Kind.TEXT},
                {"Đến ngày / To", s.to(), Columns.Kind.TEXT},
                {"Số lượt / Visits", s.visits(), Columns.Kind.COUNT},
                {"Chờ TB (phút) / Mean wait (min)", s.waiting().mean(), Columns.Kind.MINUTES},
                {"Chờ trung vị / Median wait", s.waiting().median(), Columns.Kind.MINUTES},
                {"Chờ P90 / P90 wait", s.waiting().p90(), Columns.Kind.MINUTES},
                {"Chờ lâu nhất / Max wait", s.waiting().max(), Columns.Kind.MINUTES},
                {"Chờ đạt mục tiêu " + s.targets().waitMinutes() + " phút / Wait within target", s.waiting().withinTargetShare(),
                        Columns.Kind.SHARE},
                {"Xử lý TB (phút) / Mean processing (min)", s.processing().mean(), Columns.Kind.MINUTES},
                {"Xử lý đạt mục tiêu " + s.targets().processingMinutes() + " phút / Processing within target",
                        s.processing().withinTargetShare(), Columns.Kind.SHARE},
                {"Tỷ lệ vắng mặt / No-show rate", s.noShowRate(), Columns.Kind.SHARE},
                {"Tỷ lệ huỷ / Cancel rate", s.cancelRate(), Columns.Kind.SHARE},
                {"Còn chờ khi hết giờ / Waiting at close", s.stillWaitingAtClose(), Columns.Kind.COUNT},
                {"Hồ sơ tiếp nhận / Dossiers received", s.received(), Columns.Kind.COUNT},
                {"Lượt đánh giá / Ratings", s.satisfaction().ratings(), Columns.Kind.COUNT},
                {"Tỷ lệ hài lòng / Satisfaction", s.satisfaction().rate(), Columns.Kind.SHARE},
                {"Mục tiêu hài lòng / Satisfaction target", s.targets().satisfaction(), Columns.Kind.SHARE},
                {"Lịch hẹn đã gọi / Appointments called", s.appointmentWait().waiting().count(), Columns.Kind.COUNT},
                {"Lịch hẹn: chờ TB sau giờ hẹn (phút) / Appointments: mean wait after the slot (min)",
                        s.appointmentWait().waiting().mean(), Columns.Kind.MINUTES},
                {"Lịch hẹn: chờ P90 / Appointments: P90 wait", s.appointmentWait().waiting().p90(), Columns.Kind.MINUTES},
                {"Lịch hẹn: gọi trong " + s.appointmentWait().onTimeMinutes() + " phút sau giờ hẹn / Appointments called within "
                        + s.appointmentWait().onTimeMinutes() + " min of the slot", s.appointmentWait().onTimeShare(), Columns.Kind.SHARE},
                {"Lịch hẹn: chờ đạt mục tiêu / Appointments: wait within target", s.appointmentWait().waiting().withinTargetShare(),
                        Columns.Kind.SHARE},
                {"Lịch hẹn đã đặt / Appointments booked", s.appointments() == null ? null : s.appointments().booked(),
                        Columns.Kind.COUNT},
                {"Lịch hẹn vắng mặt / Appointment no-show rate", s.appointments() == null ? null : s.appointments().noShowRate(),
                        Columns.Kind.SHARE},
        };
        int r = 2;
        for (Object[] row : rows) {
            Row x = sheet.createRow(r++);
            x.createCell(0).setCellValue((String) row[0]);
            set(x, 1, row[1], (Columns.Kind) row[2], st);
        }
        r++;
        sheet.createRow(r++).createCell(0).setCellValue("Quy tắc gọi ưu tiên / Priority rule");
        for (String line : s.priorityRule()) {
            sheet.createRow(r++).createCell(0).setCellValue(line);
        }
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 40 * 256);
    }

    private static void productivity(XSSFWorkbook wb, Styles st, Summary.Productivity p) {
        Sheet sheet = wb.createSheet("Năng suất");
        header(sheet, st, List.of("Mã cán bộ / Officer id", "Tài khoản / Username", "Họ tên / Name",
                "Hồ sơ tiếp nhận / Received", "Ngày làm việc / Working days", "Hồ sơ mỗi ngày / Per working day",
                "Quy đổi năm / Annualised", "Định mức năm / Yearly norm", "Đạt định mức / Share of norm"));
        int r = 1;
        for (Summary.OfficerProductivity o : p.officers()) {
            Row row = sheet.createRow(r++);
            set(row, 0, o.officerId(), Columns.Kind.COUNT, st);
            set(row, 1, o.username(), Columns.Kind.TEXT, st);
            set(row, 2, o.displayName(), Columns.Kind.TEXT, st);
            set(row, 3, o.received(), Columns.Kind.COUNT, st);
            set(row, 4, o.workingDays(), Columns.Kind.COUNT, st);
            set(row, 5, o.perWorkingDay(), Columns.Kind.MINUTES, st);
            set(row, 6, o.annualised(), Columns.Kind.MINUTES, st);
            set(row, 7, p.normPerYear(), Columns.Kind.COUNT, st);
            set(row, 8, o.normShare(), Columns.Kind.SHARE, st);
        }
        r++;
        sheet.createRow(r++).createCell(0).setCellValue("Cấp trung tâm / Centre level: " + p.centreLevelVi() + " / "
                + p.centreLevelEn() + " — " + p.normPerYear() + " hồ sơ/cán bộ/năm; " + p.workingDaysPerYear()
                + " ngày làm việc/năm / working days per year");
        finish(sheet, 9);
    }

    private static void distribution(XSSFWorkbook wb, Styles st, Summary s) {
        Sheet sheet = wb.createSheet("Phân bố thời gian chờ");
        header(sheet, st, List.of("Từ (phút) / From (min)", "Đến (phút) / To (min)", "Số lượt / Visits"));
        int r = 1;
        for (Summary.Bin b : s.waitDistribution()) {
            Row row = sheet.createRow(r++);
            set(row, 0, b.fromMinutes(), Columns.Kind.COUNT, st);
            set(row, 1, b.toMinutes(), Columns.Kind.COUNT, st);
            set(row, 2, b.visits(), Columns.Kind.COUNT, st);
        }
        finish(sheet, 3);
    }

    private static void header(Sheet sheet, Styles st, List<String> names) {
        Row h = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            h.createCell(i).setCellValue(names.get(i));
            h.getCell(i).setCellStyle(st.header());
        }
    }

    private static void finish(Sheet sheet, int columns) {
        sheet.createFreezePane(0, 1);
        for (int i = 0; i < columns; i++) {
            sheet.setColumnWidth(i, (i == 1 ? 28 : 16) * 256);
        }
    }

    private static void set(Row row, int column, Object value, Columns.Kind kind, Styles st) {
        if (value == null) {
            return;
        }
        var cell = row.createCell(column);
        if (value instanceof Number n && kind != Columns.Kind.TEXT) {
            cell.setCellValue(n.doubleValue());
            if (kind == Columns.Kind.MINUTES) {
                cell.setCellStyle(st.minutes());
            } else if (kind == Columns.Kind.SHARE) {
                cell.setCellStyle(st.share());
            }
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
