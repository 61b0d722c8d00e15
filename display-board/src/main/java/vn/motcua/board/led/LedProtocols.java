package vn.motcua.board.led;

import java.util.ServiceLoader;

/** Finds a protocol by the name a profile gives: the built-in one, or one a site adds on the classpath. */
public final class LedProtocols {
    private LedProtocols() {
    }

    /** A protocol from elsewhere is built by its no-argument constructor and must read its own settings. */
    public static LedProtocol byName(String name, int width) {
        if (name == null || StxXorProtocol.NAME.equals(name)) {
            return new StxXorProtocol(width);
        }
        for (LedProtocol p : ServiceLoader.load(LedProtocol.class)) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown LED protocol '" + name + "' (built in: " + StxXorProtocol.NAME + ")");
    }
}
