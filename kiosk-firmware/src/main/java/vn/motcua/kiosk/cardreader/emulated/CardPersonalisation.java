package vn.motcua.kiosk.cardreader.emulated;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import net.sf.scuba.data.Gender;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.icao.COMFile;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.icao.MRZInfo;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import vn.motcua.kiosk.cardreader.AccessKey;
import vn.motcua.kiosk.cardreader.ChipFields;
import vn.motcua.kiosk.idcard.MrzParser;

/**
 * Writes a chip the way a card issuer personalises one: DG1 (the TD1 MRZ), DG2 (a face JPEG in an
 * ISO 19794-5 record), DG13 (the Vietnamese fields), COM, and an SOD over their hashes signed by the
 * issuer's document signer.
 */
public final class CardPersonalisation {
    /** What to spoil, to test that passive authentication notices. */
    public enum Tamper { NONE, DG13_CHANGED_AFTER_SIGNING, NO_SOD }

    private CardPersonalisation() {
    }

    public static ChipImage personalise(ChipFields holder, DemoIssuer issuer, Tamper tamper) {
        return personalise(holder, issuer, tamper, ChipAccess.BAC);
    }

    /** @param access BAC only, or PACE offered in EF.CardAccess (which is not part of the SOD, as on real chips) */
    public static ChipImage personalise(ChipFields holder, DemoIssuer issuer, Tamper tamper, ChipAccess access) {
        try {
            LocalDate birth = LocalDate.parse(holder.dateOfBirth());
            Optional<LocalDate> expiry = Optional.ofNullable(holder.expiryDate()).map(LocalDate::parse);
            AccessKey key = AccessKey.of(holder.number().substring(3), birth, expiry);
            byte[] dg1 = new DG1File(new MRZInfo(td1(holder, key))).getEncoded();
            byte[] dg2 = face(holder);
            byte[] dg13 = Dg13Writer.encode(holder);
            byte[] com = new COMFile("1.7", "4.0.0", new int[] {0x61, 0x75, 0x6D}).getEncoded();
            Map<Integer, byte[]> hashes = new HashMap<>();
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            hashes.put(1, sha.digest(dg1));
            hashes.put(2, sha.digest(dg2));
            hashes.put(13, sha.digest(dg13));
            byte[] sod = new SODFile("SHA-256", "SHA256withECDSA", hashes, issuer.documentSignerKey(),
                    issuer.documentSigner()).getEncoded();
            if (tamper == Tamper.DG13_CHANGED_AFTER_SIGNING) {
                ChipFields moved = new ChipFields(holder.number(), holder.name(), holder.dateOfBirth(), holder.sex(),
                        holder.nationality(), holder.ethnicity(), holder.religion(), holder.placeOfOrigin(),
                        "Số 1 phố Giả Mạo, Hà Nội", holder.identifyingMarks(), holder.issueDate(),
                        holder.expiryDate(), holder.oldIdNumber(), holder.father(), holder.mother());
                dg13 = Dg13Writer.encode(moved);
            }
            Map<Integer, byte[]> files = new HashMap<>(Map.of(ChipImage.EF_COM, com, ChipImage.EF_DG1, dg1,
                    ChipImage.EF_DG2, dg2, ChipImage.EF_DG13, dg13));
            if (tamper != Tamper.NO_SOD) {
                files.put(ChipImage.EF_SOD, sod);
            }
            return new ChipImage(files, key, access);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign the emulated card's SOD", e);
        }
    }

    /** The TD1 MRZ of a CCCD: IDVNM + document number, the personal number in the optional field. */
    static String td1(ChipFields holder, AccessKey key) {
        String personal = holder.number();
        String document = key.documentNumber();
        String l1 = "IDVNM" + document + MrzParser.checkDigit(document) + pad(personal + MrzParser.checkDigit(personal), 15);
        String sex = "Nam".equals(holder.sex()) ? "M" : "Nữ".equals(holder.sex()) ? "F" : "<";
        String head = key.dateOfBirth() + MrzParser.checkDigit(key.dateOfBirth()) + sex + key.dateOfExpiry()
                + MrzParser.checkDigit(key.dateOfExpiry()) + "VNM";
        String optional = pad("", 11);
        String composite = l1.substring(5, 30) + head.substring(0, 7) + head.substring(8, 15) + optional;
        String l2 = head + optional + MrzParser.checkDigit(composite);
        return l1 + l2 + pad(MrzParser.nameField(holder.name()), 30);
    }

    private static String pad(String s, int n) {
        return (s + "<".repeat(n)).substring(0, n);
    }

    /** A plain drawn head-and-shoulders JPEG in an ISO 19794-5 face record: no real person's face. */
    private static byte[] face(ChipFields holder) throws IOException {
        BufferedImage img = new BufferedImage(240, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(225, 235, 245));
        g.fillRect(0, 0, 240, 320);
        g.setColor(new Color(120, 90, 70));
        g.fillOval(70, 60, 100, 130);
        g.fillRoundRect(30, 210, 180, 140, 60, 60);
        g.dispose();
        // photo-like grain, so the JPEG is as large as a real card's portrait (about 15 KB)
        java.util.Random grain = new java.util.Random(holder.number().hashCode());
        for (int y = 0; y < 320; y++) {
            for (int x = 0; x < 240; x++) {
                int rgb = img.getRGB(x, y);
                int d = grain.nextInt(41) - 20;
                int r = Math.max(0, Math.min(255, ((rgb >> 16) & 0xFF) + d));
                int gr = Math.max(0, Math.min(255, ((rgb >> 8) & 0xFF) + d));
                int b = Math.max(0, Math.min(255, (rgb & 0xFF) + d));
                img.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", jpeg);
        byte[] bytes = jpeg.toByteArray();
        Gender gender = "Nữ".equals(holder.sex()) ? Gender.FEMALE : Gender.MALE;
        FaceImageInfo info = new FaceImageInfo(gender, FaceImageInfo.EyeColor.UNSPECIFIED, 0, 0, 0,
                new int[3], new int[3], FaceImageInfo.FACE_IMAGE_TYPE_FULL_FRONTAL, 0, 0, 0, 0,
                new FaceImageInfo.FeaturePoint[0], 240, 320, new ByteArrayInputStream(bytes), bytes.length,
                FaceImageInfo.IMAGE_DATA_TYPE_JPEG);
        return new DG2File(List.of(new FaceInfo(List.of(info)))).getEncoded();
    }
}
