package vn.motcua.kiosk.cardreader.emulated;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.kiosk.cardreader.ChipFields;
import vn.motcua.kiosk.idcard.CardValidity;

/**
 * Encodes DG13 the way chip ID cards carry it: tag 0x6D around a SEQUENCE of {INTEGER id, UTF8String}
 * SEQUENCEs, dates as printed (dd/MM/yyyy), the parents' names as two strings in one field (id 13).
 */
public final class Dg13Writer {
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Dg13Writer() {
    }

    public static byte[] encode(ChipFields f) {
        ByteArrayOutputStream fields = new ByteArrayOutputStream();
        field(fields, 1, f.number());
        field(fields, 2, f.name());
        field(fields, 3, printed(f.dateOfBirth()));
        field(fields, 4, f.sex());
        field(fields, 5, f.nationality());
        field(fields, 6, f.ethnicity());
        field(fields, 7, f.religion());
        field(fields, 8, f.placeOfOrigin());
        field(fields, 9, f.placeOfResidence());
        field(fields, 10, f.identifyingMarks());
        field(fields, 11, printed(f.issueDate()));
        field(fields, 12, f.expiryDate() == null ? CardValidity.NEVER_EXPIRES : printed(f.expiryDate()));
        if (f.father() != null || f.mother() != null) {
            ByteArrayOutputStream parents = new ByteArrayOutputStream();
            parents.writeBytes(Ber.tlv(0x02, new byte[] {13}));
            parents.writeBytes(Ber.tlv(0x30, Ber.tlv(0x0C, utf8(f.father()))));
            parents.writeBytes(Ber.tlv(0x30, Ber.tlv(0x0C, utf8(f.mother()))));
            fields.writeBytes(Ber.tlv(0x30, parents.toByteArray()));
        }
        field(fields, 16, f.oldIdNumber());
        return Ber.tlv(0x6D, Ber.tlv(0x30, fields.toByteArray()));
    }

    private static void field(ByteArrayOutputStream out, int id, String value) {
        if (value == null) {
            return;
        }
        out.writeBytes(Ber.tlv(0x30, EmulatedChip.concat(Ber.tlv(0x02, new byte[] {(byte) id}), Ber.tlv(0x0C, utf8(value)))));
    }

    private static String printed(String iso) {
        return iso == null ? null : LocalDate.parse(iso).format(PRINTED);
    }

    private static byte[] utf8(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }
}
