package be.miis.frontdesk.selfservice.web;

import be.miis.frontdesk.escalation.OpeningSlots.Slot;
import be.miis.frontdesk.selfservice.CallbackInput;
import be.miis.frontdesk.selfservice.Callbacks;
import be.miis.frontdesk.selfservice.HelpfulVotes;
import be.miis.frontdesk.selfservice.HelpfulVotes.Visitor;
import be.miis.frontdesk.selfservice.InvalidCallbackException;
import be.miis.frontdesk.selfservice.PhoneNumbers;
import be.miis.frontdesk.selfservice.PortalCatalogue;
import be.miis.frontdesk.selfservice.RateLimits;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Call me back" on the portal (docs/portal.md): a plain form after GOV.UK's patterns (server-side validation, an
 * error summary that takes the focus, nothing typed lost), the slots of the business calendar as radios grouped by
 * day, a honeypot, rate limits per address and per number, and the visitor's form token instead of a session.
 * Accepted, it answers with a redirect to a confirmation that says the slot in words.
 */
@Controller
class CallbackFormController {

    static final String FORM = "callback";
    static final int MAX_NAME = 120;
    static final int MAX_ORGANISATION = 200;
    static final int MAX_EMAIL = 254;
    static final int MAX_QUESTION = 500;
    static final int MAX_PHONE = 40;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Callbacks callbacks;
    private final PortalCatalogue catalogue;
    private final HelpfulVotes tokens;
    private final RateLimits limits;

    CallbackFormController(Callbacks callbacks, PortalCatalogue catalogue, HelpfulVotes tokens, RateLimits limits) {
        this.callbacks = callbacks;
        this.catalogue = catalogue;
        this.tokens = tokens;
        this.limits = limits;
    }

    @GetMapping("/portal/{lang}/callback")
    String form(
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable Long article,
            HttpServletRequest request,
            Model model) {
        ContentLanguage language = PortalController.language(lang);
        CallbackForm form = new CallbackForm();
        form.setLanguage(language.code());
        Long from = publicArticle(article, language);
        form.setArticle(from == null ? "" : from.toString());
        show(model, language, form, Map.of(), request);
        return "portal/callback";
    }

    @PostMapping("/portal/{lang}/callback")
    String request(
            @PathVariable String lang,
            @ModelAttribute CallbackForm form,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        ContentLanguage language = PortalController.language(lang);
        Visitor visitor = PortalController.visitor(request);
        if (form.getToken().isBlank()) {
            throw new PortalException(HttpStatus.BAD_REQUEST);
        }
        if (!tokens.validToken(FORM, visitor, form.getToken())) {
            throw new PortalException(HttpStatus.FORBIDDEN, "portal.callback.error.expired");
        }
        Map<String, String> errors = validate(form);
        Slot slot = errors.containsKey("slot") ? null : slot(form.getSlot());
        if (slot == null && !errors.containsKey("slot")) {
            errors.put("slot", "portal.callback.error.slot");
        }
        if (!form.getWebsite().isEmpty()) {
            // The honeypot: a field people never see, filled by a script. It is told what a person would be told,
            // and nothing is stored.
            return slot == null ? "redirect:/portal/" + language.code() : confirmation(language, slot, false);
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(model, language, form, ordered(errors), request);
            return "portal/callback";
        }
        // Counted once the request would be stored: a visitor who corrects a few mistakes is not locked out, and a
        // script sending junk stores nothing anyway.
        String phone = PhoneNumbers.normalise(form.getPhone()).orElseThrow();
        if (!limits.allow(RateLimits.Kind.CALLBACK, visitor.address())
                || !limits.allow(RateLimits.Kind.CALLBACK_PHONE, phone)) {
            throw new PortalException(HttpStatus.TOO_MANY_REQUESTS);
        }
        Long article = publicArticle(form.articleId(), language);
        try {
            callbacks.request(new CallbackInput(
                    form.getPhone(),
                    form.getName(),
                    form.getOrganisation(),
                    form.getEmail().isBlank() ? null : form.getEmail(),
                    ContentLanguage.fromCode(form.getLanguage()).orElseThrow(),
                    slot.start(),
                    slot.end(),
                    form.getQuestion(),
                    article));
        } catch (InvalidCallbackException e) {
            // The slot passed between the check and the request: say so beside the slots, keep the rest.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(model, language, form, Map.of(e.field(), e.messageKey()), request);
            return "portal/callback";
        }
        return confirmation(language, slot, !form.getEmail().isBlank());
    }

