package org.onestop.reforms.internal;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reform monitor over the API: the model, a series, the diagram (SVG, PNG), the exports and
 * the assessments' history are public; analysts add and change evidence, record values, move
 * programmes and save assessments.
 */
@RestController
@RequestMapping("/api/v1/reforms")
class ReformApiController {

    record StatusRequest(String status) {
    }

    private final ModelQuery query;
    private final LiveFigures live;
    private final ModelDiagram diagram;
    private final ReformExports exports;
    private final ReformEditing editing;
    private final Assessments assessments;

    ReformApiController(ModelQuery query, LiveFigures live, ModelDiagram diagram, ReformExports exports,
            ReformEditing editing, Assessments assessments) {
        this.query = query;
        this.live = live;
        this.diagram = diagram;
        this.exports = exports;
        this.editing = editing;
        this.assessments = assessments;
    }

    @GetMapping(path = "/model", produces = MediaType.APPLICATION_JSON_VALUE)
    ModelQuery.Model model() {
        return query.model();
    }

    /** The diagram in the request's language, or in {@code lang} (kk, ru, en) for a download link. */
    @GetMapping(path = "/model.svg", produces = "image/svg+xml")
    String svg(@RequestParam(required = false) String lang, Locale locale) {
        return SvgDrawing.write(diagram.draw(query.model(), language(lang, locale)));
    }

    @GetMapping(path = "/model.png", produces = MediaType.IMAGE_PNG_VALUE)
    byte[] png(@RequestParam(required = false) String lang, Locale locale) {
        return PngDrawing.write(diagram.draw(query.model(), language(lang, locale)));
    }

    /** A series: a paper indicator as stored, or a live one over the last {@code count} periods {@code by}. */
    @GetMapping(path = "/indicators/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    Monitor.Series indicator(@PathVariable String code, @RequestParam(defaultValue = "quarter") String by,
            @RequestParam(defaultValue = "8") int count) {
        return query.series(code, live.recent(LiveFigures.step(by), count));
    }

    @GetMapping("/exports/{dataset}")
    ResponseEntity<?> export(@PathVariable String dataset, @RequestParam(defaultValue = "csv") String format) {
        if (!ReformExports.DATASETS.contains(dataset)) {
            throw DomainException.notFound("reforms.export.unknown", "no dataset " + dataset, dataset);
        }
        return switch (format) {
            case "csv" -> ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment("reforms-" + dataset + ".csv"))
                    .body(exports.csv(dataset));
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CONTENT_DISPOSITION, attachment("reforms-" + dataset + ".json"))
                    .body(exports.json(dataset));
            default -> throw DomainException.invalid("reforms.export.format", "format is csv or json", format);
        };
    }

    @GetMapping(path = "/components/{code}/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Assessment> assessments(@PathVariable String code) {
        return assessments.history(Component.of(code));
    }

    @PostMapping(path = "/components/{code}/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<Assessment> assess(@PathVariable String code, @RequestBody Assessments.Request request,
            @AuthenticationPrincipal Actor actor) {
        Assessment saved = assessments.save(Component.of(code), request, actor);
        return ResponseEntity.created(URI.create("/api/v1/reforms/components/" + saved.component().code()
                + "/assessments")).body(saved);
    }

    @PostMapping(path = "/items", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    ResponseEntity<Monitor.Item> add(@RequestBody ReformEditing.ItemRequest request,
            @AuthenticationPrincipal Actor actor) {
        Monitor.Item item = editing.add(request, actor);
        return ResponseEntity.created(URI.create("/reforms/components/" + item.component().code() + "#item-"
                + item.code())).body(item);
    }

    @PutMapping(path = "/items/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    Monitor.Item change(@PathVariable String code, @RequestBody ReformEditing.ItemRequest request,
            @AuthenticationPrincipal Actor actor) {
        return editing.change(code, request, actor);
    }

    @PostMapping(path = "/indicators/{code}/values", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    Monitor.Series record(@PathVariable String code, @RequestBody ReformEditing.ValueRequest request,
            @AuthenticationPrincipal Actor actor) {
        return editing.record(code, request, actor);
    }

    @PutMapping(path = "/programmes/{code}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('ANALYST')")
    Monitor.Programme status(@PathVariable String code, @RequestBody StatusRequest request,
            @AuthenticationPrincipal Actor actor) {
        return editing.status(code, request.status(), actor);
    }

    private static Language language(String lang, Locale locale) {
        return lang == null ? Language.of(locale, Language.KK) : Language.ofTag(lang);
    }

    private static String attachment(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
