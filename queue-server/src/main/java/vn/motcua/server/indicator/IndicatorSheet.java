package vn.motcua.server.indicator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.motcua.client.indicator.Indicator;
import vn.motcua.client.indicator.IndicatorReport;
import vn.motcua.client.indicator.ProvincialIndicator;

/**
 * The indicator report as one Excel sheet: each indicator with its formula in words, the counts, the value, the
 * target and whether it was met; below, what only the provincial system can compute. Vietnamese first.
 */
public final class IndicatorSheet {
    static final String SHEET = "Chỉ số 766";
    static final int HEADER_ROW = 5;
    static final String[] HEADERS = {"Nhóm / Group", "Chỉ số / Indicator", "Công thức / Formula", "Tử số / Numerator",
        "Mẫu số / Denominator", "Giá trị / Value", "So với mục tiêu / Comparison", "Mục tiêu / Target", "Đạt / Met"};

    public byte[] render(IndicatorReport r) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setWrapText(true);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            CellStyle share = wb.createCellStyle();
            share.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
            Sheet s = wb.createSheet(SHEET);
            text(s.createRow(0), 0, "Chỉ số phục vụ người dân, doanh nghiệp trung tâm tự tính / Service indicators the centre computes", head);
            Row centre = s.createRow(1);
            text(centre, 0, "Trung tâm / Centre", null);
            text(centre, 1, r.centreName(), null);
            Row period = s.createRow(2);
            text(period, 0, "Kỳ (hồ sơ tiếp nhận) / Period (dossiers received)", null);
            text(period, 1, r.from() + " – " + r.to(), null);
            Row asOf = s.createRow(3);
            text(asOf, 0, "Số liệu đến / Data as of", null);
            text(asOf, 1, r.asOf().toString(), null);
            text(s.createRow(4), 0, "Căn cứ / Source: " + r.source(), null);
            Row h = s.createRow(HEADER_ROW);
            for (int i = 0; i < HEADERS.length; i++) {
                text(h, i, HEADERS[i], head);
            }
            int n = HEADER_ROW + 1;
            for (Indicator i : r.indicators()) {
                Row row = s.createRow(n++);
                text(row, 0, i.groupVi() + " / " + i.groupEn(), wrap);
                text(row, 1, i.nameVi() + " / " + i.nameEn(), wrap);
                text(row, 2, i.formulaVi() + "\n" + i.formulaEn(), wrap);
                row.createCell(3).setCellValue(i.numerator());
                row.createCell(4).setCellValue(i.denominator());
                if (i.value() != null) {
                    row.createCell(5).setCellValue(i.value());
                    row.getCell(5).setCellStyle(share);
                } else {
                    text(row, 5, "Không có dữ liệu / No data", null);
                }
                text(row, 6, i.higherIsBetter() ? "≥" : "≤", null);
                row.createCell(7).setCellValue(i.target());
                row.getCell(7).setCellStyle(share);
                text(row, 8, met(i.met()), null);
            }
            n++;
            Row p = s.createRow(n++);
            text(p, 0, "Cần hệ thống của tỉnh / Needs the provincial system", head);
            text(p, 1, "Chỉ số / Indicator", head);
            text(p, 2, "Lý do / Why", head);
            for (ProvincialIndicator i : r.provincial()) {
                Row row = s.createRow(n++);
                text(row, 0, i.groupVi() + " / " + i.groupEn(), wrap);
                text(row, 1, i.nameVi() + " / " + i.nameEn(), wrap);
                text(row, 2, i.whyVi() + "\n" + i.whyEn(), wrap);
            }
            int[] widths = {28, 44, 70, 11, 11, 12, 10, 12, 16};
            for (int i = 0; i < widths.length; i++) {
                s.setColumnWidth(i, widths[i] * 256);
            }
            s.createFreezePane(0, HEADER_ROW + 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the indicator workbook", e);
        }
    }

    static String met(Boolean met) {
        return met == null ? "Không có dữ liệu / No data" : met ? "Đạt / Met" : "Chưa đạt / Not met";
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
