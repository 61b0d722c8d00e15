package vn.motcua.kiosk.ocr;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The issuer's name a back prints beside or between a place's rows: "Bộ Công an / Ministry of Public Security" on
 * the 2024 card, "Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội" (before 10 October 2018 "… ĐKQL cư
 * trú và DLQG về dân cư") on the older ones. It is never part of a place: a place is an address, whose parts start
 * with a unit word, a street word or a number, never with "Bộ" or "Cục", and its "xã hội" is no commune. Read into
 * a place's first row, it is cut off; a place that was nothing else is no place.
 */
final class IssuerName {
    /**
     * The issuer's words at a text's start, by their letters without marks; "Bộ Công an" with its middle word
     * garbled too ("BỘ Long An"), as the OCR reads the small print beside the QR.
     */
    private static final Pattern LEADING = Pattern.compile("^[\\s,.;:\\-]*(bo\\s+\\S{2,6}\\s+an|ministry\\s+of\\s+public"
            + "(\\s+security)?|cuc\\s+truong|cuc\\s+canh\\s+sat|quan\\s+ly\\s+hanh\\s+chinh(\\s+ve\\s+trat\\s+tu\\s+xa\\s+hoi)?"
            + "|dkql\\s+cu\\s+tru(\\s+va\\s+dlqg\\s+ve\\s+dan\\s+cu)?)(?=[\\s,.;:]|$)");

    private IssuerName() {
    }

    /** The text with the issuer's words at its start cut off; blank when it held nothing else. */
    static String drop(String text) {
        String rest = text;
        Matcher m = LEADING.matcher(Fold.fold(rest));
        while (m.find()) {
            rest = rest.substring(m.end());
            m = LEADING.matcher(Fold.fold(rest));
        }
        return rest == text ? text : rest.replaceFirst("^[\\s,.;:\\-]+", "");
    }
}
