package vn.motcua.server.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import vn.motcua.server.hub.HubDatabase;

/** How the hub reaches PostgreSQL; the password never goes on the command line. */
final class HubDbOptions {
    static final String PASSWORD_ENV = "MOTCUA_HUB_DB_PASSWORD";

    @Option(names = "--db", description = "PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/motcua_hub "
            + "(several hosts and targetServerType=primary for a standby that may be promoted)")
    String url;

    @Option(names = "--db-user", description = "PostgreSQL role")
    String user;

    @Option(names = "--db-password-file", description = "file holding the password (else the environment variable "
            + PASSWORD_ENV + "; none for peer or trust authentication)")
    Path passwordFile;

    /** Null when the options are complete, else what is missing. */
    String missing() {
        if (url == null) {
            return "--db is required (jdbc:postgresql://HOST:PORT/DATABASE)";
        }
        if (user == null) {
            return "--db-user is required";
        }
        return null;
    }

    HubDatabase open(int poolSize) throws IOException {
        char[] password = null;
        if (passwordFile != null) {
            password = Files.readString(passwordFile).strip().toCharArray();
        } else if (System.getenv(PASSWORD_ENV) != null) {
            password = System.getenv(PASSWORD_ENV).toCharArray();
        }
        return HubDatabase.open(url, user, password, poolSize);
    }
}
