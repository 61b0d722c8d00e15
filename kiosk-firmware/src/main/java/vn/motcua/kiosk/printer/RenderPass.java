package vn.motcua.kiosk.printer;

import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One rendering of one byte stream: the printer's state while it "prints". */
final class RenderPass {

    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int DLE = 0x10;
    private static final int LF = 0x0A;
    private static final int DEFAULT_LINE_SPACING = 30;
    private static final Charset CP1258 = Charset.forName("windows-1258");
    private static final Charset CP437 = Charset.forName("IBM437");

    private record Glyph(String text, int width, int height, boolean fontB, boolean underline, UserChar user) {
    }

    /** A character defined with ESC &: x columns of y bytes, most significant bit at the top. */
    private record UserChar(int bytesPerColumn, byte[] columns) {
        boolean dot(int x, int y) {
            int i = x * bytesPerColumn + y / 8;
            return i < columns.length && (columns[i] & (0x80 >> (y % 8))) != 0;
        }
    }

    private final byte[] data;
    private final PaperCanvas paper;
    private final Font cellFont;
    private final QrRaster qrRaster = new QrRaster();
    private final List<Glyph> line = new ArrayList<>();
    private int pos;

    private int align;
    private int widthMul;
    private int heightMul;
    private boolean fontB;
    private boolean underline;
    private int lineSpacing;
    private int codeTable;
    private int qrModule;
    private ErrorCorrectionLevel qrLevel;
    private byte[] qrData;
    private boolean userSet;
    private final Map<Integer, UserChar> userChars = new HashMap<>();

    RenderPass(byte[] data, PaperCanvas paper, Font cellFont) {
        this.data = data;
        this.paper = paper;
        this.cellFont = cellFont;
        reset();
    }

    BufferedImage run() {
        while (pos < data.length) {
            int b = u(pos);
            switch (b) {
                case ESC -> esc();
                case GS -> gs();
                case DLE -> dle();
                case LF -> {
                    pos++;
                    printLine(true);
                }
                case 0x0D, 0x09 -> pos++;
                default -> {
                    if (b < 0x20) {
                        throw unknown(1);
                    }
                    character(b);
                    pos++;
                }
            }
        }
        printLine(false);
        return paper.finish();
    }

    private void esc() {
        int cmd = arg(1);
        switch (cmd) {
            case '@' -> {
                printLine(false);
                reset();
                pos += 2;
            }
            case 'a' -> {
                align = arg(2) % 48;
                pos += 3;
            }
            case '!' -> {
                int n = arg(2);
                fontB = (n & 0x01) != 0;
                heightMul = (n & 0x10) != 0 ? 2 : 1;
                widthMul = (n & 0x20) != 0 ? 2 : 1;
                underline = (n & 0x80) != 0;
                pos += 3;
            }
            case 'M' -> {
                fontB = arg(2) % 48 == 1;
                pos += 3;
            }
            case '-' -> {
                underline = arg(2) % 48 != 0;
                pos += 3;
            }
            case 'E', 'G' -> pos += 3;
            case '2' -> {
                lineSpacing = DEFAULT_LINE_SPACING;
                pos += 2;
            }
            case '3' -> {
                lineSpacing = arg(2);
                pos += 3;
            }
            case 't' -> {
                codeTable = arg(2);
                pos += 3;
            }
            case '%' -> {
                userSet = (arg(2) & 1) != 0;
                pos += 3;
            }
            case '&' -> defineUserChars();
            case '?' -> {
                userChars.remove(userKey(arg(2)));
                pos += 3;
            }
            case 'd' -> {
                printLine(false);
                paper.advance(arg(2) * lineSpacing);
                pos += 3;
            }
            case 'J' -> {
                printLine(false);
                paper.advance(arg(2));
                pos += 3;
            }
            default -> throw unknown(2);
        }
    }

    private void gs() {
        int cmd = arg(1);
        switch (cmd) {
            case '!' -> {
                int n = arg(2);
                widthMul = (n >> 4) + 1;
                heightMul = (n & 0x0F) + 1;
                pos += 3;
            }
            case 'B' -> pos += 3;
            case 'V' -> {
                int m = arg(2);
                printLine(false);
                paper.cutMark();
                pos += m >= 65 ? 4 : 3;
            }
            case 'v' -> raster();
            case '(' -> {
                if (arg(2) != 'k') {
                    throw unknown(3);
                }
                qr();
            }
            default -> throw unknown(2);
        }
    }

