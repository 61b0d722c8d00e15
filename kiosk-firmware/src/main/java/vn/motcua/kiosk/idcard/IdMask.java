package vn.motcua.kiosk.idcard;

/** Masks a personal number for display: all but the last four digits hidden. */
public final class IdMask {
    private IdMask() {
    }

    public static String mask(String number) {
        if (number == null || number.length() <= 4) {
            return "****";
        }
        return "*".repeat(number.length() - 4) + number.substring(number.length() - 4);
    }
}
