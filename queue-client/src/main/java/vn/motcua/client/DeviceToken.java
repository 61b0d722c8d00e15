package vn.motcua.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where a kiosk or board finds its device token. A token on the command line shows in {@code ps} to every
 * local user, so the packaged units read it from a file that only the service can read, or from the
 * environment; {@code --token} still works for tests and hand runs, with a warning.
 */
public final class DeviceToken {
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private DeviceToken() {
    }

    /**
     * The token from, in this order, {@code --token-file}, {@code --token}, then the environment variable
     * {@code envName}; {@code null} when none is given.
     *
     * @throws IllegalArgumentException naming the file when it cannot be used
     */
    public static String resolve(String option, Path file, Map<String, String> env, String envName, Consumer<String> warn) {
        return resolve("--token", option, file, env, envName, warn);
    }

    /** As above, for a token given on the command line as {@code optionName} (the server's upstream token). */
    public static String resolve(String optionName, String option, Path file, Map<String, String> env, String envName,
                                 Consumer<String> warn) {
        if (file != null) {
            return fromFile(file, warn);
        }
        if (option != null) {
            warn.accept(optionName + " puts the " + ("--token".equals(optionName) ? "device " : "") + "token in the process list (ps); use "
                    + optionName + "-file or " + envName);
            return checked(option, optionName);
        }
        String fromEnv = env.get(envName);
        return fromEnv == null || fromEnv.isBlank() ? null : checked(fromEnv.strip(), envName);
    }

    private static String fromFile(Path file, Consumer<String> warn) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the token file " + file + ": " + e);
        }
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            perms.retainAll(OTHERS);
            if (!perms.isEmpty()) {
                warn.accept("the token file " + file + " can be read by any local user: chmod 0600 (or 0640 root:group)");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // no POSIX permissions to check here
        }
        return checked(text, "token file " + file);
    }

    private static String checked(String token, String where) {
        if (token.isEmpty() || token.length() > 200 || !token.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
            throw new IllegalArgumentException("the device token in " + where + " is empty or not printable ASCII");
        }
        return token;
    }
}
