package org.onestop.reforms.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onestop.kernel.Language;
import org.springframework.context.MessageSource;

/**
 * Lays out the model like the paper's Figure 4, from the data: socio-economic forces (A) and the
 * political system (B) on top, chance events (D) and elite decision making (C) below them, the
 * administrative system (E) at the foot; arrows from A, B and D into C and from C into E, as in
 * Pollitt and Bouckaert's model. Each box lists the items drawn in the diagram, linked to them.
 */
@org.springframework.stereotype.Component
class ModelDiagram {

    static final int WIDTH = 1000;
    private static final int GAP = 50;
    /** Average width of a character at {@link Drawing#FONT} pixels, for wrapping. */
    private static final double CHAR_WIDTH = 7.2;

    private final MessageSource messages;

    ModelDiagram(MessageSource messages) {
        this.messages = messages;
    }

    Drawing draw(ModelQuery.Model model, Language language) {
        Map<Component, ModelQuery.Part> parts = new EnumMap<>(Component.class);
        model.components().forEach(p -> parts.put(p.component(), p));
        int top = 70;
        Drawing.Box a = box(parts.get(Component.A), 20, top, 470, language);
        Drawing.Box b = box(parts.get(Component.B), 510, top, 470, language);
        int row2 = top + Math.max(a.height(), b.height()) + GAP;
        Drawing.Box d = box(parts.get(Component.D), 20, row2, 300, language);
        Drawing.Box c = box(parts.get(Component.C), 360, row2, 620, language);
        int row3 = row2 + Math.max(c.height(), d.height()) + GAP;
        Drawing.Box e = box(parts.get(Component.E), 160, row3, 680, language);
        List<Drawing.Arrow> arrows = List.of(
                new Drawing.Arrow(a.x() + a.width() / 2, a.y() + a.height(), c.x() + c.width() / 4, c.y()),
                new Drawing.Arrow(b.x() + b.width() / 2, b.y() + b.height(), c.x() + 3 * c.width() / 4, c.y()),
                new Drawing.Arrow(d.x() + d.width(), d.y() + Math.min(d.height(), c.height()) / 2, c.x(),
                        d.y() + Math.min(d.height(), c.height()) / 2),
                new Drawing.Arrow(c.x() + c.width() / 2, c.y() + c.height(), c.x() + c.width() / 2, e.y()));
        return new Drawing(WIDTH, e.y() + e.height() + 20, text("reforms.diagram.title", language),
                text("reforms.diagram.description", language), List.of(a, b, c, d, e), arrows);
    }

    private Drawing.Box box(ModelQuery.Part part, int x, int y, int width, Language language) {
        String component = part.component().code();
        String href = "/reforms/components/" + component;
        int columns = (int) ((width - 2 * Drawing.PADDING - 12) / CHAR_WIDTH);
        List<String> lead = component.equals("E") ? wrap(text("reforms.component.E.lead", language), columns)
                : List.of();
        List<Drawing.Entry> entries = new ArrayList<>();
        long others = 0;
        for (Monitor.Item item : part.items()) {
            if (item.inDiagram()) {
                entries.add(new Drawing.Entry(item.code(), wrap(item.text().in(language), columns),
                        href + "#item-" + item.code()));
            } else {
                others++;
            }
        }
        String more = others == 0 ? null : messages.getMessage("reforms.diagram.more", new Object[] {others}, language.locale());
        int lines = lead.size() + entries.stream().mapToInt(en -> en.lines().size()).sum() + (more == null ? 0 : 1);
        int height = 2 * Drawing.PADDING + 22 + lines * Drawing.LINE;
        return new Drawing.Box(part.component(), x, y, width, height,
                component + ". " + part.name().in(language).toUpperCase(language.locale()), lead, entries, more, href);
    }

    /** Breaks a text into lines of at most {@code columns} characters, at spaces only. */
    static List<String> wrap(String text, int columns) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > columns) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private String text(String key, Language language) {
        return messages.getMessage(key, null, language.locale());
    }
}
