package vn.motcua.kiosk.idcard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table bundled in the jar (unit lists, spellings, countries): its data lines, without blank lines and the
 * '#' lines that say where the data comes from. A table missing from the jar is a build fault, said by name.
 */
public final class BundledTable {
    private BundledTable() {
    }

    /** The data lines of {@code resource}, found as {@code owner.getResourceAsStream} finds it. */
    public static List<String> lines(Class<?> owner, String resource) {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the jar");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
