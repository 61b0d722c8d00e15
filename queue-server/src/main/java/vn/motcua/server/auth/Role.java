package vn.motcua.server.auth;

import io.javalin.security.RouteRole;
import java.util.Locale;

/** Who may call what. Officers, managers and admins log in; kiosks and boards carry device tokens. */
public enum Role implements RouteRole {
    OFFICER, MANAGER, ADMIN, KIOSK, BOARD;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String raw) {
        for (Role r : values()) {
            if (r.wireName().equals(raw)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + raw + "' (officer, manager, admin, kiosk, board)");
    }
}
