package vn.motcua.kiosk.ocr;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.motcua.client.identity.PersonalNumbers;
import vn.motcua.kiosk.idcard.CardValidity;
import vn.motcua.kiosk.idcard.MrzResult;

/**
 * The dates of one face checked against the rest of the card ({@link DateAgreement}): the birth date on a
 * front against the number and the printed expiry ("Có giá trị đến", the 2016 and 2021 fronts), the issue
 * and expiry dates on a back against the MRZ. A date that fails is first read again alone
 * ({@link #secondLook}), and that reading is taken only when it agrees; else one look-alike digit is mended
 * where the rule allows; else the date is flagged for the citizen to check (its confidence halved).
 */
final class DateCheck {
    private static final int PAD = 6;
    private static final java.util.regex.Pattern EXPIRY_LABEL = java.util.regex.Pattern.compile("gia tri|expir");
    private final WordReader singleLine;
    private final UnreadBands unreadBands;

    DateCheck(String tessdata) {
        this(tessdata, new UnreadBands(tessdata));
    }

    DateCheck(String tessdata, UnreadBands unreadBands) {
        this.unreadBands = unreadBands;
        // a row of digits and slashes is no Vietnamese text: the English model, which the MRZ needs anyway, reads
        // serif digits the Vietnamese one takes for others (06/04/1994 as 06 011991 with vie, whole with eng)
        singleLine = new WordReader(tessdata, "eng", 7);
        singleLine.setVariable("tessedit_char_whitelist", "0123456789/");
    }

    /**
     * @param issuedFrom the first day a card of the model read was issued (the 2024 card: 1 July 2024), or null: an
     *                   issue date before it is a misreading ("04/10/2024" read as "01102021") however well it fits
     */
    IdCardReading check(BufferedImage card, List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
                        IdCardReading reading, MrzResult mrz, double threshold, LocalDate today, LocalDate issuedFrom) {
        Map<String, String> fields = new LinkedHashMap<>(reading.fields());
        Map<String, Double> confidence = new LinkedHashMap<>(reading.confidence());
        boolean mrzValid = mrz != null && mrz.valid() && mrz.fields() != null;
        LocalDate mrzBirth = mrzValid ? mrz.fields().dateOfBirth() : null;
        LocalDate mrzExpiry = mrzValid ? mrz.fields().expiryDate() : null;
        // "Không thời hạn", by a valid MRZ or, with none, as printed: no expiry to settle, and the issue date at 58 or later
        boolean neverExpires = mrzValid ? mrz.neverExpires() : CardValidity.NEVER_EXPIRES.equals(fields.get("expiryDate"));
        if (fields.containsKey("dateOfBirth")) {
            String number = fields.get("number");
            boolean numberPasses = number != null && number.matches("\\d{12}") && PersonalNumbers.knownProvince(number);
            DateAgreement.Witnesses w = new DateAgreement.Witnesses(numberPasses ? number : null, printedExpiry(rows), null);
            LocalDate first = DateAgreement.parse(fields.get("dateOfBirth"));
            settle("dateOfBirth", card, rows, byField, fields, confidence, w.any(),
                    d -> DateAgreement.birthAgrees(d, w, today), d -> DateAgreement.secondBirthBetter(first, d, w, today),
                    d -> DateAgreement.mendBirth(d, w, today));
        }
        if (fields.containsKey("expiryDate") && !neverExpires) {
            boolean known = mrzBirth != null || mrzExpiry != null;
            Predicate<LocalDate> agrees = d -> DateAgreement.expiryAgrees(d, mrzBirth, mrzExpiry);
            settle("expiryDate", card, rows, byField, fields, confidence, known, agrees, agrees,
                    d -> mrzValid ? DateAgreement.mendOne(d, agrees) : Optional.empty());
        }
        if (fields.containsKey("issueDate")) {
            LocalDate printedExpiry = DateAgreement.parse(fields.get("expiryDate"));
            LocalDate expiry = mrzExpiry != null ? mrzExpiry : printedExpiry;
            Predicate<LocalDate> agrees = d -> (issuedFrom == null || !d.isBefore(issuedFrom)) && (neverExpires
                    ? DateAgreement.issueAgreesNeverExpiring(d, mrzBirth, today) : DateAgreement.issueAgrees(d, mrzBirth, expiry, today));
            settle("issueDate", card, rows, byField, fields, confidence, mrzBirth != null || expiry != null || issuedFrom != null,
                    agrees, agrees,
                    d -> mrzBirth != null && (mrzExpiry != null || neverExpires) ? DateAgreement.mendOne(d, agrees) : Optional.empty());
        }
        MrzBackDates.fill(rows, fields, confidence, mrzBirth, mrzExpiry, mrzValid && neverExpires, today,
                () -> unreadBands.read(card, rows));
        return new IdCardReading(fields, confidence, IdCardReading.underThreshold(fields, confidence, threshold),
                reading.millis());
    }

