package org.onestop.catalog.internal;

import java.util.List;
import java.util.Locale;
import org.onestop.catalog.Catalog;
import org.onestop.catalog.LifeEvent;
import org.onestop.catalog.ServiceQuery;
import org.onestop.catalog.ServiceStandard;
import org.onestop.catalog.ServiceStandard.Channel;
import org.onestop.kernel.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The service catalogue: search in any of the three languages, browse by life event, narrow to a
 * channel; twenty services a page, in the register's order. A plain GET form, so it works
 * without JavaScript and every result page has its own address.
 */
@Controller
class CataloguePage {

    static final int PAGE_SIZE = 20;

    record LifeEventView(String code, String name, String description) {

        static LifeEventView of(LifeEvent event, Language language) {
            return new LifeEventView(event.code(), event.name().in(language), event.description().in(language));
        }
    }

    record ServiceView(String code, String name, String description, String deadline, List<String> channels) {
    }

    private final Catalog catalog;
    private final MessageSource messages;

    CataloguePage(Catalog catalog, MessageSource messages) {
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/services")
    String catalogue(@RequestParam(required = false) String q, @RequestParam(name = "life-event", required = false)
            String lifeEvent, @RequestParam(required = false) String channel, @RequestParam(defaultValue = "0") int page,
            Model model, Locale locale) {
        Language language = Language.of(locale, Language.KK);
        List<LifeEvent> events = catalog.lifeEvents();
        String event = events.stream().map(LifeEvent::code).filter(c -> c.equals(lifeEvent)).findFirst().orElse(null);
        Channel chosenChannel = channel(channel);
        int pageNumber = Math.max(page, 0);
        List<ServiceStandard> found = catalog.search(new ServiceQuery(blankToNull(q), null, chosenChannel, event,
                pageNumber, PAGE_SIZE + 1));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("lifeEvent", event);
        model.addAttribute("channel", chosenChannel == null ? null : chosenChannel.name());
        model.addAttribute("channels", List.of(Channel.values()));
        model.addAttribute("lifeEvents", events.stream().map(e -> LifeEventView.of(e, language)).toList());
        model.addAttribute("chosenEvent", events.stream().filter(e -> e.code().equals(event)).findFirst()
                .map(e -> LifeEventView.of(e, language)).orElse(null));
        model.addAttribute("services", found.stream().limit(PAGE_SIZE).map(s -> view(s, language)).toList());
        model.addAttribute("previous", pageNumber > 0 ? link(q, event, chosenChannel, pageNumber - 1) : null);
        model.addAttribute("next", found.size() > PAGE_SIZE ? link(q, event, chosenChannel, pageNumber + 1) : null);
        model.addAttribute("searched", q != null || event != null || chosenChannel != null);
        return "catalog/services";
    }

    private ServiceView view(ServiceStandard s, Language language) {
        return new ServiceView(s.code(), s.name().in(language), s.description().in(language),
                Wording.deadline(messages, s.deadline(), language),
                s.channels().stream().sorted().map(c -> messages.getMessage("page.services.channel." + c.name(),
                        null, language.locale())).toList());
    }

    /** The address of another page of the same search, naming only the filters in use. */
    private static String link(String q, String lifeEvent, Channel channel, int page) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/services");
        if (blankToNull(q) != null) {
            link.queryParam("q", q.strip());
        }
        if (lifeEvent != null) {
            link.queryParam("life-event", lifeEvent);
        }
        if (channel != null) {
            link.queryParam("channel", channel.name().toLowerCase(Locale.ROOT));
        }
        return link.queryParam("page", page).encode().build().toUriString();
    }

    private static Channel channel(String channel) {
        for (Channel candidate : Channel.values()) {
            if (candidate.name().equalsIgnoreCase(channel == null ? "" : channel.strip())) {
                return candidate;
            }
        }
        return null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
