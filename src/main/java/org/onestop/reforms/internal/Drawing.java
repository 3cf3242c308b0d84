package org.onestop.reforms.internal;

import java.util.List;

/**
 * The model's diagram laid out once, in pixels, for both renderers ({@link SvgDrawing},
 * {@link PngDrawing}): the title, one box per component with its heading and items (each item's
 * text already wrapped into lines), and the arrows between the boxes.
 */
record Drawing(int width, int height, String title, String description, List<Box> boxes, List<Arrow> arrows) {

    static final int LINE = 17;
    static final int FONT = 13;
    static final int HEADING_FONT = 15;
    static final int PADDING = 12;

    /** An item of a box: its code, its wrapped lines and where it links to. */
    record Entry(String code, List<String> lines, String href) {

        /** The item's text whole again: wrapping only ever breaks at a space. */
        String text() {
            return String.join(" ", lines);
        }
    }

    record Box(Component component, int x, int y, int width, int height, String heading, List<String> lead,
            List<Entry> entries, String more, String href) {
    }

    /** An arrow from (x1, y1) to (x2, y2), the head at the second end. */
    record Arrow(int x1, int y1, int x2, int y2) {
    }
}
