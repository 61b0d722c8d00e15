package vn.motcua.server;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import vn.motcua.server.cli.BackupCommand;
import vn.motcua.server.cli.DeviceCommand;
import vn.motcua.server.cli.HubCommand;
import vn.motcua.server.cli.RestoreCommand;
import vn.motcua.server.cli.SchemaCommand;
import vn.motcua.server.cli.ServeCommand;
import vn.motcua.server.cli.StaffingCommand;
import vn.motcua.server.cli.UserCommand;
import vn.motcua.server.cli.WarmupCommand;

/** Entry point of queue-server.jar: serve, user add, device add/revoke, backup, restore, schema, staffing, hub. */
@Command(name = "queue-server", mixinStandardHelpOptions = true, version = "queue-server 0.1.0",
        description = "Queue server of a one-stop public service centre (Bộ phận Một cửa).",
        subcommands = {ServeCommand.class, UserCommand.class, DeviceCommand.class, BackupCommand.class,
                RestoreCommand.class, SchemaCommand.class, WarmupCommand.class, StaffingCommand.class, HubCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
