package vn.motcua.server.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The password of a {@code user add}, read from the first line of stdin: on the command line {@code ps} and the
 * shell's history would show it to others.
 */
final class StdinPassword {
    private StdinPassword() {
    }

    /** The first line of stdin; null, said on stderr, when stdin is empty. */
    static char[] read() throws IOException {
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            System.err.println("password expected on stdin");
            return null;
        }
        return line.toCharArray();
    }
}
