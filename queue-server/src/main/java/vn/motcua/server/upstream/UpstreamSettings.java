package vn.motcua.server.upstream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import vn.motcua.server.settings.CentreSettings;
import vn.motcua.server.storage.Database;

/**
 * The feed's configuration. The settings page keeps the URL and centre code in the store and the token in
 * {@code DATA/upstream-token} (mode 0600, like the kiosk's token: off the process list, out of backups'
 * tables); {@code serve --upstream ...} overrides both for the life of the process.
 */
final class UpstreamSettings {
    static final String URL = "upstream.url";
    static final String CENTRE = "upstream.centre";
    static final String TOKEN_FILE = "upstream-token";

    private final Database db;
    private final CentreSettings store;
    private final Path tokenFile;
    private volatile UpstreamConfig current;
    private volatile boolean fromCommandLine;

    UpstreamSettings(Database db, CentreSettings store, Path dataDir) {
        this.db = db;
        this.store = store;
        this.tokenFile = dataDir.resolve(TOKEN_FILE);
        this.current = load();
    }

    UpstreamConfig current() {
        return current;
    }

    boolean fromCommandLine() {
        return fromCommandLine;
    }

    void useCommandLine(UpstreamConfig config) {
        this.current = new UpstreamConfig(UpstreamConfig.checkedUrl(config.url()), UpstreamConfig.checkedCentre(config.centre()),
                config.token());
        this.fromCommandLine = true;
    }

    /**
     * What the settings page saves: a blank URL turns the feed off; a null token keeps the one on file.
     *
     * @throws IllegalArgumentException naming the field that is wrong; nothing is changed then
     */
    void save(String url, String centre, String token) {
        boolean off = url == null || url.isBlank();
        String u = off ? null : UpstreamConfig.checkedUrl(url);
        String c = off ? null : UpstreamConfig.checkedCentre(centre);
        if (token != null && (token.isBlank() || token.length() > 200 || !token.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f))) {
            throw new IllegalArgumentException("the upstream token must be 1-200 printable ASCII characters without spaces");
        }
        if (token != null) {
            writeToken(token);
        }
        db.transaction(conn -> {
            store.put(conn, URL, u == null ? "" : u);
            store.put(conn, CENTRE, c == null ? "" : c);
            return null;
        });
        this.current = load();
        this.fromCommandLine = false;
    }

    private UpstreamConfig load() {
        String url = db.read(c -> store.get(c, URL)).filter(s -> !s.isBlank()).orElse(null);
        String centre = db.read(c -> store.get(c, CENTRE)).filter(s -> !s.isBlank()).orElse(null);
        String token = null;
        try {
            if (Files.isRegularFile(tokenFile)) {
                token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            }
        } catch (IOException e) {
            // the centre must serve regardless: the feed stays off and says why in the log
            org.slf4j.LoggerFactory.getLogger(UpstreamSettings.class).error("cannot read the upstream token file {}: {}",
                    tokenFile, e.toString());
        }
        return new UpstreamConfig(url, centre, token == null || token.isEmpty() ? null : token);
    }

    /** Written beside and renamed over, so a crash leaves the old token or the new one, never half of one. */
    private void writeToken(String token) {
        Path tmp = tokenFile.resolveSibling(TOKEN_FILE + ".new");
        try {
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, token, StandardCharsets.UTF_8);
            Files.move(tmp, tokenFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the upstream token file " + tokenFile + ": " + e, e);
        }
    }
}
