package vn.motcua.server.hub;

import java.util.Locale;

/** Who may read what on the hub: the province manager every centre, a centre manager their own. */
public enum HubRole {
    PROVINCE_MANAGER, CENTRE_MANAGER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code province} / {@code province_manager}, {@code centre} / {@code centre_manager}. */
    public static HubRole parse(String raw) {
        for (HubRole r : values()) {
            if (r.wireName().equals(raw) || r.wireName().startsWith(raw + "_")) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + raw + "' (province, centre)");
    }
}
