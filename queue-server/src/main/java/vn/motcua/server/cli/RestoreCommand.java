package vn.motcua.server.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.server.backup.BackupException;
import vn.motcua.server.backup.Restore;

/** {@code restore}: puts a checked backup back while the server is stopped. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the store with a backup (server stopped); a damaged or newer-schema file is refused.")
public final class RestoreCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "${MOTCUA_DATA:-/var/lib/motcua/server}",
            description = "the server's data folder (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--from", required = true, description = "backup file (queue-…-vN.db)")
    Path from;

    @Option(names = "--check", description = "only check the file; change nothing")
    boolean checkOnly;

    @Override
    public Integer call() throws Exception {
        try {
            if (checkOnly) {
                System.out.println(from + ": readable, schema " + Restore.check(from));
                return 0;
            }
            Restore.Result r = new Restore(Clock.systemUTC()).restore(from, data);
            System.out.printf("restored %s: %d tickets, schema %d (backup had %d)%n", from, r.tickets(), r.schemaNow(),
                    r.backupSchema());
            if (r.keptAside() != null) {
                System.out.println("the replaced store was moved to " + r.keptAside());
            }
            return 0;
        } catch (BackupException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
