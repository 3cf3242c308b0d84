package org.onestop.reforms.internal;

import java.math.BigDecimal;
import java.util.List;

/**
 * Draws a series as an SVG bar chart, one bar per value (period, and category for a breakdown),
 * with a title and a description for screen readers; the page puts the same values in a table
 * next to it. A value not yet measured gets no bar and says so.
 */
final class SeriesChart {

    private static final int WIDTH = 680;
    private static final int HEIGHT = 300;
    private static final int LEFT = 60;
    private static final int BOTTOM = 60;
    private static final int TOP = 20;

    /** A bar: its label, its value (or null) and the value as the page writes it. */
    record Bar(String label, BigDecimal value, String shown) {
    }

    private SeriesChart() {
    }

    static String write(String id, String title, String description, List<Bar> bars) {
        StringBuilder svg = new StringBuilder(4_096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-title ").append(id)
                .append("-desc\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n<title id=\"").append(id)
                .append("-title\">").append(SvgDrawing.escape(title)).append("</title>\n<desc id=\"").append(id)
                .append("-desc\">").append(SvgDrawing.escape(description)).append("</desc>\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" fill=\"#ffffff\"/>\n");
        double max = bars.stream().map(Bar::value).filter(v -> v != null).mapToDouble(BigDecimal::doubleValue)
                .max().orElse(0);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int baseline = HEIGHT - BOTTOM;
        svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(baseline).append("\" x2=\"")
                .append(WIDTH - 10).append("\" y2=\"").append(baseline).append("\" stroke=\"#333333\"/>\n");
        int slot = bars.isEmpty() ? 0 : (WIDTH - LEFT - 20) / bars.size();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int x = LEFT + i * slot + slot / 6;
            int width = Math.max(4, slot * 2 / 3);
            int centre = x + width / 2;
            if (bar.value() != null && max > 0) {
                int height = (int) Math.round(Math.max(0, bar.value().doubleValue()) / max * plotHeight);
                svg.append("<rect x=\"").append(x).append("\" y=\"").append(baseline - height).append("\" width=\"")
                        .append(width).append("\" height=\"").append(height).append("\" fill=\"#1d4f91\"/>\n");
                svg.append("<text x=\"").append(centre).append("\" y=\"").append(baseline - height - 4)
                        .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#111111\">")
                        .append(SvgDrawing.escape(bar.shown())).append("</text>\n");
            } else {
                svg.append("<text x=\"").append(centre).append("\" y=\"").append(baseline - 6)
                        .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#555555\">")
                        .append(SvgDrawing.escape(bar.shown())).append("</text>\n");
            }
            svg.append("<text x=\"").append(centre).append("\" y=\"").append(baseline + 16)
                    .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"#111111\">")
                    .append(SvgDrawing.escape(bar.label())).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }
}
