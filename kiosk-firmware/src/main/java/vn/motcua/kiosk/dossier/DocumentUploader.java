package vn.motcua.kiosk.dossier;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import vn.motcua.client.QueueClient;
import vn.motcua.client.dossier.UploadPart;
import vn.motcua.client.dossier.UploadStart;

/** Sends a captured JPEG to the server in parts small enough for its body limit, with its SHA-256. */
final class DocumentUploader {
    private static final int PART_BYTES = 30 * 1024;

    private final QueueClient server;

    DocumentUploader(QueueClient server) {
        this.server = server;
    }

    /** The server's id of the complete upload. */
    long upload(byte[] jpeg) {
        long id = server.startUpload(new UploadStart("image/jpeg", jpeg.length, sha256(jpeg))).id();
        for (int offset = 0; offset < jpeg.length; offset += PART_BYTES) {
            byte[] part = Arrays.copyOfRange(jpeg, offset, Math.min(jpeg.length, offset + PART_BYTES));
            server.uploadPart(id, new UploadPart(offset, Base64.getEncoder().encodeToString(part)));
        }
        return id;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
