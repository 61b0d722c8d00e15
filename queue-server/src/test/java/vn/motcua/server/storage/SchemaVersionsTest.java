package vn.motcua.server.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SchemaVersionsTest {
    /** The package's preinst refuses downgrades with the version in the pom: it must be the jar's newest migration. */
    @Test
    void thePackagesSchemaVersionIsTheNewestMigration() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<motcua.schema.version>(\\d+)</motcua.schema.version>").matcher(pom);
        assertThat(m.find()).as("motcua.schema.version in queue-server/pom.xml").isTrue();
        assertThat(Integer.parseInt(m.group(1))).as("motcua.schema.version in queue-server/pom.xml")
                .isEqualTo(SchemaVersions.known());
    }

    @Test
    void theNewestMigrationIsFoundFromTheMigrationFiles() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            int newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(SchemaVersions.known()).isEqualTo(newest);
        }
    }
}