    /** ESC & y c1 c2 [x d1..d(y*x)]...: y = 3 bytes a column, up to 12 columns (Font A) or 9 (Font B). */
    private void defineUserChars() {
        int y = arg(2);
        int c1 = arg(3);
        int c2 = arg(4);
        int maxX = fontB ? 9 : 12;
        if (y != 3 || c1 < 32 || c2 > 126 || c1 > c2) {
            throw new IllegalArgumentException(String.format(
                    "ESC & at offset %d out of range: y=%d (must be 3), c1=%d, c2=%d (32 <= c1 <= c2 <= 126)", pos, y, c1, c2));
        }
        int at = pos + 5;
        for (int code = c1; code <= c2; code++) {
            need(at + 1);
            int x = u(at);
            if (x > maxX) {
                throw new IllegalArgumentException(String.format(
                        "ESC & at offset %d: character 0x%02X is %d dots wide, the font allows %d", pos, code, x, maxX));
            }
            need(at + 1 + y * x);
            userChars.put(userKey(code), new UserChar(y, Arrays.copyOfRange(data, at + 1, at + 1 + y * x)));
            at += 1 + y * x;
        }
        pos = at;
    }

    /** Definitions are kept per font. */
    private int userKey(int code) {
        return (fontB ? 0x100 : 0) | code;
    }

    private void dle() {
        if (arg(1) != 0x04 || StatusQuery.of(arg(2)) == null) {
            throw unknown(3);
        }
        pos += 3;
    }

    private void raster() {
        if (arg(2) != '0') {
            throw unknown(3);
        }
        printLine(false);
        int mode = arg(3);
        int widthBytes = arg(4) | arg(5) << 8;
        int height = arg(6) | arg(7) << 8;
        int start = pos + 8;
        need(start + widthBytes * height);
        int sx = (mode & 1) != 0 ? 2 : 1;
        int sy = (mode & 2) != 0 ? 2 : 1;
        int x0 = left(widthBytes * 8 * sx);
        int y0 = paper.y();
        paper.advance(height * sy);
        for (int row = 0; row < height; row++) {
            for (int col = 0; col < widthBytes * 8; col++) {
                if ((data[start + row * widthBytes + col / 8] & (0x80 >> (col % 8))) != 0) {
                    for (int dy = 0; dy < sy; dy++) {
                        for (int dx = 0; dx < sx; dx++) {
                            paper.dot(x0 + col * sx + dx, y0 + row * sy + dy);
                        }
                    }
                }
            }
        }
        pos = start + widthBytes * height;
    }

    private void qr() {
        int length = arg(3) | arg(4) << 8;
        int body = pos + 5;
        need(body + length);
        int cn = u(body);
        int fn = length > 1 ? u(body + 1) : -1;
        if (cn == 49) {
            switch (fn) {
                case 67 -> qrModule = u(body + 2);
                case 69 -> qrLevel = level(u(body + 2));
                case 80 -> qrData = Arrays.copyOfRange(data, body + 3, body + length);
                case 81 -> printQr();
                default -> {
                    // model selection and size queries do not change the picture
                }
            }
        }
        pos = body + length;
    }

    private void printQr() {
        printLine(false);
        if (qrData == null) {
            throw new IllegalArgumentException("GS ( k print at offset " + pos + " without stored QR data");
        }
        BufferedImage qr = qrRaster.render(new String(qrData, StandardCharsets.UTF_8), qrModule, qrLevel);
        int x0 = left(qr.getWidth());
        int y0 = paper.y();
        paper.advance(qr.getHeight());
        for (int y = 0; y < qr.getHeight(); y++) {
            for (int x = 0; x < qr.getWidth(); x++) {
                if ((qr.getRGB(x, y) & 0xFFFFFF) == 0) {
                    paper.dot(x0 + x, y0 + y);
                }
            }
        }
    }

    private void character(int b) {
        UserChar user = userSet ? userChars.get(userKey(b)) : null;
        if (user != null) {
            add(new Glyph("", (fontB ? 9 : 12) * widthMul, (fontB ? 17 : 24) * heightMul, fontB, underline, user));
            return;
        }
        String ch = new String(new byte[] {(byte) b}, codeTable == EscPosEncoder.WPC1258 ? CP1258 : CP437);
        if (Character.getType(ch.charAt(0)) == Character.NON_SPACING_MARK && !line.isEmpty()) {
            Glyph last = line.remove(line.size() - 1);
            line.add(new Glyph(last.text() + ch, last.width(), last.height(), last.fontB(), last.underline(), last.user()));
            return;
        }
        add(new Glyph(ch, (fontB ? 9 : 12) * widthMul, (fontB ? 17 : 24) * heightMul, fontB, underline, null));
    }

