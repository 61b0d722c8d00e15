package vn.motcua.kiosk.ocr;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.motcua.kiosk.idcard.CardValidity;
import vn.motcua.kiosk.idcard.CccdFields;
import vn.motcua.kiosk.idcard.CccdQrParser;
import vn.motcua.kiosk.idcard.CccdResult;

/**
 * The QR a chip card prints with its holder's facts (the 2021 card's front, the 2024 card's back:
 * {@code number|old ID|name|ddMMyyyy|sex|residence|issue ddMMyyyy[|…]}), decoded from the same photo the print is read
 * from and parsed as the kiosk's scanner parses it ({@link CccdQrParser}). Its error correction makes what it decodes
 * exact where the print's OCR can be a letter off, so the fields it carries are taken from it. A code that does not
 * decode (too blurred, or not a real one) or does not parse as a card's gives nothing.
 */
final class CardQr {
    /** The fields a card's QR carries, by the reading's names. */
    static final List<String> CARRIES = List.of("number", "name", "dateOfBirth", "sex", "placeOfResidence", "issueDate");
    private static final Map<DecodeHintType, Object> HINTS = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.CHARACTER_SET, "UTF-8");
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private CardQr() {
    }

    /** A card's code found on a face: the layout it says the face is, and what the code says. */
    record Found(CardLayout layout, CccdFields fields) {
    }

    /**
     * The card's code on a face, and the face it says this is. A face told as one that prints a QR: its code, decoded
     * on the whole face, else in the face's part where the layout prints it enlarged; on a face told as one without an
     * MRZ, a code decoded whole in the part where another layout prints its QR and not in this one's says the face is
     * that one (a 2024 back whose page was taken for the 2021 front: the 2024 back prints its QR at the top left, the
     * 2021 front at the top right; a face told with an MRZ is a chip back, whichever side its code is printed). A face
     * nothing told (its print too blurred or pale for labels and MRZ alike), or told as the chip back that prints no QR
     * (the 2021 back, which shares its MRZ and most markers with the 2024 back): a card's code where a layout prints
     * one, of the same side and an MRZ for a chip back, says it is that layout. Null when no card's code is found so;
     * every other face is not looked at (no code settles anything there).
     */
    static Found find(BufferedImage card, CardLayout told, List<CardLayout> layouts, Clock clock) {
        if (told != null && told.qr() != null) {
            Optional<Result> whole = Optional.ofNullable(decoded(card).code());
            Optional<CccdFields> fields = parsed(whole.map(Result::getText).or(() -> inPart(card, told.qr(), 2)), clock);
            if (fields.isEmpty()) {
                return null;
            }
            // a face told with an MRZ keeps it: the MRZ is what the chip backs print and no front does
            boolean elsewhere = told.mrz() == null && whole.isPresent() && !at(code(whole.get(), card), told.qr());
            return new Found(elsewhere ? printedAt(whole.get(), card, layouts).orElse(told) : told, fields.get());
        }
        if (told != null && told.mrz() == null) {
            return null;
        }
        for (CardLayout layout : layouts) {
            boolean candidate = layout.qr() != null && (told == null || layout.mrz() != null && layout.side() == told.side());
            Optional<CccdFields> fields = candidate ? parsed(inPart(card, layout.qr(), 1), clock) : Optional.empty();
            if (fields.isPresent()) {
                return new Found(layout, fields.get());
            }
        }
        return null;
    }

    /** The layout that prints its QR where this code is, if any. */
    private static Optional<CardLayout> printedAt(Result code, BufferedImage card, List<CardLayout> layouts) {
        double[] centre = code(code, card);
        return layouts.stream().filter(l -> l.qr() != null && at(centre, l.qr())).findFirst();
    }

    /** The code's centre, the mean of its finder squares' centres, as fractions of the face's width and height. */
    private static double[] code(Result code, BufferedImage card) {
        ResultPoint[] points = code.getResultPoints();
        double x = 0;
        double y = 0;
        for (int i = 0; i < 3; i++) {
            x += points[i].getX() / 3;
            y += points[i].getY() / 3;
        }
        return new double[] {x / card.getWidth(), y / card.getHeight()};
    }

    private static boolean at(double[] centre, CardLayout.Qr part) {
        return centre[0] >= part.left() && centre[0] <= part.right() && centre[1] >= part.top() && centre[1] <= part.bottom();
    }

    /**
     * The code in the face's part where a layout prints it, looked at enlarged {@code from} times, then up to 3; 4 times
     * only where the code was found at 3 and did not decode (a face with no code does not pay for it).
     */
    private static Optional<String> inPart(BufferedImage card, CardLayout.Qr where, int from) {
        int x = (int) Math.floor(where.left() * card.getWidth());
        int y = (int) Math.floor(where.top() * card.getHeight());
        BufferedImage part = card.getSubimage(x, y, Math.min(card.getWidth(), (int) Math.ceil(where.right() * card.getWidth())) - x,
                Math.min(card.getHeight(), (int) Math.ceil(where.bottom() * card.getHeight())) - y);
        Look look = new Look(null, true); // nothing decoded yet, and the first look is always taken
        for (int times = from; look.code() == null && times <= (look.found() ? 4 : 3); times++) {
            // bilinear: on D's degraded backs it decoded as many codes as bicubic, at a quarter of its CPU
            look = decoded(times == 1 ? part : CardImage.resize(part, times, RenderingHints.VALUE_INTERPOLATION_BILINEAR));
        }
        return Optional.ofNullable(look.code()).map(Result::getText);
    }

    private static Optional<CccdFields> parsed(Optional<String> payload, Clock clock) {
        return payload.map(text -> new CccdQrParser(clock).parse(text)).filter(CccdResult::valid).map(CccdResult::fields);
    }

    /** One look at a code: what decoded (null when nothing did), and whether its finder patterns were found at all. */
    private record Look(Result code, boolean found) {
    }

    private static Look decoded(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        boolean found = false;
        // the hybrid binarizer for a photo lit unevenly; the global one where the hybrid's blocks cut a blurred module
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                return new Look(new QRCodeReader().decode(bitmap, HINTS), true);
            } catch (ChecksumException | FormatException e) {
                found = true; // the code is there and its modules were sampled, not decoded: the next binarizer
            } catch (NotFoundException e) {
                // no code found by this binarizer: the next one
            }
        }
        return new Look(null, found);
    }

    /**
     * The values the QR gives for the fields a face's QR holds, as the print writes them: the name in capitals, dates as
     * the reading's ISO dates; and the expiry where the face prints one, the law's from the birth and issue dates
     * ({@link CardValidity}), when the QR has both.
     */
    static Map<String, String> values(CccdFields qr, CardLayout layout) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String field : layout.qr().holds()) {
            String value = switch (field) {
                case "number" -> qr.number();
                case "name" -> qr.name() == null ? null : qr.name().toUpperCase(VIETNAMESE);
                case "dateOfBirth" -> iso(qr.dateOfBirth());
                case "sex" -> qr.sex();
                case "placeOfResidence" -> qr.address();
                case "issueDate" -> iso(qr.issueDate());
                default -> null;
            };
            if (value != null && !value.isBlank()) {
                out.put(field, value);
            }
        }
        if (layout.fieldNames().contains("expiryDate") && qr.dateOfBirth() != null && qr.issueDate() != null
                && !qr.issueDate().isBefore(qr.dateOfBirth())) {
            out.put("expiryDate", CardValidity.expiry(qr.dateOfBirth(), qr.issueDate()).map(LocalDate::toString)
                    .orElse(CardValidity.NEVER_EXPIRES));
        }
        return out;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
