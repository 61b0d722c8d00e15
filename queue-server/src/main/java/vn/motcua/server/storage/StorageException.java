package vn.motcua.server.storage;

/** A failure of the store that is not the caller's fault; answered as 500 without details. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
