package vn.motcua.server.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with a keystore made by keytool, as an IT officer would make one; plain HTTP keeps working. */
class TlsTest {
    @TempDir
    Path dir;

    @Test
    void theServerAnswersOverHttpsWithTheConfiguredCertificate() throws Exception {
        Path keystore = dir.resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "motcua", "-keyalg", "RSA", "-keysize", "2048", "-validity", "30",
                "-dname", "CN=127.0.0.1, O=Trung tam Phuc vu hanh chinh cong", "-ext", "SAN=ip:127.0.0.1,ip:127.0.0.2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit-123")
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).isZero();

        try (ServerApp app = new ServerApp(dir.resolve("data"), Clock.systemUTC(), null)
                .enableTls(new TlsSettings(0, keystore, "changeit-123".toCharArray())).start("127.0.0.1", 0)) {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (FileInputStream in = new FileInputStream(keystore.toFile())) {
                trust.load(in, "changeit-123".toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient https = HttpClient.newBuilder().sslContext(ssl).build();

            HttpResponse<String> secure = https.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.1:" + app.tlsPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(secure.statusCode()).isEqualTo(200);
            assertThat(secure.sslSession()).isPresent();
            assertThat(secure.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
            HttpResponse<String> plain = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Strict-Transport-Security")).as("HSTS only over HTTPS").isEmpty();

            // The documented "HTTPS only" setup: --host 127.0.0.1 keeps plain HTTP on this machine, while HTTPS
            // binds to every address. 127.0.0.2 stands for "another address of this machine" (all of 127/8 is
            // loopback on Linux): HTTPS answers there, plain HTTP does not.
            HttpResponse<String> elsewhere = https.send(HttpRequest.newBuilder(
                    URI.create("https://127.0.0.2:" + app.tlsPort() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(elsewhere.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.2:" + app.port() + "/health")).build(), HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(java.net.ConnectException.class);
        }
        assertThat(Files.exists(keystore)).isTrue();
    }
}
