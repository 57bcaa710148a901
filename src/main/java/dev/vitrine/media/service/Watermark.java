package dev.vitrine.media.service;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A watermark as the site settings describe it: a text, or a logo picture, at a place, this opaque.
 *
 * @param text drawn when there is no logo
 * @param logo the logo picture's path in the media store, or null
 * @param position BOTTOM_RIGHT, BOTTOM_LEFT, CENTER, TOP_RIGHT or TOP_LEFT
 * @param opacity in percent
 */
public record Watermark(String text, String logo, String position, int opacity) {

    /** A key for what this watermark draws: pictures marked with another one are made again. */
    public String key() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((text + "\n" + logo + "\n" + position + "\n" + opacity).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Draws the watermark on the picture; {@code logoImage} is the decoded logo when there is one. */
    void drawOn(BufferedImage picture, BufferedImage logoImage) {
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, opacity / 100f));
            int width = picture.getWidth();
            int height = picture.getHeight();
            int margin = Math.max(4, Math.min(width, height) / 40);
            if (logoImage != null) {
                int markWidth = Math.max(16, width / 5);
                int markHeight = Math.max(1, logoImage.getHeight() * markWidth / Math.max(1, logoImage.getWidth()));
                int[] at = place(width, height, markWidth, markHeight, margin);
                g.drawImage(logoImage, at[0], at[1], markWidth, markHeight, null);
            } else {
                Font font = new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, Math.min(width, height) / 14));
                TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
                Rectangle2D bounds = layout.getBounds();
                int[] at = place(
                        width, height, (int) Math.ceil(bounds.getWidth()), (int) Math.ceil(bounds.getHeight()), margin);
                float x = (float) (at[0] - bounds.getX());
                float y = (float) (at[1] - bounds.getY());
                g.setColor(new Color(0, 0, 0));
                layout.draw(g, x + 1.5f, y + 1.5f);
                g.setColor(Color.WHITE);
                layout.draw(g, x, y);
            }
        } finally {
            g.dispose();
        }
    }

    /** The top left corner of a mark of this size at the position. */
    private int[] place(int width, int height, int markWidth, int markHeight, int margin) {
        int left = margin;
        int right = width - markWidth - margin;
        int top = margin;
        int bottom = height - markHeight - margin;
        return switch (position) {
            case "BOTTOM_LEFT" -> new int[] {left, bottom};
            case "CENTER" -> new int[] {(width - markWidth) / 2, (height - markHeight) / 2};
            case "TOP_RIGHT" -> new int[] {right, top};
            case "TOP_LEFT" -> new int[] {left, top};
            default -> new int[] {right, bottom};
        };
    }
}
