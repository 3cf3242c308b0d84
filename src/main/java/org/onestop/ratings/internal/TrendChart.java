package org.onestop.ratings.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart's geometry, computed here and drawn as SVG by the page's template: one x position
 * per period, values scaled between {@code min} and {@code max}, a line per series through the
 * periods that have a value. The page shows the same figures in a table beside it.
 */
record TrendChart(int width, int height, List<Tick> ticks, List<Label> labels, List<Line> lines) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    private static final int LEFT = 48;
    private static final int RIGHT = 36;
    private static final int TOP = 12;
    private static final int BOTTOM = 32;

    /** A horizontal grid line at {@code y} with its value. */
    record Tick(double y, String label) {
    }

    /** A period's name under the x axis. */
    record Label(double x, String text) {
    }

    /** A point of a line, with the value it stands for (the SVG title shown on hover and to screen readers). */
    record Dot(double x, double y, String value) {
    }

    /** One series: its name, its style (a CSS class), its polyline points and its dots. */
    record Line(String name, String style, String points, List<Dot> dots) {
    }

    /** One series to draw: its values, in the order of the periods, null where there is none. */
    record Series(String name, String style, List<BigDecimal> values) {
    }

    static TrendChart of(List<String> periods, List<Series> series, double min, double max, int tickCount) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double step = periods.size() > 1 ? plotWidth / (periods.size() - 1) : 0;
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= tickCount; i++) {
            double value = min + (max - min) * i / tickCount;
            ticks.add(new Tick(round(TOP + plotHeight * (1 - (value - min) / (max - min))), number(value)));
        }
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            labels.add(new Label(round(LEFT + step * i), periods.get(i)));
        }
        List<Line> lines = new ArrayList<>();
        for (Series s : series) {
            List<Dot> dots = new ArrayList<>();
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < s.values().size() && i < periods.size(); i++) {
                BigDecimal value = s.values().get(i);
                if (value != null) {
                    double clipped = Math.max(min, Math.min(max, value.doubleValue()));
                    Dot dot = new Dot(round(LEFT + step * i), round(TOP + plotHeight * (1 - (clipped - min) / (max - min))),
                            value.stripTrailingZeros().toPlainString());
                    dots.add(dot);
                    points.append(points.isEmpty() ? "" : " ").append(dot.x()).append(',').append(dot.y());
                }
            }
            lines.add(new Line(s.name(), s.style(), points.toString(), dots));
        }
        return new TrendChart(WIDTH, HEIGHT, ticks, labels, lines);
    }

    /** Where the plot's left edge is, for the axis line. */
    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
