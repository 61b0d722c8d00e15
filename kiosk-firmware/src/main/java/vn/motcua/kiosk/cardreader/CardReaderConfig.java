package vn.motcua.kiosk.cardreader;

/**
 * The cardReader section of a hardware profile; absent means the kiosk model has no chip reader.
 *
 * @param type        pcsc | simulated
 * @param reader      PC/SC reader name or a part of it (pcsc); the first reader when absent
 * @param cscaFolder  folder of trusted CSCA certificates for passive authentication; NOT_CONFIGURED when absent
 * @param waitSeconds how long a read waits for the card to be laid on the reader
 * @param chipAccess  simulated only: the access control its emulated chip offers, bac (default), pace or pace-faulty
 */
public record CardReaderConfig(String type, String reader, String cscaFolder, Integer waitSeconds, String chipAccess) {

    public CardReaderConfig(String type, String reader, String cscaFolder, Integer waitSeconds) {
        this(type, reader, cscaFolder, waitSeconds, null);
    }

    public int waitSecondsOrDefault() {
        return waitSeconds == null ? 20 : waitSeconds;
    }
}
