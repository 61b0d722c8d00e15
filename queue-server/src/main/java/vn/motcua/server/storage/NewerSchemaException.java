package vn.motcua.server.storage;

/** A store written by a newer queue-server: this one must not open, migrate or overwrite it. */
public final class NewerSchemaException extends StorageException {
    private final int found;
    private final int known;

    public NewerSchemaException(String what, int found, int known) {
        super("Dữ liệu " + what + " có lược đồ phiên bản " + found + ", mới hơn phiên bản " + known
                + " mà queue-server này hiểu: không hạ cấp, dữ liệu giữ nguyên / " + what + " has schema version "
                + found + ", newer than the " + known + " this queue-server knows: downgrade refused, nothing was "
                + "changed; install the newer version again, or restore a backup made by this version", null);
        this.found = found;
        this.known = known;
    }

    public int found() {
        return found;
    }

    public int known() {
        return known;
    }
}
