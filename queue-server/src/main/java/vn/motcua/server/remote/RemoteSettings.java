package vn.motcua.server.remote;

import java.util.List;

/**
 * Joining a queue from a phone (setting {@code remote}). {@code enabled}: the centre allows it at all;
 * {@code services}: which services (empty: all); {@code confirmWithin}: the ticket must be confirmed at the
 * centre before fewer than this many people are ahead of it, or it is skipped; {@code perPhonePerDay}: remote
 * tickets one phone may take a day.
 */
public record RemoteSettings(boolean enabled, List<String> services, int confirmWithin, int perPhonePerDay) {
    public static final String SETTING = "remote";

    public RemoteSettings {
        services = services == null ? List.of() : List.copyOf(services);
        if (confirmWithin < 1 || confirmWithin > 50) {
            throw new IllegalArgumentException("confirmWithin must be 1..50");
        }
        if (perPhonePerDay < 1 || perPhonePerDay > 10) {
            throw new IllegalArgumentException("perPhonePerDay must be 1..10");
        }
    }

    /** Off until the manager allows it. */
    public static RemoteSettings defaults() {
        return new RemoteSettings(false, List.of(), 3, 1);
    }

    boolean allows(String service) {
        return enabled && (services.isEmpty() || services.contains(service));
    }
}
