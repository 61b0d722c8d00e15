package vn.motcua.server.report.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import vn.motcua.server.report.Group;
import vn.motcua.server.report.Summary;

/**
 * The one-page summary (monthly by default) with its targets. The fonts are embedded DejaVu Sans: PDF's
 * built-in fonts have no Vietnamese letters, and a font taken from the host would differ per machine.
 */
public final class PdfExport {
    private static final Color HEAD = new Color(0xE3, 0xEA, 0xF5);
    private static final Color BAD = new Color(0xB0, 0x00, 0x20);
    private static final Color GOOD = new Color(0x1B, 0x6E, 0x20);
    private final byte[] regular = font("/report/fonts/DejaVuSans.ttf");
    private final byte[] bold = font("/report/fonts/DejaVuSans-Bold.ttf");

    public byte[] render(Summary s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 32, 32, 28, 28);
        try {
            BaseFont base = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, regular, null);
            BaseFont baseBold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bold, null);
            Font title = new Font(baseBold, 13);
            Font h = new Font(baseBold, 9.5f);
            Font f = new Font(base, 8);
            Font fb = new Font(baseBold, 8);
            Font small = new Font(base, 7, Font.NORMAL, Color.DARK_GRAY);
            PdfWriter.getInstance(doc, out);
            doc.addTitle("Báo cáo một cửa " + s.from() + " – " + s.to());
            doc.addCreator("motcua queue-server");
            doc.open();

            Paragraph t = new Paragraph("BÁO CÁO TỔNG HỢP BỘ PHẬN MỘT CỬA", title);
            t.setAlignment(Element.ALIGN_CENTER);
            doc.add(t);
            Paragraph sub = new Paragraph(s.centreName() + " · Từ ngày " + vnDate(s.from()) + " đến ngày " + vnDate(s.to())
                    + "\nOne-stop centre summary, " + s.from() + " to " + s.to(), f);
            sub.setAlignment(Element.ALIGN_CENTER);
            sub.setSpacingAfter(8);
            doc.add(sub);

            doc.add(heading("1. Chỉ tiêu chính / Key figures", h));
            PdfPTable key = table(new float[] {4.2f, 2.2f, 2.6f, 1.4f});
            headerRow(key, fb, "Chỉ tiêu / Indicator", "Kết quả / Result", "Mục tiêu / Target", "Đạt / Met");
            row(key, f, "Số lượt khách / Visits", count(s.visits()), "", null);
            row(key, f, "Thời gian chờ TB · trung vị · P90 · lâu nhất (phút) / Wait mean · median · p90 · max (min)",
                    min(s.waiting().mean()) + " · " + min(s.waiting().median()) + " · " + min(s.waiting().p90()) + " · "
                            + min(s.waiting().max()), "TB ≤ " + s.targets().waitMinutes() + " phút / mean ≤ min",
                    s.waiting().mean() == null ? null : s.waiting().mean() <= s.targets().waitMinutes());
            row(key, f, "Tỷ lệ chờ trong mục tiêu / Wait within target", pct(s.waiting().withinTargetShare()),
                    "100 % ≤ " + s.targets().waitMinutes() + " phút (theo dịch vụ)", met(s.waiting().withinTargetShare()));
            row(key, f, "Thời gian xử lý TB · trung vị · P90 · lâu nhất (phút) / Processing (min)",
                    min(s.processing().mean()) + " · " + min(s.processing().median()) + " · " + min(s.processing().p90())
                            + " · " + min(s.processing().max()), "TB ≤ " + s.targets().processingMinutes() + " phút / mean ≤ min",
                    s.processing().mean() == null ? null : s.processing().mean() <= s.targets().processingMinutes());
            row(key, f, "Tỷ lệ xử lý trong mục tiêu / Processing within target", pct(s.processing().withinTargetShare()),
                    "100 % ≤ " + s.targets().processingMinutes() + " phút (theo dịch vụ)", met(s.processing().withinTargetShare()));
            row(key, f, "Tỷ lệ hài lòng (" + count(s.satisfaction().ratings()) + " lượt đánh giá) / Satisfaction",
                    pct(s.satisfaction().rate()), "≥ " + pct(s.targets().satisfaction()),
                    s.satisfaction().rate() == null ? null : s.satisfaction().rate() >= s.targets().satisfaction());
            row(key, f, "Tỷ lệ vắng mặt · huỷ / No-show · cancel rate", pct(s.noShowRate()) + " · " + pct(s.cancelRate()), "", null);
            row(key, f, "Còn chờ khi hết giờ / Still waiting at close", count(s.stillWaitingAtClose()), "0",
                    s.stillWaitingAtClose() == 0);
            row(key, f, "Hồ sơ tiếp nhận / Dossiers received", count(s.received()), "", null);
            doc.add(key);

            doc.add(heading("2. Theo dịch vụ / By service", h));
            PdfPTable svc = table(new float[] {3.2f, 1.1f, 1.3f, 1.3f, 1.5f, 1.3f, 1.5f, 1.4f});
            headerRow(svc, fb, "Dịch vụ / Service", "Lượt", "Chờ TB", "Chờ P90", "Chờ đạt MT", "Xử lý TB", "Xử lý đạt MT",
                    "Hài lòng");
            for (Group g : s.byService()) {
                cells(svc, f, g.nameVi(), count(g.visits()), min(g.waiting().mean()), min(g.waiting().p90()),
                        pct(g.waiting().withinTargetShare()), min(g.processing().mean()), pct(g.processing().withinTargetShare()),
                        pct(g.satisfaction().rate()));
            }
            doc.add(svc);

            Summary.Productivity p = s.productivity();
            doc.add(heading("3. Năng suất cán bộ / Officer productivity — định mức " + count(p.normPerYear())
                    + " hồ sơ/năm (" + p.centreLevelVi() + "), " + p.workingDaysPerYear() + " ngày làm việc/năm", h));
            PdfPTable prod = table(new float[] {3.2f, 1.4f, 1.4f, 1.6f, 1.6f, 1.4f, 1.4f});
            headerRow(prod, fb, "Cán bộ / Officer", "Hồ sơ nhận", "Ngày làm", "Hồ sơ/ngày", "Quy đổi năm", "Đạt định mức",
                    "Hài lòng");
            for (Summary.OfficerProductivity o : p.officers()) {
                Group byOfficer = s.byOfficer().stream().filter(g -> g.key().equals(String.valueOf(o.officerId()))).findFirst()
                        .orElse(null);
                cells(prod, f, (o.displayName() == null ? o.username() : o.displayName()) + " (" + o.username() + ")",
                        count(o.received()), count(o.workingDays()), num(o.perWorkingDay()), num(o.annualised()),
                        pct(o.normShare()), byOfficer == null ? "–" : pct(byOfficer.satisfaction().rate()));
            }
            doc.add(prod);

            doc.add(heading("4. Quy tắc gọi ưu tiên đang áp dụng / Priority rule in force", h));
            for (String line : s.priorityRule()) {
                doc.add(new Paragraph("• " + line, small));
            }
            Paragraph foot = new Paragraph("Số liệu tính từ nhật ký sự kiện của hệ thống xếp hàng; thời gian chờ = lần gọi đầu − "
                    + "lấy số; thời gian xử lý = tổng các đoạn phục vụ. Lập lúc " + s.generatedAt().toLocalDateTime()
                    .withNano(0).toString().replace('T', ' ') + " (giờ Việt Nam).", small);
            foot.setSpacingBefore(6);
            doc.add(foot);
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF report", e);
        }
        return out.toByteArray();
    }

    private static Paragraph heading(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(8);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        return t;
    }

    private static void headerRow(PdfPTable t, Font font, String... names) {
        for (String n : names) {
            PdfPCell c = new PdfPCell(new Phrase(n, font));
            c.setBackgroundColor(HEAD);
            c.setPadding(3);
            t.addCell(c);
        }
    }

    private static void cells(PdfPTable t, Font font, String... values) {
        for (int i = 0; i < values.length; i++) {
            PdfPCell c = new PdfPCell(new Phrase(values[i], font));
            c.setPadding(2.5f);
            if (i > 0) {
                c.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            t.addCell(c);
        }
    }

    private static void row(PdfPTable t, Font font, String name, String value, String target, Boolean met) {
        cells(t, font, name, value, target);
        Font mark = new Font(font.getBaseFont(), font.getSize(), Font.NORMAL, met == null ? Color.BLACK : met ? GOOD : BAD);
        PdfPCell c = new PdfPCell(new Phrase(met == null ? "" : met ? "Đạt" : "Chưa đạt", mark));
        c.setPadding(2.5f);
        t.addCell(c);
    }

    private static String vnDate(String iso) {
        String[] p = iso.split("-");
        return p[2] + "/" + p[1] + "/" + p[0];
    }

    /** The target is every visit within it (the 15-minute wait, the 30-minute processing). */
    private static Boolean met(Double share) {
        return share == null ? null : share >= 1.0;
    }

    /** Vietnamese decimals, as the dashboard writes them: 0,2 and 1 234,5. */
    static String min(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f", v).replace('.', ',');
    }

    static String num(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%,.1f", v).replace(',', ' ').replace('.', ',');
    }

    static String pct(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%.1f %%", v * 100).replace('.', ',');
    }

    static String count(int v) {
        return String.format(Locale.ROOT, "%,d", v).replace(',', '.');
    }

    private static byte[] font(String resource) {
        try (InputStream in = PdfExport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
