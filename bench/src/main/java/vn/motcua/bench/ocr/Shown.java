package vn.motcua.bench.ocr;

import vn.motcua.kiosk.ocr.IdCardReading;

/** How the kiosk puts one read field before the citizen, against what the card printed. */
enum Shown {
    RIGHT_SURE, RIGHT_TO_CHECK, WRONG_TO_CHECK, WRONG_SURE;

    /**
     * @param read  whether the field was read at all (an empty box asks the citizen to type it)
     * @param right whether it equals what the card printed
     */
    static Shown of(IdCardReading r, String field, boolean read, boolean right) {
        // the MRZ is read only when every check digit holds: none that fails is ever shown as sure
        boolean toCheck = !read || !field.equals("mrz") && r.toCheck().contains(field);
        if (right) {
            return toCheck ? RIGHT_TO_CHECK : RIGHT_SURE;
        }
        return toCheck ? WRONG_TO_CHECK : WRONG_SURE;
    }
}
