package vn.motcua.kiosk.cardreader.emulated;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A made-up card issuer for emulated cards: a country signing CA (CSCA) and a document signer it
 * certified, both EC P-256, as a real issuer's PKI is shaped (ICAO 9303 Part 12). Nothing it signs is
 * trusted unless its CSCA certificate is put in the kiosk's CSCA folder.
 */
public final class DemoIssuer {
    private final X509Certificate csca;
    private final X509Certificate documentSigner;
    private final PrivateKey documentSignerKey;

    private DemoIssuer(X509Certificate csca, X509Certificate documentSigner, PrivateKey documentSignerKey) {
        this.csca = csca;
        this.documentSigner = documentSigner;
        this.documentSignerKey = documentSignerKey;
    }

    public static DemoIssuer generate(String commonName) {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
            gen.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair cscaKeys = gen.generateKeyPair();
            KeyPair dsKeys = gen.generateKeyPair();
            X500Name cscaName = new X500Name("C=VN,O=Demo,CN=" + commonName + " CSCA");
            X500Name dsName = new X500Name("C=VN,O=Demo,CN=" + commonName + " DS");
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            X509Certificate csca = sign(new JcaX509v3CertificateBuilder(cscaName, BigInteger.ONE,
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), cscaName,
                    cscaKeys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(0))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)),
                    cscaKeys.getPrivate());
            X509Certificate ds = sign(new JcaX509v3CertificateBuilder(cscaName, BigInteger.TWO,
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), dsName,
                    dsKeys.getPublic())
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature)),
                    cscaKeys.getPrivate());
            return new DemoIssuer(csca, ds, dsKeys.getPrivate());
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("cannot generate the demo issuer's keys", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey key)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
    }

    public X509Certificate csca() {
        return csca;
    }

    X509Certificate documentSigner() {
        return documentSigner;
    }

    PrivateKey documentSignerKey() {
        return documentSignerKey;
    }
}
