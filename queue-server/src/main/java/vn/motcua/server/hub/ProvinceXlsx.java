package vn.motcua.server.hub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The province table as an Excel workbook: one row per centre and the province total, shares as percentages. */
final class ProvinceXlsx {
    private static final String[] HEADERS = {"Mã / Code", "Trung tâm / Centre", "Cấp / Level", "Định mức/năm / Norm per year",
        "Lượt khách / Visits", "Chờ ≤ mục tiêu / Waited within target", "Xử lý ≤ mục tiêu / Processed within target",
        "Hài lòng / Satisfied", "Lượt đánh giá / Ratings", "Hồ sơ tiếp nhận / Dossiers received", "Ngày công / Officer-days",
        "Năng suất so định mức / Productivity vs norm", "Hồ sơ có kết quả / Dossiers finished", "Đúng hạn / On time",
        "Tỉ lệ đúng hạn / On-time share"};

    private ProvinceXlsx() {
    }

    static byte[] render(ProvinceTable.Table table) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle share = wb.createCellStyle();
            share.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            CellStyle total = wb.createCellStyle();
            total.setFont(bold);
            Sheet sheet = wb.createSheet("Toàn tỉnh");
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Bảng tổng hợp toàn tỉnh / Province table " + table.from() + " – " + table.to());
            title.getCell(0).setCellStyle(total);
            Row head = sheet.createRow(2);
            for (int i = 0; i < HEADERS.length; i++) {
                head.createCell(i).setCellValue(HEADERS[i]);
                head.getCell(i).setCellStyle(header);
            }
            int r = 3;
            for (ProvinceTable.Row row : table.centres()) {
                write(sheet.createRow(r++), row, share);
            }
            Row sum = sheet.createRow(r);
            write(sum, table.province(), share);
            sum.getCell(1).setCellStyle(total);
            for (int i = 0; i < HEADERS.length; i++) {
                sheet.setColumnWidth(i, i == 1 ? 40 * 256 : 16 * 256);
            }
            sheet.createFreezePane(2, 3);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the province workbook", e);
        }
    }

    private static void write(Row x, ProvinceTable.Row row, CellStyle share) {
        List<Object> values = java.util.Arrays.asList(row.code(), row.name(), row.level(), row.normPerYear(), row.visits(),
                row.waitWithinShare(), row.processingWithinShare(), row.satisfaction(), row.ratings(), row.received(),
                row.officerDays(), row.normShare(), row.dossiersFinished(), row.dossiersOnTime(), row.dossiersOnTimeShare());
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) {
                x.createCell(i).setBlank();
            } else if (v instanceof Number n) {
                x.createCell(i).setCellValue(n.doubleValue());
                if (v instanceof Double) {
                    x.getCell(i).setCellStyle(share);
                }
            } else {
                x.createCell(i).setCellValue(v.toString());
            }
        }
    }
}
