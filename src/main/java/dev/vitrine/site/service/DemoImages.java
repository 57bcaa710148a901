package dev.vitrine.site.service;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Pictures for the demo shop, drawn rather than shipped: simple product sketches on a coloured ground.
 * No text is drawn, so no font is needed on the server.
 */
final class DemoImages {

    /** The motifs the demo products use. */
    enum Motif {
        SPEAKER,
        ENCLOSURE,
        AMPLIFIER,
        PROCESSOR,
        MAT,
        BATTERY,
        NEWS
    }

    private DemoImages() {}

    /** A PNG of {@code size} x {@code size} pixels. */
    static byte[] draw(Motif motif, Color tint, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.scale(size / 100.0, size / 100.0);
            g.setPaint(new GradientPaint(0, 0, tint.brighter(), 100, 100, tint.darker()));
            g.fillRect(0, 0, 100, 100);
            g.setStroke(new BasicStroke(1.5f));
            switch (motif) {
                case SPEAKER -> speaker(g, 50, 50, 34);
                case ENCLOSURE -> {
                    box(g, 14, 20, 72, 60, new Color(0x3b2a1e));
                    speaker(g, 50, 50, 24);
                }
                case AMPLIFIER -> {
                    box(g, 12, 32, 76, 36, new Color(0x2b2f36));
                    g.setColor(new Color(0x8a9099));
                    for (int x = 18; x < 84; x += 6) {
                        g.fillRect(x, 36, 3, 28);
                    }
                }
                case PROCESSOR -> {
                    box(g, 20, 30, 60, 40, new Color(0x1f2a44));
                    g.setColor(new Color(0x4fd1c5));
                    for (int i = 0; i < 8; i++) {
                        g.fillOval(25 + i * 7, 60, 4, 4);
                    }
                    g.fillRect(28, 38, 44, 12);
                }
                case MAT -> {
                    g.setColor(new Color(0x30343a));
                    g.fill(new RoundRectangle2D.Double(14, 22, 72, 56, 4, 4));
                    g.setColor(new Color(0xb8bcc4));
                    for (int y = 28; y < 76; y += 8) {
                        g.drawLine(18, y, 82, y + 4);
                    }
                }
                case BATTERY -> {
                    box(g, 18, 34, 64, 42, new Color(0x25303b));
                    g.setColor(new Color(0xc53030));
                    g.fillRect(26, 26, 10, 8);
                    g.setColor(new Color(0x2b6cb0));
                    g.fillRect(64, 26, 10, 8);
                }
                case NEWS -> {
                    g.setColor(new Color(255, 255, 255, 220));
                    g.fill(new RoundRectangle2D.Double(18, 16, 64, 68, 6, 6));
                    g.setColor(tint.darker());
                    g.fillRect(26, 24, 48, 14);
                    for (int y = 46; y < 78; y += 7) {
                        g.fillRect(26, y, y > 70 ? 30 : 48, 3);
                    }
                }
                default -> throw new IllegalArgumentException(motif.name());
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    /** A banner of 1600 x 600 pixels: a ground from {@code tint} to dark, with a row of speakers on the right. */
    static byte[] banner(Color tint) {
        BufferedImage image = new BufferedImage(1600, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, tint, 1600, 600, tint.darker().darker()));
            g.fillRect(0, 0, 1600, 600);
            g.setStroke(new BasicStroke(6f));
            speaker(g, 1000, 330, 120);
            speaker(g, 1290, 270, 170);
            speaker(g, 1500, 420, 80);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static void speaker(Graphics2D g, double cx, double cy, double r) {
        g.setColor(new Color(0x1a1a1a));
        g.fill(circle(cx, cy, r));
        g.setColor(new Color(0x555555));
        g.fill(circle(cx, cy, r * 0.8));
        g.setColor(new Color(0x999999));
        g.draw(circle(cx, cy, r * 0.62));
        g.setColor(new Color(0xdddddd));
        g.fill(circle(cx, cy, r * 0.28));
    }

    private static void box(Graphics2D g, double x, double y, double w, double h, Color color) {
        g.setColor(color);
        g.fill(new RoundRectangle2D.Double(x, y, w, h, 6, 6));
        g.setColor(color.brighter());
        g.draw(new RoundRectangle2D.Double(x, y, w, h, 6, 6));
    }

    private static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    private static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
