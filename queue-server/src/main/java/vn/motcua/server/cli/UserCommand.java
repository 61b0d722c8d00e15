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

/** {@code user add}: creates an officer, manager or admin; the password is read from stdin. */
@Command(name = "user", description = "Manage users.", subcommands = UserCommand.Add.class)
public final class UserCommand {
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user; password on stdin.")
    static final class Add implements Callable<Integer> {
        @Option(names = "--data", required = true)
        Path data;

        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--role", required = true, description = "officer, manager or admin")
        String role;

        @Option(names = "--name", description = "display name")
        String displayName;

        @Override
        public Integer call() throws Exception {
            Role r;
            try {
                r = Role.parse(role);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            char[] password = StdinPassword.read();
            if (password == null) {
                return 2;
            }
            try (Database db = Database.open(data)) {
                new AuthService(db, Clock.systemUTC(), new PasswordHasher()).addUser(username, password, r,
                        displayName);
                System.out.println("user " + username + " added as " + r.wireName());
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }
    }
}
