package org.onestop.reforms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.onestop.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The diagram generated from the shipped data draws every item of the paper's Figure 4 in its component's box. */
@DatabaseTest
class ReformDiagramTest {

    /** The paper's Figure 4, box by box, as the paper prints it. */
    static final Map<String, List<String>> FIGURE_4 = new LinkedHashMap<>();

    static {
        FIGURE_4.put("A", List.of("Average GDP growth rate 10%", "Integration into global economy",
                "Support of international organization (World Bank, International Monetary Fund)", "Plans to join WTO",
                "Investment in public services – education and health"));
        FIGURE_4.put("B", List.of("Presidential Republic", "Dominant role of pro-presidential Otan Party",
                "Weakness of Communist Party and trade unions",
                "President’s influence over legislature, executive and judiciary",
                "Mass support for Presidential policies", "Emergence of human rights lobby groups"));
        FIGURE_4.put("C", List.of("Dominance of President/Otan", "Top down support for reforms",
                "Occupation of key posts by young Western-educated (Bolashak Scholars) experts",
                "Political-economic alliance"));
        FIGURE_4.put("D", List.of("Anti-nuclear mass movement", "Labour conflicts"));
        FIGURE_4.put("E", List.of("Civil service reforms (structural, performance measurement, pay)", "Decentralization",
                "Quality standards for public services", "Corruption – code of ethics for civil servants",
                "E-government"));
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void everyItemOfFigureFourIsDrawnInTheBoxOfItsComponent() throws Exception {
        String svg = mvc.get().uri("/api/v1/reforms/model.svg").header("Accept-Language", "en").exchange()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document document = parse(svg);
        for (Map.Entry<String, List<String>> box : FIGURE_4.entrySet()) {
            Element group = document.getElementById("component-" + box.getKey());
            assertThat(group).as("box " + box.getKey()).isNotNull();
            assertThat(itemsIn(group)).as("box " + box.getKey()).containsSubsequence(box.getValue());
            FIGURE_4.forEach((other, items) -> {
                if (!other.equals(box.getKey())) {
                    assertThat(itemsIn(group)).as("box " + box.getKey()).doesNotContainAnyElementsOf(items);
                }
            });
        }
        assertThat(document.getElementsByTagName("title").item(0).getTextContent())
                .contains("Figure 4", "Pollitt and Bouckaert");
        assertThat(svg).contains("Ongoing reforms initiated by Head of State:", "href=\"/reforms/components/E#item-e-e-government\"");
    }

    @Test
    void theDiagramSpeaksTheReadersLanguageAndComesAsPng() throws Exception {
        assertThat(mvc.get().uri("/api/v1/reforms/model.svg").header("Accept-Language", "ru").exchange())
                .hasStatusOk().bodyText().contains("ПОЛИТИЧЕСКАЯ СИСТЕМА", "Президентская республика");
        assertThat(mvc.get().uri("/api/v1/reforms/model.svg?lang=kk").exchange()).hasStatusOk().bodyText()
                .contains("ӘКІМШІЛІК ЖҮЙЕ", "Электрондық үкімет");
        byte[] png = mvc.get().uri("/api/v1/reforms/model.png").exchange().getResponse().getContentAsByteArray();
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getWidth()).isEqualTo(ModelDiagram.WIDTH);
    }

    private static List<String> itemsIn(Element group) {
        List<String> items = new ArrayList<>();
        NodeList links = group.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getAttribute("id").startsWith("diagram-")) {
                NodeList lines = link.getElementsByTagName("tspan");
                List<String> text = new ArrayList<>();
                for (int l = 0; l < lines.getLength(); l++) {
                    text.add(lines.item(l).getTextContent().replaceFirst("^• ", ""));
                }
                items.add(String.join(" ", text));
            }
        }
        return items;
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            ((Element) groups.item(i)).setIdAttribute("id", true);
        }
        return document;
    }
}
