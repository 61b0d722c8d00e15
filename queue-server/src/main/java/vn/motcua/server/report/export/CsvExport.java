package vn.motcua.server.report.export;

import java.nio.charset.StandardCharsets;
import vn.motcua.server.report.Group;
import vn.motcua.server.report.Summary;

/**
 * One CSV table of every breakdown (RFC 4180, UTF-8 with a byte-order mark so Excel shows the Vietnamese
 * correctly). Shares are fractions (0.9375), durations minutes.
 */
public final class CsvExport {
    public byte[] render(Summary s) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(cell("Nhóm báo cáo / Breakdown"));
        for (Columns.Column c : Columns.GROUP) {
            out.append(',').append(cell(c.header()));
        }
        out.append("\r\n");
        for (Columns.Breakdown b : Columns.breakdowns(s)) {
            for (Group g : b.groups()) {
                out.append(cell(b.code()));
                for (Columns.Column c : Columns.GROUP) {
                    Object v = c.value().apply(g);
                    out.append(',').append(v == null ? "" : cell(v.toString()));
                }
                out.append("\r\n");
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Quotes when needed; a leading = + - @ is neutralised so a spreadsheet never runs a cell as a formula. */
    public static String cell(String v) {
        String s = v;
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+(\\.\\d+)?")) {
            s = "'" + s;
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
