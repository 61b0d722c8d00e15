package vn.motcua.server.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.server.storage.SchemaVersions;

/**
 * {@code schema}: the schema version of a data folder's store and of this jar. The package's preinst asks
 * the installed (newer) jar before a downgrade replaces it, so the downgrade is refused before any file moves.
 */
@Command(name = "schema", mixinStandardHelpOptions = true, description = "Print the store's and this jar's schema versions.")
public final class SchemaCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "${MOTCUA_DATA:-/var/lib/motcua/server}",
            description = "the server's data folder (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--store-only", description = "print only the store's version (0 for none)")
    boolean storeOnly;

    @Override
    public Integer call() throws Exception {
        int store = 0;
        if (data != null && Files.isRegularFile(data.resolve("queue.db"))) {
            store = SchemaVersions.appliedIn(data.resolve("queue.db")).orElse(0);
        }
        if (storeOnly) {
            System.out.println(store);
        } else {
            System.out.println("store " + store + ", jar " + SchemaVersions.known());
        }
        return store > SchemaVersions.known() ? 3 : 0;
    }
}
