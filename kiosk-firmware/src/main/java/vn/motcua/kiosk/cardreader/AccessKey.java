package vn.motcua.kiosk.cardreader;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.motcua.kiosk.idcard.CardValidity;
import vn.motcua.kiosk.idcard.CccdFields;
import vn.motcua.kiosk.idcard.MrzFields;
import vn.motcua.kiosk.idcard.MrzParser;

/**
 * The chip's Basic Access Control key material: the MRZ's document number, date of birth and expiry, as the
 * MRZ writes them (YYMMDD; {@code <<<<<<} for a card that never expires). Never printed: {@link #toString()}
 * hides it.
 *
 * @param documentNumber the 9-digit document number: the last 9 digits of the personal number
 */
public record AccessKey(String documentNumber, String dateOfBirth, String dateOfExpiry) {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public AccessKey {
        if (documentNumber == null || !documentNumber.matches("[0-9A-Z<]{1,9}")) {
            throw new IllegalArgumentException("document number must be 1-9 characters A-Z, 0-9 or <");
        }
        if (dateOfBirth == null || !dateOfBirth.matches("\\d{6}")) {
            throw new IllegalArgumentException("date of birth must be YYMMDD");
        }
        if (dateOfExpiry == null || !(dateOfExpiry.matches("\\d{6}") || dateOfExpiry.equals(MrzParser.NO_EXPIRY))) {
            throw new IllegalArgumentException("date of expiry must be YYMMDD or <<<<<<");
        }
    }

    public static AccessKey of(String documentNumber, LocalDate birth, Optional<LocalDate> expiry) {
        return new AccessKey(documentNumber, birth.format(YYMMDD), expiry.map(YYMMDD::format).orElse(MrzParser.NO_EXPIRY));
    }

    /** From a valid MRZ read off the card's back. */
    public static AccessKey fromMrz(MrzFields mrz) {
        if (mrz.documentNumber() == null || mrz.dateOfBirth() == null) {
            throw new IllegalArgumentException("the MRZ has no document number or date of birth");
        }
        return of(mrz.documentNumber(), mrz.dateOfBirth(), Optional.ofNullable(mrz.expiryDate()));
    }

    /**
     * From the QR just scanned: the document number is the last 9 digits of the personal number and the
     * expiry follows from the date of birth and the issue date ({@link CardValidity}).
     */
    public static AccessKey fromQr(CccdFields qr) {
        if (qr.number() == null || qr.number().length() != 12 || qr.dateOfBirth() == null || qr.issueDate() == null) {
            throw new IllegalArgumentException("the QR needs a 12-digit personal number, a date of birth and an issue date");
        }
        return of(qr.number().substring(3), qr.dateOfBirth(), CardValidity.expiry(qr.dateOfBirth(), qr.issueDate()));
    }

    /** ICAO 9303 Part 11 §9.7.2: document number, date of birth and expiry, each followed by its check digit. */
    public String mrzInformation() {
        String doc = (documentNumber + "<<<<<<<<<").substring(0, Math.max(9, documentNumber.length()));
        return doc + MrzParser.checkDigit(doc) + dateOfBirth + MrzParser.checkDigit(dateOfBirth) + dateOfExpiry + MrzParser.checkDigit(dateOfExpiry);
    }

    @Override
    public String toString() {
        return "AccessKey[hidden]";
    }
}
