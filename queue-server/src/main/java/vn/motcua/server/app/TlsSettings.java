package vn.motcua.server.app;

import java.nio.file.Path;

/**
 * HTTPS beside plain HTTP, for centres whose kiosks, boards and officers reach the server across a network
 * they do not control. The keystore (PKCS12 or JKS) holds the server's key and certificate.
 */
public record TlsSettings(int port, Path keystore, char[] password) {
}
