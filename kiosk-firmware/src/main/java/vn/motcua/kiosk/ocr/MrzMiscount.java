package vn.motcua.kiosk.ocr;

import java.util.LinkedHashSet;
import java.util.Set;
import vn.motcua.kiosk.idcard.MrzParser;

/**
 * An MRZ line the OCR read with characters too many or with its start lost, put back where its check digits vouch
 * for it. Shaping a line to its 30 places ({@link MrzReader#shape}) assumes each character stands where it was
 * printed; a speck read as a letter ("8O009168F…") or one digit read twice shifts every later field out of place,
 * and a first line whose opening glare took ("…0770794094715<<") has its numbers where the shape expects others.
 */
final class MrzMiscount {
    /** Line 2 before its fillers: birth date, check, sex, expiry, check, nationality. */
    private static final int LINE_TWO_DATA = 18;
    /** Line 2 of a card that never expires, before the expiry's fillers: birth date, check, sex. */
    private static final int LINE_TWO_NEVER_EXPIRES = 8;
    /** Line 1 before its fillers: IDVNM, the document number and its check, the personal number and its check. */
    private static final int LINE_ONE_DATA = 28;
    private static final int MOST_EXTRA = 2;

    private MrzMiscount() {
    }

    /**
     * Line 1 (its trailing fillers cut, the opening made "IDVNM" where it was recognisable) as printed: when it is
     * not 28 characters opening with IDVNM, it is rebuilt from its last thirteen, the personal number and its
     * check digit, if that check holds: the document number is the personal number's last nine, so nothing else on
     * the line is unknown. The composite check digit of line 2 covers the rebuilt line once more.
     */
    static String lineOne(String data) {
        if (data.length() == LINE_ONE_DATA && data.startsWith("IDVNM") || data.length() < 13) {
            return data;
        }
        String tail = digits(data.substring(data.length() - 13));
        String number = tail.substring(0, 12);
        if (!MrzRepair.passes(number, tail.charAt(12))) {
            return data;
        }
        String document = number.substring(3);
        return "IDVNM" + document + MrzParser.checkDigit(document) + number + tail.charAt(12);
    }

    /**
     * Line 2 with one or two characters too many before its fillers, dropped the one way that leaves both dates
     * real with their check digits holding and the sex a sex. The 7-3-1 weights let two ways hold now and then
     * (a digit read twice next to its like: "57905090" is "790509" or "570509" with the same check digit); the
     * composite check digit over both lines then picks, given line 1 as shaped with its own check digits holding.
     * As read when no way, or more than one way still, holds.
     */
    static String lineTwo(String raw, String lineOne) {
        int fillers = raw.indexOf("<<");
        if (fillers < 0) {
            return raw;
        }
        String data = raw.substring(0, fillers);
        boolean neverExpires = data.length() <= LINE_TWO_NEVER_EXPIRES + MOST_EXTRA
                && raw.substring(fillers).matches("<{3,10}[0OD<]?[A-Z]{3}.*");
        int wanted = neverExpires ? LINE_TWO_NEVER_EXPIRES : LINE_TWO_DATA;
        int extra = data.length() - wanted;
        // a character too many after the numbers ("…VNMK") shifts nothing the check digits cover
        if (extra < 1 || extra > MOST_EXTRA || fits(digitsAt(data.substring(0, wanted), neverExpires), neverExpires)) {
            return raw;
        }
        Set<String> fits = new LinkedHashSet<>();
        // the nationality's letters stay: an extra character is a speck or a doubled digit among the numbers
        int droppable = neverExpires ? data.length() : data.length() - 3;
        for (int i = 0; i < droppable; i++) {
            for (int j = extra == 2 ? i + 1 : -1; j < (extra == 2 ? droppable : 0); j++) {
                String shaped = digitsAt(without(data, i, j), neverExpires);
                if (fits(shaped, neverExpires)) {
                    fits.add(shaped);
                }
            }
        }
        String rest = raw.substring(fillers);
        if (fits.size() > 1 && !neverExpires && MrzRepair.passes(lineOne.substring(5, 14), lineOne.charAt(14))
                && MrzRepair.passes(lineOne.substring(15, 27), lineOne.charAt(27))) {
            char composite = MrzReader.digit(rest.charAt(rest.length() - 1));
            fits.removeIf(f -> MrzParser.checkDigit(lineOne.substring(5) + f.substring(0, 7) + f.substring(8, 15)
                    + "<".repeat(11)) != composite - '0');
        }
        return fits.size() == 1 ? fits.iterator().next() + rest : raw;
    }

    /** The text without its characters at i and j (j -1: at i only). */
    private static String without(String s, int i, int j) {
        StringBuilder out = new StringBuilder(s);
        if (j >= 0) {
            out.deleteCharAt(j);
        }
        return out.deleteCharAt(i).toString();
    }

    private static boolean fits(String data, boolean neverExpires) {
        boolean birth = MrzRepair.passes(data.substring(0, 6), data.charAt(6)) && realDate(data.substring(0, 6));
        boolean sex = "MF<".indexOf(data.charAt(7)) >= 0;
        return birth && sex && (neverExpires || MrzRepair.passes(data.substring(8, 14), data.charAt(14))
                && realDate(data.substring(8, 14)));
    }

    private static boolean realDate(String yymmdd) {
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    /** Line 2's data with its digit places made digits as {@link MrzReader#shape} would. */
    private static String digitsAt(String data, boolean neverExpires) {
        StringBuilder out = new StringBuilder(data);
        for (int i = 0; i < data.length(); i++) {
            boolean digitPlace = i <= 6 || !neverExpires && i >= 8 && i <= 14;
            if (digitPlace) {
                out.setCharAt(i, MrzReader.digit(data.charAt(i)));
            }
        }
        return out.toString();
    }

    private static String digits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(MrzReader.digit(c));
        }
        return out.toString();
    }
}
