package vn.motcua.kiosk.cardreader;

/**
 * The reader's health as the manager sees it.
 *
 * @param detail English, for IT staff; never personal data
 */
public record CardReaderStatus(State state, Code code, String detail) {
    public enum State { ONLINE, OFFLINE }

    /** OK; NO_READER: the named reader is not plugged in; NO_SERVICE: the PC/SC daemon is not running. */
    public enum Code { OK, NO_READER, NO_SERVICE }

    public static CardReaderStatus online(String detail) {
        return new CardReaderStatus(State.ONLINE, Code.OK, detail);
    }
}
