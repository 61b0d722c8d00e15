package vn.motcua.server.backup;

/** A backup or restore that was refused; the message says why and that nothing was changed. */
public final class BackupException extends RuntimeException {
    public BackupException(String message) {
        super(message);
    }
}
