package org.onestop.directory.web;

import java.util.List;
import java.util.Locale;
import org.onestop.directory.Directory;
import org.onestop.directory.StateBody;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.Language;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public directory API: regions, state bodies and service centres, named in the language the
 * request asks for. Reference data changes rarely, so answers may be cached for five minutes and
 * carry an ETag (a slow connection then pays for them once).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class DirectoryController {

    private static final CacheControl CACHE = CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic();

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/regions")
    ResponseEntity<List<DirectoryResponses.RegionResponse>> regions(Locale locale) {
        Language language = language(locale);
        return cached(directory.regions().stream().map(r -> DirectoryResponses.region(r, language)).toList(), language);
    }

    @GetMapping("/regions/{code}")
    ResponseEntity<DirectoryResponses.RegionResponse> region(@PathVariable String code, Locale locale) {
        Language language = language(locale);
        return cached(DirectoryResponses.region(directory.region(code).orElseThrow(() -> unknownRegion(code)),
                language), language);
    }

    @GetMapping("/bodies")
    ResponseEntity<List<DirectoryResponses.BodyResponse>> bodies(@RequestParam(required = false) String region,
            @RequestParam(required = false) String level, Locale locale) {
        Language language = language(locale);
        if (region != null && directory.region(region).isEmpty()) {
            throw unknownRegion(region);
        }
        return cached(directory.bodies(region, level(level)).stream()
                .map(b -> DirectoryResponses.body(b, language)).toList(), language);
    }

    @GetMapping("/bodies/{code}")
    ResponseEntity<DirectoryResponses.BodyResponse> body(@PathVariable String code, Locale locale) {
        Language language = language(locale);
        return cached(DirectoryResponses.body(directory.body(code).orElseThrow(() -> DomainException.notFound(
                "directory.body.unknown", "there is no state body with code " + code, code)), language), language);
    }

    @GetMapping("/centres")
    ResponseEntity<List<DirectoryResponses.CentreResponse>> centres(@RequestParam(required = false) String region,
            Locale locale) {
        Language language = language(locale);
        if (region != null && directory.region(region).isEmpty()) {
            throw unknownRegion(region);
        }
        return cached(directory.centres(region).stream().map(c -> DirectoryResponses.centre(c, language)).toList(),
                language);
    }

    @GetMapping("/centres/{code}")
    ResponseEntity<DirectoryResponses.CentreResponse> centre(@PathVariable String code, Locale locale) {
        Language language = language(locale);
        return cached(DirectoryResponses.centre(directory.centre(code).orElseThrow(() -> DomainException.notFound(
                "directory.centre.unknown", "there is no service centre with code " + code, code)), language),
                language);
    }

    private static <T> ResponseEntity<T> cached(T body, Language language) {
        return ResponseEntity.ok().cacheControl(CACHE).header("Content-Language", language.tag())
                .header("Vary", "Accept-Language").body(body);
    }

    private static Language language(Locale locale) {
        return Language.of(locale, Language.KK);
    }

    private static StateBody.Level level(String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        for (StateBody.Level candidate : StateBody.Level.values()) {
            if (candidate.name().equalsIgnoreCase(level.strip())) {
                return candidate;
            }
        }
        throw DomainException.invalid("directory.level.unknown",
                "level '" + level + "' is not one of central, territorial, local", level);
    }

    private static DomainException unknownRegion(String code) {
        return DomainException.notFound("directory.region.unknown", "there is no region with code " + code, code);
    }
}