    private void settle(String field, BufferedImage card, List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
                        Map<String, String> fields, Map<String, Double> confidence, boolean witnessed,
                        Predicate<LocalDate> agrees, Predicate<LocalDate> secondPasses,
                        java.util.function.Function<LocalDate, Optional<LocalDate>> mend) {
        LocalDate read = DateAgreement.parse(fields.get(field));
        if (read != null && (!witnessed || agrees.test(read))) {
            return;
        }
        List<CardTextParser.Line> lines = byField.getOrDefault(field, List.of());
        LocalDate again = lines.isEmpty() ? null : DateAgreement.parse(secondLook(card, rows, lines, field));
        // the second reading counts only when it passes: agrees with the witnesses, or is a date where the first was none
        if (again != null && (witnessed ? secondPasses.test(again) : read == null)) {
            fields.put(field, again.toString());
            // better, yet still against one witness (the printed expiry): shown to the citizen to check
            double c = confidence.getOrDefault(field, 0.0);
            confidence.put(field, agrees.test(again) ? Math.max(c, 0.9) : Math.round(c * 50) / 100.0);
            return;
        }
        Optional<LocalDate> mended = read == null ? Optional.empty() : mend.apply(read);
        if (mended.isPresent()) {
            fields.put(field, mended.get().toString());
        } else if (read != null) {
            confidence.put(field, Math.round(confidence.getOrDefault(field, 0.0) * 50) / 100.0);
        }
    }

    /** The date row alone, as one line of digits and slashes, from the first word with a digit in it. */
    private String secondLook(BufferedImage card, List<TextRow> rows, List<CardTextParser.Line> lines, String field) {
        double top = lines.stream().mapToDouble(CardTextParser.Line::top).min().orElseThrow();
        double bottom = lines.stream().mapToDouble(CardTextParser.Line::bottom).max().orElseThrow();
        double left = lines.stream().mapToDouble(CardTextParser.Line::left).min().orElseThrow();
        double right = lines.stream().mapToDouble(CardTextParser.Line::right).max().orElseThrow();
        // the label before the date would come out as digits under the whitelist: start at the date's first word
        double from = rows.stream().flatMap(r -> r.words().stream())
                .filter(w -> w.top() < bottom && top < w.bottom() && w.left() >= left - 0.01 && w.right() <= right + 0.01)
                .filter(w -> w.text().chars().filter(Character::isDigit).count() >= 2)
                .mapToDouble(OcrWord::left).min().orElse(left);
        int x0 = Math.max(0, (int) (from * card.getWidth()) - PAD);
        int x1 = Math.min(card.getWidth(), (int) (Math.min(1, right) * card.getWidth()) + 4 * PAD);
        int y0 = Math.max(0, (int) (top * card.getHeight()) - PAD);
        int y1 = Math.min(card.getHeight(), (int) (bottom * card.getHeight()) + PAD);
        if (y1 - y0 < 8 || x1 - x0 < 40) {
            return null;
        }
        List<OcrWord> read = singleLine.lines(card.getSubimage(x0, y0, x1 - x0, y1 - y0));
        if (read.isEmpty()) {
            return null;
        }
        return secondLookDate(read.get(0).text(), field);
    }

    /** The date in a second look's reading (ISO), or null. */
    static String secondLookDate(String text, String field) {
        String date = dateIn(text, field);
        // a slash lost or doubled ("1805/1989"): the cards print dd/mm/yyyy with leading zeros, so eight digits are the date
        String digits = text.replaceAll("\\D", "");
        if (DateAgreement.parse(date) == null && digits.length() == 8) {
            date = dateIn(digits.substring(0, 2) + "/" + digits.substring(2, 4) + "/" + digits.substring(4), field);
        }
        return date;
    }

    /** The date in a text, by the page's own reading of dates (ISO), or null. */
    private static String dateIn(String text, String field) {
        CardTextParser.Line line = new CardTextParser.Line(text, 90, 0, 0, 0);
        return CardTextParser.parse(Map.of(field, List.of(line)), List.of(field), 0, 0).fields().get(field);
    }

    /**
     * The expiry printed on a 2016 or 2021 front ("Có giá trị đến / Date of expiry: dd/mm/yyyy"), in its
     * label's row or the row under it; null when none was read, or "Không thời hạn" (no expiry).
     */
    static LocalDate printedExpiry(List<TextRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            TextRow label = rows.get(i);
            java.util.regex.Matcher m = EXPIRY_LABEL.matcher(Fold.fold(label.text()));
            if (!m.find()) {
                continue;
            }
            LocalDate same = DateAgreement.parse(dateIn(label.text().substring(m.end()), "expiryDate"));
            if (same != null) {
                return same;
            }
            for (TextRow below : rows.subList(i + 1, rows.size())) {
                boolean under = below.top() >= label.centre() && below.top() - label.bottom() < 0.06
                        && Math.abs(below.left() - label.left()) < 0.1;
                if (under) {
                    return DateAgreement.parse(dateIn(below.text(), "expiryDate"));
                }
            }
        }
        return null;
    }
}
