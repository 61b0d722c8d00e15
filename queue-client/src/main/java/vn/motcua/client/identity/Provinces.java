package vn.motcua.client.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The province codes a personal number can start with, read from {@code provinces.tsv}. */
public final class Provinces {
    private static final Provinces BUILT_IN = load();
    private final Map<String, String> names;

    private Provinces(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    public static Provinces builtIn() {
        return BUILT_IN;
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    public int size() {
        return names.size();
    }

    private static Provinces load() {
        Map<String, String> names = new TreeMap<>();
        try (InputStream in = Provinces.class.getResourceAsStream("provinces.tsv")) {
            if (in == null) {
                throw new IllegalStateException("provinces.tsv missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t");
                names.put(parts[0], parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Provinces(names);
    }
}
