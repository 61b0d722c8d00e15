package vn.motcua.bench.ocr;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Random;

/** Generator C's degraded cards: what a phone held over the card makes of it. */
final class PhonePhoto {
    private PhonePhoto() {
    }

    /** A phone photo: tilt and keystone on a dark desk, blur, glare, uneven light, a cast, noise, low resolution, JPEG. */
    static BufferedImage take(BufferedImage src, Random r) {
        int w = src.getWidth();
        int h = src.getHeight();
        int pad = (int) (Math.max(w, h) * 0.08);
        BufferedImage out = new BufferedImage(w + 2 * pad, h + 2 * pad, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(new Color(40 + r.nextInt(50), 38 + r.nextInt(40), 36 + r.nextInt(40)));
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            AffineTransform t = new AffineTransform();
            t.translate(pad, pad);
            t.rotate(Math.toRadians((r.nextDouble() * 2 - 1) * 4.0), w / 2.0, h / 2.0);
            t.shear((r.nextDouble() * 2 - 1) * 0.03, (r.nextDouble() * 2 - 1) * 0.02);
            g.drawImage(src, t, null);
            // glare: a soft bright patch where the ceiling light reflects off the laminate
            float cx = (float) (pad + w * (0.2 + r.nextDouble() * 0.6));
            float cy = (float) (pad + h * (0.2 + r.nextDouble() * 0.6));
            float radius = (float) (h * (0.15 + r.nextDouble() * 0.2));
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.45f + r.nextFloat() * 0.35f));
            g.setPaint(new RadialGradientPaint(cx, cy, radius, new float[]{0f, 1f},
                    new Color[]{new Color(255, 255, 250, 255), new Color(255, 255, 250, 0)}));
            g.fillOval((int) (cx - radius), (int) (cy - radius), (int) (2 * radius), (int) (2 * radius));
        } finally {
            g.dispose();
        }
        out = r.nextBoolean() ? box(out, 1) : motion(out, 2 + r.nextInt(3));
        if (r.nextInt(3) == 0) { // a low-resolution camera: down and up again
            out = resize(resize(out, 0.6 + r.nextDouble() * 0.15), out.getWidth(), out.getHeight());
        }
        double sigma = 2 + r.nextDouble() * 8;
        double light = 0.7 + r.nextDouble() * 0.25;
        double[] cast = {0.92 + r.nextDouble() * 0.08, 0.92 + r.nextDouble() * 0.08, 0.92 + r.nextDouble() * 0.08};
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int rgb = out.getRGB(x, y);
                double shade = light + (1 - light) * y / out.getHeight();
                double n = r.nextGaussian() * sigma;
                out.setRGB(x, y, (clamp(((rgb >> 16) & 0xFF) * shade * cast[0] + n) << 16)
                        | (clamp(((rgb >> 8) & 0xFF) * shade * cast[1] + n) << 8) | clamp((rgb & 0xFF) * shade * cast[2] + n));
            }
        }
        return jpeg(out, 0.45f + r.nextFloat() * 0.3f);
    }

    static BufferedImage jpeg(BufferedImage img, float quality) {
        try {
            var bytes = new java.io.ByteArrayOutputStream();
            var writer = javax.imageio.ImageIO.getImageWritersByFormatName("jpg").next();
            var param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            try (var out = javax.imageio.ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new javax.imageio.IIOImage(img, null, null), param);
            } finally {
                writer.dispose();
            }
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static BufferedImage box(BufferedImage src, int radius) {
        int size = radius * 2 + 1;
        float[] k = new float[size * size];
        java.util.Arrays.fill(k, 1f / k.length);
        return new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(src, null);
    }

    /** A hand moving sideways during the exposure. */
    private static BufferedImage motion(BufferedImage src, int length) {
        float[] k = new float[length];
        java.util.Arrays.fill(k, 1f / length);
        return new ConvolveOp(new Kernel(length, 1, k), ConvolveOp.EDGE_NO_OP, null).filter(src, null);
    }

    private static BufferedImage resize(BufferedImage src, double f) {
        return resize(src, (int) (src.getWidth() * f), (int) (src.getHeight() * f));
    }

    private static BufferedImage resize(BufferedImage src, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

}
