package org.onestop.reforms.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The reform monitor's public pages: the model as a diagram with each component's items, a
 * component with its evidence, programmes, acts and indicators (component E with the platform's
 * live figures), the timeline, and one indicator as a chart with its data table.
 */
@Controller
@RequestMapping("/reforms")
class ReformPages {

    private final ModelQuery query;
    private final LiveFigures live;
    private final ModelDiagram diagram;
    private final Figures figures;
    private final Timeline timeline;
    private final Assessments assessments;

    ReformPages(ModelQuery query, LiveFigures live, ModelDiagram diagram, Figures figures, Timeline timeline,
            Assessments assessments) {
        this.query = query;
        this.live = live;
        this.diagram = diagram;
        this.figures = figures;
        this.timeline = timeline;
        this.assessments = assessments;
    }

    @GetMapping
    String model(Locale locale, Model model) {
        Language language = Language.of(locale, Language.KK);
        ModelQuery.Model content = query.model();
        model.addAttribute("svg", SvgDrawing.write(diagram.draw(content, language)));
        model.addAttribute("components", content.components());
        model.addAttribute("licence", ModelQuery.LICENCE);
        return "reforms/model";
    }

    @GetMapping("/components/{code}")
    String component(@PathVariable String code, Locale locale, Model model) {
        Language language = Language.of(locale, Language.KK);
        ModelQuery.Part part = query.component(Component.of(code));
        model.addAttribute("part", part);
        model.addAttribute("paper", part.indicators().stream().filter(s -> !s.live()).toList());
        List<Monitor.Series> liveSeries = part.indicators().stream().filter(Monitor.Series::live).toList();
        model.addAttribute("live", liveSeries);
        model.addAttribute("periods", live.overview());
        model.addAttribute("liveShown", liveSeries.stream().collect(Collectors.toMap(
                Monitor.Series::code, s -> s.observations().stream().map(o -> figures.shown(o, s.unit(), language))
                        .toList())));
        model.addAttribute("rows", part.indicators().stream().collect(Collectors.toMap(
                Monitor.Series::code, s -> figures.rows(s, language))));
        model.addAttribute("assessment", assessments.latest(part.component()).orElse(null));
        model.addAttribute("values", Map.of());
        model.addAttribute("errors", Map.of());
        return "reforms/component";
    }

    @GetMapping("/timeline")
    String timeline(Model model) {
        model.addAttribute("events", timeline.events());
        return "reforms/timeline";
    }

    @GetMapping("/indicators/{code}")
    String indicator(@PathVariable String code, Locale locale, Model model) {
        Language language = Language.of(locale, Language.KK);
        Monitor.Series series = query.series(code, live.recent(LiveFigures.Step.QUARTER, 8));
        model.addAttribute("series", series);
        model.addAttribute("chart", figures.chart(series, language));
        model.addAttribute("rows", figures.rows(series, language));
        return "reforms/indicator";
    }

    /** Where an assessment's evidence reference ({@code item:a-gdp-growth}, …) is shown. */
    @GetMapping("/evidence/{reference}")
    String evidence(@PathVariable String reference) {
        String kind = reference.substring(0, Math.max(0, reference.indexOf(':')));
        String code = reference.substring(reference.indexOf(':') + 1);
        if (kind.equals("indicator")) {
            return "redirect:/reforms/indicators/" + query.series(code, List.of()).code();
        }
        for (ModelQuery.Part part : query.model().components()) {
            boolean here = switch (kind) {
                case "item" -> part.items().stream().anyMatch(i -> i.code().equals(code));
                case "programme" -> part.programmes().stream().anyMatch(p -> p.code().equals(code));
                case "act" -> part.acts().stream().anyMatch(a -> a.code().equals(code));
                default -> false;
            };
            if (here) {
                return "redirect:/reforms/components/" + part.component().code() + "#" + kind + "-" + code;
            }
        }
        throw DomainException.notFound("reforms.assessment.evidence", "no evidence " + reference, reference);
    }
}
