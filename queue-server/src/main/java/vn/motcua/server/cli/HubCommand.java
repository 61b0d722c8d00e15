package vn.motcua.server.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.motcua.server.auth.PasswordHasher;
import vn.motcua.server.hub.HubApp;
import vn.motcua.server.hub.HubAuth;
import vn.motcua.server.hub.HubCentre;
import vn.motcua.server.hub.HubCentres;
import vn.motcua.server.hub.HubDatabase;
import vn.motcua.server.hub.HubRole;
import vn.motcua.server.report.CentreLevel;

/** {@code hub}: runs the province hub; {@code hub centre add} and {@code hub user add} manage it. */
@Command(name = "hub", mixinStandardHelpOptions = true, description = "Run the province hub (PostgreSQL).",
        subcommands = {HubCommand.CentreCommand.class, HubCommand.UserCommand.class})
public final class HubCommand implements Callable<Integer> {
    @Mixin
    HubDbOptions db;

    @Option(names = "--port", defaultValue = "8090", description = "HTTP port (default ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "address to bind (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--pool", defaultValue = "16", description = "PostgreSQL connections (default ${DEFAULT-VALUE})")
    int pool;

    @Option(names = "--stale-after", defaultValue = "300",
            description = "seconds without a batch before a centre's feed shows as stale (default ${DEFAULT-VALUE})")
    long staleAfter;

    @Option(names = "--fold-every", defaultValue = "60",
            description = "seconds between rounds that fold finished centre-days (default ${DEFAULT-VALUE})")
    long foldEvery;

    @Override
    public Integer call() throws Exception {
        if (db.missing() != null) {
            System.err.println(db.missing());
            return 2;
        }
        HubApp app = new HubApp(db.open(pool), Clock.systemUTC(), staleAfter);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            System.out.println("Province hub stopped");
            stopped.countDown();
        }, "shutdown"));
        app.start(host, port, foldEvery);
        System.out.println("Province hub listening on http://" + host + ":" + app.port() + "/hub");
        stopped.await();
        return 0;
    }

    @Command(name = "centre", description = "Manage the centres that feed the hub.", subcommands = CentreCommand.Add.class)
    static final class CentreCommand {
        @Command(name = "add", mixinStandardHelpOptions = true, description = "Register a centre; prints its upstream token.")
        static final class Add implements Callable<Integer> {
            @Mixin
            HubDbOptions db;

            @Option(names = "--code", required = true, description = "the centre's code, as its batches name it")
            String code;

            @Option(names = "--name", required = true, description = "display name, e.g. \"UBND phường Ba Đình\"")
            String name;

            @Option(names = "--level", defaultValue = "PROVINCE",
                    description = "MINISTRY, CENTRAL_CITY, PROVINCE, RURAL or REMOTE: the yearly norm (default ${DEFAULT-VALUE})")
            String level;

            @Override
            public Integer call() throws Exception {
                if (db.missing() != null) {
                    System.err.println(db.missing());
                    return 2;
                }
                CentreLevel l;
                try {
                    l = CentreLevel.valueOf(level);
                } catch (IllegalArgumentException e) {
                    System.err.println("--level must be one of " + java.util.Arrays.toString(CentreLevel.values()));
                    return 2;
                }
                try (HubDatabase hub = db.open(1)) {
                    String token = new HubCentres(hub, Clock.systemUTC()).add(code, name, l);
                    System.out.println("centre " + code + " added; upstream token (shown once):");
                    System.out.println(token);
                    return 0;
                } catch (IllegalArgumentException e) {
                    System.err.println(e.getMessage());
                    return 1;
                }
            }
        }
    }

    @Command(name = "user", description = "Manage province and centre managers.", subcommands = UserCommand.Add.class)
    static final class UserCommand {
        @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a manager; password on stdin.")
        static final class Add implements Callable<Integer> {
            @Mixin
            HubDbOptions db;

            @Option(names = "--username", required = true)
            String username;

            @Option(names = "--role", required = true, description = "province or centre")
            String role;

            @Option(names = "--centre", description = "the centre's code (centre managers)")
            String centre;

            @Option(names = "--name", description = "display name")
            String displayName;

            @Override
            public Integer call() throws Exception {
                if (db.missing() != null) {
                    System.err.println(db.missing());
                    return 2;
                }
                HubRole r;
                try {
                    r = HubRole.parse(role);
                } catch (IllegalArgumentException e) {
                    System.err.println(e.getMessage());
                    return 2;
                }
                char[] password = StdinPassword.read();
                if (password == null) {
                    return 2;
                }
                try (HubDatabase hub = db.open(1)) {
                    HubCentre c = null;
                    if (centre != null) {
                        c = new HubCentres(hub, Clock.systemUTC()).byCode(centre).orElse(null);
                        if (c == null) {
                            System.err.println("no centre '" + centre + "' (hub centre add first)");
                            return 1;
                        }
                    }
                    new HubAuth(hub, Clock.systemUTC(), new PasswordHasher()).addUser(username, password, r, c,
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
}
