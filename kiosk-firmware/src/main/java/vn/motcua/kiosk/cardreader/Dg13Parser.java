package vn.motcua.kiosk.cardreader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Parses DG13 (tag 0x6D) of a Vietnamese chip ID card: SEQUENCEs of {INTEGER id, string...}, possibly
 * inside an outer SEQUENCE; a field's strings may themselves be wrapped in SEQUENCEs (the parents' names,
 * id 13, are two). The layout is not published, so the parser accepts any nesting of SEQUENCEs and refuses,
 * with a message naming the offset, anything that is not well-formed DER or not text.
 */
public final class Dg13Parser {
    static final int TAG = 0x6D;
    private static final int MAX_BYTES = 64 * 1024;
    private static final int MAX_DEPTH = 8;
    private static final int MAX_FIELDS = 256;

    /** @throws ChipDataException when the bytes are not a DG13 this parser can read, naming why and where */
    public Dg13 parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new ChipDataException("DG13: empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ChipDataException("DG13: " + bytes.length + " bytes, more than " + MAX_BYTES);
        }
        Tlv top = Tlv.read(bytes, 0, bytes.length, "DG13");
        if (top.tag() != TAG) {
            throw new ChipDataException("DG13: starts with tag 0x" + Integer.toHexString(top.tag()) + ", expected 0x6d");
        }
        if (top.end() != bytes.length) {
            throw new ChipDataException("DG13: " + (bytes.length - top.end()) + " bytes after the end of the data group");
        }
        TreeMap<Integer, List<String>> fields = new TreeMap<>();
        walk(top, 0, fields);
        if (fields.isEmpty()) {
            throw new ChipDataException("DG13: no fields");
        }
        return new Dg13(fields);
    }

    private static void walk(Tlv container, int depth, TreeMap<Integer, List<String>> fields) {
        if (depth > MAX_DEPTH) {
            throw new ChipDataException("DG13: nested deeper than " + MAX_DEPTH + " at offset " + container.offset());
        }
        for (Tlv child : container.children("DG13")) {
            if (child.tag() != 0x30) {
                continue; // a version number or other non-field element: nothing to read from it
            }
            List<Tlv> parts = child.children("DG13");
            if (!parts.isEmpty() && parts.get(0).tag() == 0x02) {
                int id = fieldId(parts.get(0));
                List<String> values = new ArrayList<>();
                for (Tlv part : parts.subList(1, parts.size())) {
                    strings(part, id, depth + 1, values);
                }
                if (fields.putIfAbsent(id, List.copyOf(values)) != null) {
                    throw new ChipDataException("DG13: field " + id + " appears twice (second at offset " + child.offset() + ")");
                }
                if (fields.size() > MAX_FIELDS) {
                    throw new ChipDataException("DG13: more than " + MAX_FIELDS + " fields");
                }
            } else {
                walk(child, depth + 1, fields);
            }
        }
    }

    private static int fieldId(Tlv integer) {
        byte[] v = integer.value();
        if (v.length == 0 || v.length > 3 || (v[0] & 0x80) != 0) {
            throw new ChipDataException("DG13: field id at offset " + integer.offset() + " is not a small positive INTEGER");
        }
        int id = 0;
        for (byte b : v) {
            id = (id << 8) | (b & 0xFF);
        }
        return id;
    }

    private static void strings(Tlv part, int id, int depth, List<String> out) {
        if (depth > MAX_DEPTH) {
            throw new ChipDataException("DG13: field " + id + " nested deeper than " + MAX_DEPTH);
        }
        switch (part.tag()) {
            case 0x30, 0x31 -> {
                for (Tlv inner : part.children("DG13 field " + id)) {
                    strings(inner, id, depth + 1, out);
                }
            }
            // UTF8String, PrintableString, IA5String, NumericString, VisibleString, OCTET STRING (UTF-8 bytes)
            case 0x0C, 0x13, 0x16, 0x12, 0x1A, 0x04 -> out.add(text(part, id));
            default -> throw new ChipDataException("DG13: field " + id + " has an element with tag 0x"
                    + Integer.toHexString(part.tag()) + " at offset " + part.offset() + ", not a string");
        }
    }

    private static String text(Tlv part, int id) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(part.value())).toString();
            if (s.chars().anyMatch(c -> c < 0x20 && c != '\n')) {
                throw new ChipDataException("DG13: field " + id + " at offset " + part.offset() + " has control characters");
            }
            return Normalizer.normalize(s, Normalizer.Form.NFC);
        } catch (CharacterCodingException e) {
            throw new ChipDataException("DG13: field " + id + " at offset " + part.offset() + " is not valid UTF-8");
        }
    }
}
