package vn.motcua.kiosk.camera;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import vn.motcua.kiosk.ocr.OcrException;

/**
 * A flatbed or document camera through SANE: runs {@code scanimage} (Debian package sane-utils), which
 * speaks to every scanner SANE supports, and reads the PNG it writes to stdout. One process per page keeps
 * a wedged driver from taking the kiosk with it: it is killed at the timeout and the next scan starts clean.
 */
public final class SaneDocumentScanner implements DocumentCamera {
    private static final int MAX_BYTES = 64 * 1024 * 1024;
    private final CameraConfig config;

    public SaneDocumentScanner(CameraConfig config) {
        if (!"Color".equals(config.modeOrDefault()) && !"Gray".equals(config.modeOrDefault())) {
            throw new IllegalArgumentException("camera.mode must be Color or Gray, got '" + config.mode() + "'");
        }
        this.config = config;
    }

    List<String> command() {
        List<String> command = new ArrayList<>(List.of("scanimage", "--format=png",
                "--resolution", String.valueOf(config.resolutionOrDefault()), "--mode", config.modeOrDefault()));
        if (config.device() != null) {
            command.add(1, "--device-name=" + config.device());
        }
        return command;
    }

    @Override
    public BufferedImage capture() throws OcrException {
        ProcessBuilder builder = new ProcessBuilder(command());
        if (config.configDir() != null) {
            builder.environment().put("SANE_CONFIG_DIR", config.configDir());
        }
        Process p;
        try {
            p = builder.start();
        } catch (IOException e) {
            throw new OcrException("the document scanner cannot be started (is sane-utils installed?): " + e.getMessage());
        }
        try {
            CompletableFuture<byte[]> image = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
            CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            if (!p.waitFor(config.timeoutOrDefault(), TimeUnit.MILLISECONDS)) {
                throw new OcrException("the document scanner did not finish within " + config.timeoutOrDefault() + " ms");
            }
            byte[] png = image.get(5, TimeUnit.SECONDS);
            if (p.exitValue() != 0) {
                String why = new String(errors.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip();
                throw new OcrException("the document scanner failed: " + (why.isEmpty() ? "exit " + p.exitValue()
                        : why.lines().findFirst().orElse(why)));
            }
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
            if (read == null) {
                throw new OcrException("the document scanner returned no image");
            }
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcrException("interrupted while scanning");
        } catch (OcrException e) {
            throw e;
        } catch (Exception e) {
            throw new OcrException("the document scanner's output could not be read: " + e.getMessage());
        } finally {
            p.destroyForcibly();
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readNBytes(MAX_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
