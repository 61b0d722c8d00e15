package vn.motcua.kiosk.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Blackbox folders: each input file sits beside its expected output. Run with {@code -Dgolden.update=true}
 * to write missing or changed expectations, then read the diff before committing them.
 */
public final class Golden {
    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** The folder in the source tree, so updates land where git sees them. */
    public static Path folder(String name) {
        Path folder = Path.of("src/test/resources", name);
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("no blackbox folder " + folder.toAbsolutePath());
        }
        return folder;
    }

    public static Stream<Path> inputs(String folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder(folder))) {
            return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList().stream();
        }
    }

    public static Path expected(Path input, String extension) {
        String name = input.getFileName().toString();
        return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + extension);
    }
}
