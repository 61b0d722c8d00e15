package vn.motcua.kiosk.cardreader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The country signing CA certificates the kiosk trusts, read from a folder (PEM or DER files: .pem, .crt,
 * .cer, .der). An empty store means passive authentication is not configured, which the kiosk says
 * instead of pretending the chip was verified.
 */
public record CscaStore(List<X509Certificate> certificates) {
    public static final CscaStore NONE = new CscaStore(List.of());

    public CscaStore {
        certificates = List.copyOf(certificates);
    }

    public boolean configured() {
        return !certificates.isEmpty();
    }

    public CscaStore plus(X509Certificate certificate) {
        List<X509Certificate> all = new ArrayList<>(certificates);
        all.add(certificate);
        return new CscaStore(all);
    }

    /** @throws IllegalArgumentException naming the folder or the file that cannot be used */
    public static CscaStore load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("CSCA folder " + folder + " does not exist");
        }
        List<X509Certificate> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (!name.matches(".*\\.(pem|crt|cer|der)")) {
                    continue;
                }
                try (InputStream in = Files.newInputStream(file)) {
                    for (var c : factory.generateCertificates(in)) {
                        out.add((X509Certificate) c);
                    }
                } catch (CertificateException e) {
                    throw new IllegalArgumentException("CSCA file " + file + " is not an X.509 certificate: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the CSCA folder " + folder + ": " + e.getMessage());
        } catch (CertificateException e) {
            throw new IllegalStateException(e);
        }
        return new CscaStore(out);
    }
}
