package org.onestop.reforms.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Paints a {@link Drawing} as PNG with Java's own 2D graphics (headless, no further library),
 * box for box and line for line as {@link SvgDrawing} writes it.
 */
final class PngDrawing {

    private static final Color INK = new Color(0x11, 0x11, 0x11);
    private static final Color BLUE = new Color(0x1d, 0x4f, 0x91);
    private static final Color FILL = new Color(0xf4, 0xf7, 0xfb);

    private PngDrawing() {
    }

    static byte[] write(Drawing drawing) {
        BufferedImage image = new BufferedImage(drawing.width(), drawing.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, drawing.width(), drawing.height());
            g.setColor(INK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 17));
            g.drawString(drawing.title(), 20, 36);
            drawing.boxes().forEach(box -> box(g, box));
            g.setColor(new Color(0x33, 0x33, 0x33));
            g.setStroke(new BasicStroke(2));
            drawing.arrows().forEach(arrow -> arrow(g, arrow));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    private static void box(Graphics2D g, Drawing.Box box) {
        g.setColor(FILL);
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
        g.setColor(BLUE);
        g.setStroke(new BasicStroke(1.5f));
        g.drawRoundRect(box.x(), box.y(), box.width(), box.height(), 12, 12);
        int x = box.x() + Drawing.PADDING;
        int y = box.y() + Drawing.PADDING + Drawing.HEADING_FONT;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Drawing.HEADING_FONT));
        g.drawString(box.heading(), x, y);
        y += 22;
        g.setColor(INK);
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, Drawing.FONT));
        for (String line : box.lead()) {
            g.drawString(line, x, y);
            y += Drawing.LINE;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Drawing.FONT));
        for (Drawing.Entry entry : box.entries()) {
            for (int i = 0; i < entry.lines().size(); i++) {
                g.drawString((i == 0 ? "• " : "") + entry.lines().get(i), i == 0 ? x : x + 12, y);
                y += Drawing.LINE;
            }
        }
        if (box.more() != null) {
            g.setColor(BLUE);
            g.drawString(box.more(), x, y);
        }
    }

    private static void arrow(Graphics2D g, Drawing.Arrow arrow) {
        g.drawLine(arrow.x1(), arrow.y1(), arrow.x2(), arrow.y2());
        double angle = Math.atan2(arrow.y2() - arrow.y1(), arrow.x2() - arrow.x1());
        Polygon head = new Polygon();
        head.addPoint(arrow.x2(), arrow.y2());
        head.addPoint((int) (arrow.x2() - 10 * Math.cos(angle - 0.4)), (int) (arrow.y2() - 10 * Math.sin(angle - 0.4)));
        head.addPoint((int) (arrow.x2() - 10 * Math.cos(angle + 0.4)), (int) (arrow.y2() - 10 * Math.sin(angle + 0.4)));
        g.fillPolygon(head);
    }
}
