package vn.motcua.kiosk.cardreader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jmrtd.PassportService;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import vn.motcua.kiosk.cardreader.CardReaderException.Kind;
import vn.motcua.kiosk.idcard.MrzParser;

/** Turns the files read from a chip into a {@link ChipReading}: DG1 via the MRZ parser, DG13, the face, passive authentication. */
final class ChipAssembler {
    private final PassiveAuthenticator authenticator;
    private final Clock clock;

    ChipAssembler(PassiveAuthenticator authenticator, Clock clock) {
        this.authenticator = authenticator;
        this.clock = clock;
    }

    ChipReading assemble(ChipReadLoop.Files files) {
        byte[] dg1 = files.read().get(PassportService.EF_DG1);
        byte[] dg2 = files.read().get(PassportService.EF_DG2);
        byte[] dg13 = files.read().get(PassportService.EF_DG13);
        if (dg1 == null || dg13 == null) {
            throw new CardReaderException(Kind.CARD_ERROR, "the chip has no " + (dg1 == null ? "DG1" : "DG13")
                    + ": not a Vietnamese chip ID card");
        }
        try {
            String mrzText = new DG1File(new ByteArrayInputStream(dg1)).getMRZInfo().toString().strip();
            var mrz = new MrzParser(clock).parse(mrzText);
            Dg13 parsed = new Dg13Parser().parse(dg13);
            Map<Integer, byte[]> groups = new LinkedHashMap<>();
            groups.put(1, dg1);
            groups.put(13, dg13);
            if (dg2 != null) {
                groups.put(2, dg2);
            }
            PassiveAuthentication pa = authenticator.check(files.read().get(PassportService.EF_SOD), groups,
                    Date.from(clock.instant()));
            Map<String, Integer> sizes = new LinkedHashMap<>();
            files.read().forEach((fid, bytes) -> sizes.put(name(fid), bytes.length));
            return new ChipReading(parsed.fields(), mrz.fields(), files.accessControl(), pa,
                    dg2 == null ? null : face(dg2), sizes, parsed.unknown(), files.resumes());
        } catch (IOException | RuntimeException e) {
            if (e instanceof CardReaderException c) {
                throw c;
            }
            throw new CardReaderException(Kind.CARD_ERROR, "the chip's data cannot be read: " + e.getMessage(), e);
        }
    }

    private static ChipReading.Face face(byte[] dg2) throws IOException {
        for (FaceInfo info : new DG2File(new ByteArrayInputStream(dg2)).getFaceInfos()) {
            for (FaceImageInfo image : info.getFaceImageInfos()) {
                byte[] bytes = image.getImageInputStream().readAllBytes();
                String format = "image/jp2".equals(image.getMimeType()) ? "JPEG2000" : "JPEG";
                return new ChipReading.Face(format, bytes);
            }
        }
        return null;
    }

    static String name(short fid) {
        return switch (fid) {
            case PassportService.EF_COM -> "COM";
            case PassportService.EF_SOD -> "SOD";
            default -> "DG" + (fid & 0xFF);
        };
    }
}