    private void add(Glyph glyph) {
        if (lineWidth() + glyph.width() > paper.width()) {
            printLine(false);
        }
        line.add(glyph);
    }

    /** Prints the buffered line; an empty line feed still moves the paper. */
    private void printLine(boolean feed) {
        if (line.isEmpty()) {
            if (feed) {
                paper.advance(lineSpacing);
            }
            return;
        }
        int height = line.stream().mapToInt(Glyph::height).max().orElse(0);
        Graphics2D g = paper.graphics(Math.max(height, lineSpacing));
        try {
            int x = left(lineWidth());
            for (Glyph glyph : line) {
                drawGlyph(g, glyph, x, paper.y() + height - glyph.height());
                x += glyph.width();
            }
        } finally {
            g.dispose();
        }
        paper.advance(Math.max(height, lineSpacing));
        line.clear();
    }

    private void drawGlyph(Graphics2D g, Glyph glyph, int x, int top) {
        if (glyph.user() != null) {
            drawUserChar(g, glyph, x, top);
            return;
        }
        String text = Normalizer.normalize(glyph.text(), Normalizer.Form.NFC);
        int cellH = glyph.fontB() ? 17 : 24;
        int rows = glyph.height() / cellH;
        int cols = glyph.width() / (glyph.fontB() ? 9 : 12);
        Font sized = cellFont.deriveFont(cellH * 0.78f * rows);
        FontMetrics fm = g.getFontMetrics(sized);
        int advance = Math.max(1, fm.stringWidth(text));
        double scaleX = Math.min(1.0, glyph.width() * 0.92 / advance);
        g.setFont(sized.deriveFont(AffineTransform.getScaleInstance(scaleX, 1.0)));
        int drawn = (int) Math.round(advance * scaleX);
        g.drawString(text, x + (glyph.width() - drawn) / 2, top + Math.round(glyph.height() * 0.8f));
        if (glyph.underline()) {
            g.fillRect(x, top + glyph.height() - 2, glyph.width(), Math.max(1, rows));
        }
        if (cols == 0) {
            throw new IllegalStateException("zero-width glyph");
        }
    }

    /** Each defined dot becomes a widthMul × heightMul block, as the printer magnifies it. */
    private void drawUserChar(Graphics2D g, Glyph glyph, int x, int top) {
        int cellW = glyph.fontB() ? 9 : 12;
        int cellH = glyph.fontB() ? 17 : 24;
        int sx = glyph.width() / cellW;
        int sy = glyph.height() / cellH;
        for (int col = 0; col < cellW; col++) {
            for (int row = 0; row < cellH; row++) {
                if (glyph.user().dot(col, row)) {
                    g.fillRect(x + col * sx, top + row * sy, sx, sy);
                }
            }
        }
        if (glyph.underline()) {
            g.fillRect(x, top + glyph.height() - 2, glyph.width(), Math.max(1, sy));
        }
    }

    private int lineWidth() {
        return line.stream().mapToInt(Glyph::width).sum();
    }

    private int left(int contentWidth) {
        return switch (align) {
            case 1 -> (paper.width() - contentWidth) / 2;
            case 2 -> paper.width() - contentWidth;
            default -> 0;
        };
    }

    private void reset() {
        align = 0;
        widthMul = 1;
        heightMul = 1;
        fontB = false;
        underline = false;
        lineSpacing = DEFAULT_LINE_SPACING;
        codeTable = 0;
        qrModule = 3;
        qrLevel = ErrorCorrectionLevel.L;
        qrData = null;
        userSet = false;
        userChars.clear();
    }

    private static ErrorCorrectionLevel level(int n) {
        return switch (n) {
            case 49 -> ErrorCorrectionLevel.M;
            case 50 -> ErrorCorrectionLevel.Q;
            case 51 -> ErrorCorrectionLevel.H;
            default -> ErrorCorrectionLevel.L;
        };
    }

    private int arg(int offset) {
        need(pos + offset + 1);
        return u(pos + offset);
    }

    private void need(int end) {
        if (end > data.length) {
            throw new IllegalArgumentException("ESC/POS data ends inside the command at offset " + pos);
        }
    }

    private int u(int index) {
        return data[index] & 0xFF;
    }

    private IllegalArgumentException unknown(int length) {
        StringBuilder hex = new StringBuilder();
        for (int i = pos; i < Math.min(data.length, pos + length); i++) {
            hex.append(String.format("%02X ", data[i]));
        }
        return new IllegalArgumentException("unknown ESC/POS command " + hex.toString().trim() + " at offset " + pos);
    }
}
