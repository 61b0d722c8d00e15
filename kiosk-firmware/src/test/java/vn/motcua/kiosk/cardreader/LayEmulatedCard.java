package vn.motcua.kiosk.cardreader;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation.Tamper;
import vn.motcua.kiosk.cardreader.emulated.DemoIssuer;
import vn.motcua.kiosk.cardreader.emulated.EmulatedChip;

/**
 * Lays the test card on vpcd until stopped, for trying {@code read-chip} by hand:
 * <pre>java -cp kiosk-firmware/target/test-classes:kiosk-firmware/target/kiosk-firmware.jar \
 *     vn.motcua.kiosk.cardreader.LayEmulatedCard /tmp/csca [dg13]</pre>
 * writes the demo issuer's CSCA certificate into the folder given (for {@code --csca}); "dg13" lays a card
 * whose DG13 was changed after signing.
 */
public final class LayEmulatedCard {
    private LayEmulatedCard() {
    }

    public static void main(String[] args) throws Exception {
        DemoIssuer issuer = DemoIssuer.generate("Demo issuer");
        Path csca = Path.of(args.length > 0 ? args[0] : "csca");
        Files.createDirectories(csca);
        Files.write(csca.resolve("demo-csca.der"), issuer.csca().getEncoded());
        Tamper tamper = args.length > 1 && args[1].equals("dg13") ? Tamper.DG13_CHANGED_AFTER_SIGNING : Tamper.NONE;
        VpcdCard card = new VpcdCard(new EmulatedChip(CardPersonalisation.personalise(Holders.an(), issuer, tamper),
                line -> System.err.println("card: " + line)));
        card.insert();
        System.err.println("card laid on vpcd; CSCA in " + csca.toAbsolutePath() + "; Ctrl-C to lift it");
        Thread.currentThread().join();
    }
}
