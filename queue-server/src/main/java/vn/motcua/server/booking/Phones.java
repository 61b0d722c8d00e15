package vn.motcua.server.booking;

import java.util.regex.Pattern;

/** Vietnamese mobile numbers: checked, made canonical (0 + 9 digits), masked for every view. */
public final class Phones {
    private static final Pattern MOBILE = Pattern.compile("0[35789][0-9]{8}");

    private Phones() {
    }

    /** 0912 345 678, +84912345678 and 84912345678 all become 0912345678; null when it is not a mobile number. */
    public static String canonical(String raw) {
        if (raw == null) {
            return null;
        }
        String digits = raw.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return MOBILE.matcher(digits).matches() ? digits : null;
    }

    /** 0912345678 → 091****678: enough for the citizen to recognise, not enough to call. */
    public static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone == null ? null : "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 3);
    }
}
