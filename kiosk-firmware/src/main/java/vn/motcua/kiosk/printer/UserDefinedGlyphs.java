package vn.motcua.kiosk.printer;

import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Text mode "udc": a line goes out in the printer's own font, and each character the printer lacks
 * (Vietnamese letters with marks, the en dash) is defined once per document as a user-defined
 * character (ESC & 3 c1 c2 ...) and printed between ESC % 1 and ESC % 0. Switching the set around each
 * run keeps ASCII on the printer's own glyphs whatever a printer does with undefined codes. A ticket
 * uses 30 to 40 such letters: 1.2 to 1.5 KB of definitions instead of a raster image per line.
 *
 * <p>One instance per document: ESC @ at its start clears the printer's definitions.
 */
final class UserDefinedGlyphs {

    static final int ESC = 0x1B;
    /** Codes 0x21..0x7E; space stays the printer's own. */
    static final int FIRST_CODE = 0x21;
    static final int LAST_CODE = 0x7E;
    private static final int FONT_A_BYTES_PER_COLUMN = 3;

    private final Font cellFont;
    private final Map<Integer, CellGlyph> drawn;
    /** Code point to the code it is defined under, least recently used first. */
    private final LinkedHashMap<Integer, Integer> defined = new LinkedHashMap<>(16, 0.75f, true);
    private final int capacity;

    UserDefinedGlyphs(Font cellFont, Map<Integer, CellGlyph> glyphCache) {
        this(cellFont, glyphCache, LAST_CODE - FIRST_CODE + 1);
    }

    UserDefinedGlyphs(Font cellFont, Map<Integer, CellGlyph> glyphCache, int capacity) {
        this.cellFont = cellFont;
        this.drawn = glyphCache;
        this.capacity = capacity;
    }

    /** The bytes for one line without its line feed: definitions it needs first, then the text. */
    byte[] line(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 64);
        Set<Integer> needed = new TreeSet<>();
        text.codePoints().filter(cp -> !ascii(cp)).forEach(needed::add);
        define(needed, out);
        boolean userSet = false;
        for (int cp : text.codePoints().toArray()) {
            boolean mine = !ascii(cp);
            if (mine != userSet) {
                out.write(ESC);
                out.write('%');
                out.write(mine ? 1 : 0);
                userSet = mine;
            }
            out.write(mine ? defined.get(cp) : cp);
        }
        if (userSet) {
            out.write(ESC);
            out.write('%');
            out.write(0);
        }
        return out.toByteArray();
    }

    private void define(Set<Integer> needed, ByteArrayOutputStream out) {
        Map<Integer, Integer> fresh = new HashMap<>();
        for (int cp : needed) {
            if (defined.get(cp) != null) {
                continue;
            }
            int code;
            if (defined.size() < capacity) {
                code = FIRST_CODE + defined.size();
            } else {
                // Reuse the least recently used code this line does not print. Only between lines:
                // a printer keeps codes, not pictures, in its line buffer.
                Integer evict = defined.keySet().stream().filter(c -> !needed.contains(c)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("a line needs more than " + capacity
                                + " user-defined characters"));
                code = defined.remove(evict);
            }
            defined.put(cp, code);
            fresh.put(code, cp);
        }
        // Consecutive codes share one ESC & command.
        for (int code : new TreeSet<>(fresh.keySet())) {
            if (fresh.containsKey(code - 1)) {
                continue;
            }
            int last = code;
            while (fresh.containsKey(last + 1)) {
                last++;
            }
            out.write(ESC);
            out.write('&');
            out.write(FONT_A_BYTES_PER_COLUMN);
            out.write(code);
            out.write(last);
            for (int c = code; c <= last; c++) {
                out.write(CellGlyph.WIDTH);
                out.writeBytes(glyph(fresh.get(c)).columns());
            }
        }
    }

    private CellGlyph glyph(int codePoint) {
        int drawable = cellFont.canDisplay(codePoint) ? codePoint : '?';
        return drawn.computeIfAbsent(drawable, cp -> CellGlyph.draw(cp, cellFont));
    }

    static boolean ascii(int cp) {
        return cp >= 0x20 && cp < 0x7F;
    }
}
