package vn.motcua.server.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Imports point down: features use the HTTP kit and storage, only the wiring ({@code app}) and what starts it
 * ({@code cli}, {@code demo}, {@code simulate}) use {@code app}, and the HTTP kit knows no feature. Read from
 * the sources (imports and names written out in full), so a new file that reaches "up" fails here with its name.
 */
class ImportDirectionTest {
    private static final Path ROOT = Path.of("src/main/java/vn/motcua/server");
    private static final Pattern IMPORT = Pattern.compile("\\bvn\\.motcua\\.server\\.([a-z]+)(?:\\.[a-z]+)*\\.[A-Z]");
    private static final Set<String> ABOVE_APP = Set.of("app", "cli", "demo", "simulate");

    @Test
    void onlyTheWiringAndWhatStartsItUseApp() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path f : sources()) {
            String pkg = packageOf(f);
            if (!ABOVE_APP.contains(pkg) && imports(f).contains("app")) {
                wrong.add(ROOT.relativize(f).toString());
            }
        }
        assertThat(sources()).hasSizeGreaterThan(100);
        assertThat(wrong).as("feature classes importing vn.motcua.server.app").isEmpty();
    }

    @Test
    void theHttpKitAndStorageKnowNoFeature() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path f : sources()) {
            String pkg = packageOf(f);
            if (pkg.equals("http") || pkg.equals("storage")) {
                for (String used : imports(f)) {
                    if (!Set.of("http", "storage").contains(used)) {
                        wrong.add(ROOT.relativize(f) + " → " + used);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static String packageOf(Path f) {
        Path rel = ROOT.relativize(f);
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
    }

    private static Set<String> imports(Path f) throws IOException {
        Matcher m = IMPORT.matcher(Files.readString(f));
        Set<String> used = new java.util.TreeSet<>();
        while (m.find()) {
            used.add(m.group(1));
        }
        return used;
    }
}
