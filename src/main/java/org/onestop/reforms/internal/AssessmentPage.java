package org.onestop.reforms.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onestop.kernel.Actor;
import org.onestop.kernel.DomainException;
import org.onestop.kernel.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A component's assessment in the browser: its versions (public) and, for analysts, the form that
 * saves the next version; and the form on a component's page that adds an evidence item. The same
 * {@link Assessments} and {@link ReformEditing} as the API.
 */
@Controller
@RequestMapping("/reforms/components/{code}")
class AssessmentPage {

    private final Assessments assessments;
    private final ReformEditing editing;
    private final ModelQuery query;
    private final MessageSource messages;

    AssessmentPage(Assessments assessments, ReformEditing editing, ModelQuery query, MessageSource messages) {
        this.assessments = assessments;
        this.editing = editing;
        this.query = query;
        this.messages = messages;
    }

    @GetMapping("/assessment")
    String history(@PathVariable String code, Model model) {
        fill(model, Component.of(code), Map.of(), Map.of());
        return "reforms/assessment";
    }

    @PostMapping("/assessment")
    @PreAuthorize("hasRole('ANALYST')")
    ModelAndView save(@PathVariable String code, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal Actor actor, Locale locale, Model model) {
        Component component = Component.of(code);
        try {
            assessments.save(component, new Assessments.Request(form.get("fit"), form.get("judgement"),
                    List.of(form.getOrDefault("evidence", "")), parse(form.get("basedOn"))), actor);
            return new ModelAndView("redirect:/reforms/components/" + component.code() + "/assessment");
        } catch (DomainException e) {
            fill(model, component, form, Map.of("form", message(e, locale)));
            ModelAndView page = new ModelAndView("reforms/assessment");
            page.setStatus(e.kind() == DomainException.Kind.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
            return page;
        }
    }

    @PostMapping("/items")
    @PreAuthorize("hasRole('ANALYST')")
    String addItem(@PathVariable String code, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal Actor actor, Locale locale, RedirectAttributes redirect) {
        Component component = Component.of(code);
        try {
            Monitor.Item item = editing.add(new ReformEditing.ItemRequest(component.code(),
                    new LocalizedText(form.get("kk"), form.get("ru"), form.get("en")),
                    form.get("period"), parse(form.get("yearFrom")), parse(form.get("yearTo")),
                    "true".equals(form.get("inDiagram")), form.get("source"), form.get("quote")), actor);
            return "redirect:/reforms/components/" + component.code() + "#item-" + item.code();
        } catch (DomainException e) {
            redirect.addFlashAttribute("itemError", message(e, locale));
            redirect.addFlashAttribute("itemForm", form);
            return "redirect:/reforms/components/" + component.code() + "#add-item";
        }
    }

    private void fill(Model model, Component component, Map<String, String> values, Map<String, String> errors) {
        List<Assessment> history = assessments.history(component);
        model.addAttribute("component", component);
        model.addAttribute("name", query.name(component));
        model.addAttribute("history", history);
        model.addAttribute("current", history.isEmpty() ? 0 : history.getFirst().version());
        model.addAttribute("fits", Arrays.stream(Assessment.Fit.values()).map(Enum::name).toList());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
    }

    private String message(DomainException e, Locale locale) {
        return messages.getMessage("error." + e.code(), e.arguments(), e.getMessage(), locale);
    }

    private static Integer parse(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(number.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("reforms.number", "not a whole number: " + number, number);
        }
    }
}
