package vn.motcua.server.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.server.auth.AuthService;
import vn.motcua.server.auth.PasswordHasher;
import vn.motcua.server.auth.Role;
import vn.motcua.server.storage.Database;

/** {@code device add} prints a new device token (shown once); {@code device revoke} disables one. */
@Command(name = "device", description = "Manage kiosks and boards.", subcommands = {DeviceCommand.Add.class, DeviceCommand.Revoke.class})
public final class DeviceCommand {
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register a device and print its token.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--data", required = true)
        Path data;

        @Option(names = "--kind", required = true, description = "kiosk or board")
        String kind;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--counter", description = "the counter whose rating tablet this is (only it may rate that counter)")
        Integer counter;

        @Override
        public Integer call() {
            try (Database db = Database.open(data)) {
                Role r = Role.parse(kind);
                System.out.println(new AuthService(db, Clock.systemUTC(), new PasswordHasher()).addDevice(r, name, counter));
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a device's token.")
    static final class Revoke implements Callable<Integer> {
        @Option(names = "--data", required = true)
        Path data;

        @Option(names = "--name", required = true)
        String name;

        @Override
        public Integer call() {
            try (Database db = Database.open(data)) {
                boolean done = new AuthService(db, Clock.systemUTC(), new PasswordHasher()).revokeDevice(name);
                System.out.println(done ? "device " + name + " revoked" : "no device named " + name);
                return done ? 0 : 1;
            }
        }
    }
}
