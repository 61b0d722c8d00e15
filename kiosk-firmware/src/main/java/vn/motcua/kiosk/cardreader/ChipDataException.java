package vn.motcua.kiosk.cardreader;

/** A chip file whose bytes do not have the structure they must have; the message names the file and offset. */
public final class ChipDataException extends RuntimeException {
    public ChipDataException(String message) {
        super(message);
    }
}
