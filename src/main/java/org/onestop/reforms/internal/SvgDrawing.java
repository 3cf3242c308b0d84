package org.onestop.reforms.internal;

/**
 * Writes a {@link Drawing} as SVG: accessible (a title and a description), styled by presentation
 * attributes only (so it works inline under the pages' content security policy), each component a
 * group {@code component-<code>} linking to its page and each item linking to its entry there.
 */
final class SvgDrawing {

    private SvgDrawing() {
    }

    static String write(Drawing drawing) {
        StringBuilder svg = new StringBuilder(16_384);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(drawing.width()).append(' ')
                .append(drawing.height()).append("\" width=\"").append(drawing.width()).append("\" height=\"")
                .append(drawing.height()).append("\" role=\"img\" aria-labelledby=\"reforms-model-title")
                .append(" reforms-model-desc\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n")
                .append("<title id=\"reforms-model-title\">").append(escape(drawing.title())).append("</title>\n")
                .append("<desc id=\"reforms-model-desc\">").append(escape(drawing.description())).append("</desc>\n")
                .append("<defs><marker id=\"reforms-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
                .append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\"")
                .append(" fill=\"#333333\"/></marker></defs>\n")
                .append("<rect x=\"0\" y=\"0\" width=\"").append(drawing.width()).append("\" height=\"")
                .append(drawing.height()).append("\" fill=\"#ffffff\"/>\n")
                .append("<text x=\"20\" y=\"36\" font-size=\"17\" font-weight=\"bold\" fill=\"#111111\">")
                .append(escape(drawing.title())).append("</text>\n");
        for (Drawing.Box box : drawing.boxes()) {
            box(svg, box);
        }
        for (Drawing.Arrow arrow : drawing.arrows()) {
            svg.append("<line x1=\"").append(arrow.x1()).append("\" y1=\"").append(arrow.y1()).append("\" x2=\"")
                    .append(arrow.x2()).append("\" y2=\"").append(arrow.y2())
                    .append("\" stroke=\"#333333\" stroke-width=\"2\" marker-end=\"url(#reforms-arrow)\"/>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void box(StringBuilder svg, Drawing.Box box) {
        int x = box.x() + Drawing.PADDING;
        int y = box.y() + Drawing.PADDING + Drawing.HEADING_FONT;
        svg.append("<g id=\"component-").append(box.component().code()).append("\">\n")
                .append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"")
                .append(box.width()).append("\" height=\"").append(box.height())
                .append("\" rx=\"6\" fill=\"#f4f7fb\" stroke=\"#1d4f91\" stroke-width=\"1.5\"/>\n")
                .append("<a href=\"").append(box.href()).append("\"><text x=\"").append(x).append("\" y=\"").append(y)
                .append("\" font-size=\"").append(Drawing.HEADING_FONT).append("\" font-weight=\"bold\" fill=\"#1d4f91\">")
                .append(escape(box.heading())).append("</text></a>\n");
        y += 22;
        for (String line : box.lead()) {
            text(svg, x, y, line, "font-style=\"italic\" ");
            y += Drawing.LINE;
        }
        for (Drawing.Entry entry : box.entries()) {
            svg.append("<a href=\"").append(entry.href()).append("\" id=\"diagram-").append(entry.code())
                    .append("\"><text font-size=\"").append(Drawing.FONT).append("\" fill=\"#111111\">");
            for (int i = 0; i < entry.lines().size(); i++) {
                svg.append("<tspan x=\"").append(i == 0 ? x : x + 12).append("\" y=\"").append(y).append("\">")
                        .append(i == 0 ? "• " : "").append(escape(entry.lines().get(i))).append("</tspan>");
                y += Drawing.LINE;
            }
            svg.append("</text></a>\n");
        }
        if (box.more() != null) {
            svg.append("<a href=\"").append(box.href()).append("\">");
            text(svg, x, y, box.more(), "fill=\"#1d4f91\" text-decoration=\"underline\" ");
            svg.append("</a>\n");
        }
        svg.append("</g>\n");
    }

    private static void text(StringBuilder svg, int x, int y, String text, String attributes) {
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(Drawing.FONT)
                .append("\" ").append(attributes).append(">").append(escape(text)).append("</text>\n");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
