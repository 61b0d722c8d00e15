package vn.motcua.kiosk.cardreader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation;
import vn.motcua.kiosk.cardreader.emulated.CardPersonalisation.Tamper;
import vn.motcua.kiosk.cardreader.emulated.ChipAccess;
import vn.motcua.kiosk.cardreader.emulated.DemoIssuer;
import vn.motcua.kiosk.cardreader.emulated.EmulatedChip;

/**
 * Lays the test card on vpcd until stopped, for trying {@code read-chip} by hand:
 * <pre>java -cp kiosk-firmware/target/test-classes:kiosk-firmware/target/kiosk-firmware.jar \
 *     vn.motcua.kiosk.cardreader.LayEmulatedCard /tmp/csca [dg13] [pace|pace-faulty]</pre>
 * writes the demo issuer's CSCA certificate into the folder given (for {@code --csca}); "dg13" lays a card
 * whose DG13 was changed after signing; "pace" a card whose EF.CardAccess offers PACE ("pace-faulty": offers
 * it and refuses it).
 */
public final class LayEmulatedCard {
    private LayEmulatedCard() {
    }

    public static void main(String[] args) throws Exception {
        DemoIssuer issuer = DemoIssuer.generate("Demo issuer");
        Path csca = Path.of(args.length > 0 ? args[0] : "csca");
        Files.createDirectories(csca);
        Files.write(csca.resolve("demo-csca.der"), issuer.csca().getEncoded());
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        Tamper tamper = options.contains("dg13") ? Tamper.DG13_CHANGED_AFTER_SIGNING : Tamper.NONE;
        ChipAccess access = options.contains("pace") ? ChipAccess.PACE
                : options.contains("pace-faulty") ? ChipAccess.PACE_FAULTY : ChipAccess.BAC;
        VpcdCard card = new VpcdCard(new EmulatedChip(CardPersonalisation.personalise(Holders.an(), issuer, tamper, access),
                line -> System.err.println("card: " + line)));
        card.insert();
        System.err.println("card (" + access + ") laid on vpcd; CSCA in " + csca.toAbsolutePath() + "; Ctrl-C to lift it");
        Thread.currentThread().join();
    }
}