    /** The confirmation: the slot in words, in the page's language and Brussels time. */
    @GetMapping("/portal/{lang}/callback/requested")
    String requested(
            @PathVariable String lang,
            @RequestParam long from,
            @RequestParam long to,
            @RequestParam(defaultValue = "false") boolean mail,
            Model model) {
        ContentLanguage language = PortalController.language(lang);
        // Only a sane span: the parameters come from our redirect, but anyone can type them.
        if (to <= from || to - from > 86_400 || from < 946_684_800L || from > 4_102_444_800L) {
            throw new PortalException(HttpStatus.BAD_REQUEST);
        }
        PortalController.page(
                model,
                language,
                PortalController.switches(c -> "/portal/" + c + "/callback/requested?from=" + from + "&to=" + to
                        + (mail ? "&mail=true" : "")));
        Locale locale = Locale.forLanguageTag(language.code());
        ZonedDateTime start = Instant.ofEpochSecond(from).atZone(BusinessTime.ZONE);
        ZonedDateTime end = Instant.ofEpochSecond(to).atZone(BusinessTime.ZONE);
        model.addAttribute("day", dayName(start.toLocalDate(), locale));
        model.addAttribute("from", TIME.format(start));
        model.addAttribute("to", TIME.format(end));
        model.addAttribute("mail", mail);
        return "portal/callback-requested";
    }

    private static String confirmation(ContentLanguage language, Slot slot, boolean mail) {
        return "redirect:/portal/" + language.code() + "/callback/requested?from="
                + slot.start().getEpochSecond() + "&to=" + slot.end().getEpochSecond() + (mail ? "&mail=true" : "");
    }

    private void show(
            Model model,
            ContentLanguage language,
            CallbackForm form,
            Map<String, String> errors,
            HttpServletRequest request) {
        PortalController.page(
                model,
                language,
                PortalController.switches(c -> "/portal/" + c + "/callback"
                        + (form.articleId() == null ? "" : "?article=" + form.articleId())));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("token", tokens.formToken(FORM, PortalController.visitor(request)));
        model.addAttribute("days", days(callbacks.offeredSlots(), Locale.forLanguageTag(language.code())));
        model.addAttribute("languages", ContentLanguage.values());
        model.addAttribute("noindex", true);
    }

    /** The field errors in the order of the form, so that the summary reads as the page does. */
    private static Map<String, String> ordered(Map<String, String> errors) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String field : List.of("phone", "name", "organisation", "email", "language", "slot", "question")) {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        }
        return ordered;
    }

    private static Map<String, String> validate(CallbackForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        String phone = form.getPhone().strip();
        if (phone.isEmpty()) {
            errors.put("phone", "portal.callback.error.phone.required");
        } else if (phone.length() > MAX_PHONE || PhoneNumbers.normalise(phone).isEmpty()) {
            errors.put("phone", "portal.callback.error.phone");
        }
        required(errors, "name", form.getName(), MAX_NAME);
        required(errors, "organisation", form.getOrganisation(), MAX_ORGANISATION);
        String email = form.getEmail().strip();
        if (!email.isEmpty()
                && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            errors.put("email", "portal.callback.error.email");
        }
        if (ContentLanguage.fromCode(form.getLanguage())
                .filter(l -> l.code().equals(form.getLanguage()))
                .isEmpty()) {
            errors.put("language", "portal.callback.error.language");
        }
        if (form.getSlot().isBlank()) {
            errors.put("slot", "portal.callback.error.slot.required");
        }
        required(errors, "question", form.getQuestion(), MAX_QUESTION);
        return errors;
    }

    private static void required(Map<String, String> errors, String field, String value, int max) {
        if (value.isBlank()) {
            errors.put(field, "portal.callback.error." + field + ".required");
        } else if (value.strip().length() > max) {
            errors.put(field, "portal.callback.error." + field + ".size");
        }
    }

    /** The offered slot the form's value names (its start in epoch seconds), if it is offered now. */
    private @Nullable Slot slot(String value) {
        if (!value.matches("\\d{1,12}")) {
            return null;
        }
        return callbacks
                .offeredSlot(Instant.ofEpochSecond(Long.parseLong(value)))
                .orElse(null);
    }

    /** The article the form was opened from, if it is a public one (anything else is forgotten, not refused). */
    private @Nullable Long publicArticle(@Nullable Long article, ContentLanguage language) {
        return article != null && catalogue.article(article, language).isPresent() ? article : null;
    }

    private static List<Day> days(List<Slot> slots, Locale locale) {
        Map<LocalDate, List<Option>> byDay = new LinkedHashMap<>();
        for (Slot slot : slots) {
            ZonedDateTime start = slot.start().atZone(BusinessTime.ZONE);
            ZonedDateTime end = slot.end().atZone(BusinessTime.ZONE);
            byDay.computeIfAbsent(start.toLocalDate(), d -> new ArrayList<>())
                    .add(new Option(
                            Long.toString(slot.start().getEpochSecond()), TIME.format(start), TIME.format(end)));
        }
        return byDay.entrySet().stream()
                .map(e -> new Day(e.getKey().toString(), dayName(e.getKey(), locale), e.getValue()))
                .toList();
    }

    /** "donderdag 3 december", "jeudi 3 décembre", "Donnerstag, 3. Dezember", "Thursday 3 December". */
    static String dayName(LocalDate day, Locale locale) {
        String pattern = "de".equals(locale.getLanguage()) ? "EEEE, d. MMMM" : "EEEE d MMMM";
        return DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }

    /** A day of the form: its slots as radios in a fieldset whose legend is the day. */
    record Day(String date, String name, List<Option> slots) {}

    /** A slot: the radio's value (its start in epoch seconds) and the hours shown. */
    record Option(String value, String from, String to) {}
}
