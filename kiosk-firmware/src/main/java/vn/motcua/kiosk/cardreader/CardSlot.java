package vn.motcua.kiosk.cardreader;

import java.time.Duration;
import net.sf.scuba.smartcards.CardService;

/** Where a driver's card sits: what {@link ChipReadLoop} needs to wait for it and talk to it. */
interface CardSlot {

    /** @return true once a card is there, false when none came within the time */
    boolean waitForCard(Duration wait);

    boolean cardPresent();

    /** Whether the failure came from the link to the card (gone, reset) rather than from the card's answer. */
    boolean linkFailure(Exception e);

    /** After a loss: give the reader a moment to notice that the card left before waiting for it again. */
    void waitForRemoval(Duration wait);

    /** A fresh connection to the card now on the reader. */
    CardService connect();
}
