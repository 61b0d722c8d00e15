package vn.motcua.server.app;

import java.nio.file.Path;

/**
 * HTTPS beside plain HTTP, for centres whose kiosks, boards and officers reach the server across a network
 * they do not control. The keystore (PKCS12 or JKS) holds the server's key and certificate. HTTPS binds to
 * its own {@code host}, so plain HTTP can stay on loopback while HTTPS serves the network.
 */
public record TlsSettings(String host, int port, Path keystore, char[] password) {
    /** HTTPS on every interface. */
    public TlsSettings(int port, Path keystore, char[] password) {
        this("0.0.0.0", port, keystore, password);
    }
}
