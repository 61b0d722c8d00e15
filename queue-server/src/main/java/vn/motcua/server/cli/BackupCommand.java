package vn.motcua.server.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.server.backup.BackupException;
import vn.motcua.server.backup.Backups;

/** {@code backup}: an online copy of the store while the server runs (the systemd timer calls it too). */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the store into a folder (safe while the server runs) and keep the newest N copies.")
public final class BackupCommand implements Callable<Integer> {
    @Option(names = "--data", defaultValue = "${MOTCUA_DATA:-/var/lib/motcua/server}",
            description = "the server's data folder (default ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--to", defaultValue = "${MOTCUA_BACKUP_DIR:-/var/lib/motcua/backups}",
            description = "folder for the copies (default ${DEFAULT-VALUE})")
    Path to;

    @Option(names = "--keep", defaultValue = "${MOTCUA_BACKUP_KEEP:-14}", description = "copies to keep (default ${DEFAULT-VALUE})")
    int keep;

    @Override
    public Integer call() throws Exception {
        try {
            Backups.Result r = new Backups(Clock.systemUTC()).backup(data, to, keep);
            System.out.printf("backup written: %s (%d bytes, schema %d)%n", r.file(), r.bytes(), r.schema());
            r.removed().forEach(f -> System.out.println("older backup removed: " + f));
            return 0;
        } catch (BackupException | IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 1;
        }
    }
}
