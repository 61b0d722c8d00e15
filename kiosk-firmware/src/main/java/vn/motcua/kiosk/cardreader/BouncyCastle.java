package vn.motcua.kiosk.cardreader;

import java.security.Provider;
import java.security.Security;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/** JMRTD looks its algorithms up by name (ISO9797Alg3Mac, brainpool curves): BouncyCastle must be registered. */
final class BouncyCastle {
    private static final Provider PROVIDER = register();

    private BouncyCastle() {
    }

    static Provider provider() {
        return PROVIDER;
    }

    private static synchronized Provider register() {
        Provider existing = Security.getProvider(BouncyCastleProvider.PROVIDER_NAME);
        if (existing != null) {
            return existing;
        }
        Provider bc = new BouncyCastleProvider();
        Security.addProvider(bc);
        return bc;
    }
}
