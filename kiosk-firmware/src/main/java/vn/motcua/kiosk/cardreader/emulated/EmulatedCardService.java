package vn.motcua.kiosk.cardreader.emulated;

import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;

/**
 * JMRTD's view of an emulated chip lying on the simulated reader: APDU bytes in, APDU bytes out, exactly
 * as over PC/SC. When the chip is taken away mid-session, transmitting fails as a lifted card does.
 */
public final class EmulatedCardService extends CardService {
    private final EmulatedChip chip;
    private final java.util.function.BooleanSupplier present;
    private boolean open;

    public EmulatedCardService(EmulatedChip chip, java.util.function.BooleanSupplier present) {
        this.chip = chip;
        this.present = present;
    }

    @Override
    public void open() throws CardServiceException {
        if (!present.getAsBoolean()) {
            throw new CardServiceException("no card on the simulated reader");
        }
        chip.reset();
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardServiceException {
        if (!present.getAsBoolean()) {
            open = false;
            throw new CardServiceException("card removed");
        }
        return new ResponseAPDU(chip.transmit(command.getBytes()));
    }

    @Override
    public byte[] getATR() {
        return chip.atr();
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public boolean isConnectionLost(Exception e) {
        return !present.getAsBoolean();
    }
}
