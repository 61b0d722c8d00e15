package vn.motcua.kiosk.cardreader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.jmrtd.lds.SODFile;
import vn.motcua.kiosk.cardreader.PassiveAuthentication.Status;

/**
 * Passive authentication (ICAO 9303 Part 11 §5.1): the SOD's CMS signature by its document signer, the
 * document signer certificate by one of the configured CSCAs, and every data group read against the hash
 * the SOD lists for it. Every check runs even when one fails, so the officer sees everything wrong at once;
 * hash mismatches are reported even when no CSCA is configured.
 */
public final class PassiveAuthenticator {
    private final CscaStore cscas;

    public PassiveAuthenticator(CscaStore cscas) {
        this.cscas = cscas;
    }

    /** @param dataGroups data group number → the file's bytes as read */
    public PassiveAuthentication check(byte[] sod, Map<Integer, byte[]> dataGroups, Date now) {
        if (sod == null) {
            return new PassiveAuthentication(Status.NO_SOD, "the chip has no EF.SOD");
        }
        List<String> failed = new ArrayList<>();
        SODFile file;
        try {
            file = new SODFile(new ByteArrayInputStream(sod));
        } catch (IOException | RuntimeException e) {
            return new PassiveAuthentication(Status.FAILED, "EF.SOD cannot be parsed");
        }
        checkHashes(file, dataGroups, failed);
        X509Certificate signer = checkSignature(sod, file, failed);
        if (!failed.isEmpty()) {
            return new PassiveAuthentication(Status.FAILED, String.join("; ", failed));
        }
        if (!cscas.configured()) {
            return new PassiveAuthentication(Status.NOT_CONFIGURED, "no CSCA certificates configured: hashes and SOD signature hold, issuer not checked");
        }
        String chain = checkChain(signer, now);
        return chain == null ? new PassiveAuthentication(Status.VERIFIED, "")
                : new PassiveAuthentication(Status.FAILED, chain);
    }

    private static void checkHashes(SODFile file, Map<Integer, byte[]> dataGroups, List<String> failed) {
        Map<Integer, byte[]> expected = new TreeMap<>(file.getDataGroupHashes());
        try {
            MessageDigest digest = MessageDigest.getInstance(file.getDigestAlgorithm());
            for (var e : new TreeMap<>(dataGroups).entrySet()) {
                byte[] listed = expected.get(e.getKey());
                if (listed == null) {
                    failed.add("DG" + e.getKey() + " is not listed in the SOD");
                } else if (!Arrays.equals(listed, digest.digest(e.getValue()))) {
                    failed.add("DG" + e.getKey() + " hash does not match the SOD");
                }
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            failed.add("SOD digest algorithm " + file.getDigestAlgorithm() + " unsupported");
        }
    }

    private static X509Certificate checkSignature(byte[] sod, SODFile file, List<String> failed) {
        try {
            X509Certificate signer = file.getDocSigningCertificate();
            if (signer == null) {
                failed.add("the SOD carries no document signer certificate");
                return null;
            }
            CMSSignedData cms = new CMSSignedData(contentInfo(sod));
            SignerInformation info = cms.getSignerInfos().getSigners().iterator().next();
            boolean ok = info.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BouncyCastle.provider())
                    .build(new X509CertificateHolder(signer.getEncoded())));
            if (!ok) {
                failed.add("the SOD signature does not verify with its document signer certificate");
            }
            return signer;
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException | RuntimeException e) {
            failed.add("the SOD signature does not verify (" + e.getClass().getSimpleName() + ")");
            return null;
        }
    }

    private String checkChain(X509Certificate signer, Date now) {
        for (X509Certificate csca : cscas.certificates()) {
            if (!csca.getSubjectX500Principal().equals(signer.getIssuerX500Principal())) {
                continue;
            }
            try {
                signer.verify(csca.getPublicKey());
            } catch (GeneralSecurityException e) {
                continue;
            }
            try {
                signer.checkValidity(now);
            } catch (GeneralSecurityException e) {
                return "the document signer certificate is not valid on " + now.toInstant();
            }
            return null;
        }
        return "the document signer was not issued by any configured CSCA (" + signer.getIssuerX500Principal().getName() + ")";
    }

    /** EF.SOD is the CMS ContentInfo inside an application tag 0x77; BouncyCastle wants the ContentInfo. */
    private static byte[] contentInfo(byte[] sod) {
        Tlv outer = Tlv.read(sod, 0, sod.length, "EF.SOD");
        if (outer.tag() != 0x77) {
            throw new ChipDataException("EF.SOD: tag 0x" + Integer.toHexString(outer.tag()) + ", expected 0x77");
        }
        return outer.value();
    }
}
