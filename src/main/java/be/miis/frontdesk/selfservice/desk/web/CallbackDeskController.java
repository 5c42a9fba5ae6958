package be.miis.frontdesk.selfservice.desk.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.selfservice.CallbackDoneException;
import be.miis.frontdesk.selfservice.CallbackTakenException;
import be.miis.frontdesk.selfservice.CallbackTooSoonException;
import be.miis.frontdesk.selfservice.CallbackView;
import be.miis.frontdesk.selfservice.Callbacks;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.InvalidInputException;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.web.Flash;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agents' call-backs: the due ones by slot (overdue, now, later today, the coming days), a page at a time, and
 * one call-back's page, where the agent takes it (so nobody else calls too), dials from the tel: link, and logs how
 * the call went. Reached opens a PHONE ticket with the caller and the question, and lands on it.
 */
@Controller
class CallbackDeskController {

    static final int PAGE_SIZE = 50;

    private final Callbacks callbacks;
    private final DomainCatalogue domains;
    private final IdentityService identity;
    private final MessageSource messages;
    private final Clock clock;

    CallbackDeskController(
            Callbacks callbacks,
            DomainCatalogue domains,
            IdentityService identity,
            MessageSource messages,
            Clock clock) {
        this.callbacks = callbacks;
        this.domains = domains;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/frontdesk/callbacks")
    String list(
            @RequestParam(required = false) @Nullable String after,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            Model model) {
        PagedResult<CallbackView> page = callbacks.due(after, PAGE_SIZE, user.getUsername());
        Instant now = clock.instant();
        Map<Group, List<Row>> groups = new LinkedHashMap<>();
        for (Group group : Group.values()) {
            groups.put(group, new ArrayList<>());
        }
        for (CallbackView callback : page.items()) {
            groups.get(Group.of(callback, now)).add(new Row(callback, slot(callback, locale), due(callback, locale)));
        }
        groups.values().removeIf(List::isEmpty);
        model.addAttribute("groups", groups);
        // Who is calling, by name: one query for the page.
        model.addAttribute(
                "names",
                identity.displayNames(page.items().stream()
                        .map(CallbackView::holder)
                        .filter(java.util.Objects::nonNull)
                        .toList()));
        model.addAttribute("page", page);
        model.addAttribute("continued", after != null);
        model.addAttribute("maxAttempts", callbacks.maxAttempts());
        return "callback/list";
    }

    @GetMapping("/frontdesk/callbacks/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser user, Locale locale, Model model) {
        CallbackView callback = callbacks.get(id, user.getUsername());
        model.addAttribute("callback", callback);
        model.addAttribute("slot", slot(callback, locale));
        model.addAttribute("dueText", time(callback.dueAt(), locale));
        model.addAttribute(
                "calls",
                callback.calls().stream()
                        .map(c -> new CallRow(c, time(c.at(), locale)))
                        .toList());
        model.addAttribute("mine", user.getUsername().equals(callback.holder()));
        model.addAttribute("holderName", callback.holder() == null ? null : name(callback.holder()));
        model.addAttribute("maxAttempts", callbacks.maxAttempts());
        model.addAttribute(
                "domains", domains.findAll().stream().filter(d -> d.active()).toList());
        return "callback/show";
    }

    @PostMapping("/frontdesk/callbacks/{id}/take")
    String take(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            callbacks.take(id, version, user.getUsername());
        } catch (RuntimeException e) {
            return refused(e, id, locale, redirect);
        }
        return "redirect:/frontdesk/callbacks/" + id;
    }

    @PostMapping("/frontdesk/callbacks/{id}/not-reached")
    String notReached(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            boolean closed = callbacks.notReached(id, version, user.getUsername());
            Flash.success(redirect, closed ? "callback.flash.givenUp" : "callback.flash.retry", id);
        } catch (RuntimeException e) {
            return refused(e, id, locale, redirect);
        }
        return "redirect:/frontdesk/callbacks";
    }

    @PostMapping("/frontdesk/callbacks/{id}/reached")
    String reached(
            @PathVariable long id,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String domainCode,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            RedirectAttributes redirect) {
        try {
            CallbackView callback = callbacks.get(id, user.getUsername());
            String reference =
                    callbacks.reached(id, version, domainCode, ticketText(callback, locale), user.getUsername());
            Flash.success(redirect, "callback.flash.reached", reference);
            return "redirect:/frontdesk/tickets/" + reference;
        } catch (RuntimeException e) {
            return refused(e, id, locale, redirect);
        }
    }

    /**
     * What another agent or the rules refused, said on the page the agent comes back to: who holds the call-back,
     * that it is done already, or that it changed meanwhile (the second of two agents).
     */
    private String refused(RuntimeException e, long id, Locale locale, RedirectAttributes redirect) {
        if (e instanceof CallbackTooSoonException soon) {
            Flash.error(redirect, soon.messageKey(), time(soon.from(), locale));
            return "redirect:/frontdesk/callbacks/" + id;
        }
        if (e instanceof CallbackTakenException taken) {
            Flash.error(redirect, taken.messageKey(), name(taken.agent()));
            return "redirect:/frontdesk/callbacks";
        }
        if (e instanceof CallbackDoneException done) {
            Flash.error(redirect, done.messageKey());
            return "redirect:/frontdesk/callbacks";
        }
        if (e instanceof ObjectOptimisticLockingFailureException) {
            Flash.error(redirect, "callback.error.conflict");
            return "redirect:/frontdesk/callbacks/" + id;
        }
        if (e instanceof InvalidInputException invalid) {
            Flash.error(redirect, invalid.messageKey());
            return "redirect:/frontdesk/callbacks/" + id;
        }
        throw e;
    }

    /** "Thu 3 Dec 2026, 09:00–11:00" in the agent's language, Brussels time. */
    static String slot(CallbackView callback, Locale locale) {
        return time(callback.slotStart(), locale) + "–"
                + DateTimeFormatter.ofPattern("HH:mm").format(callback.slotEnd().atZone(BusinessTime.ZONE));
    }

    /** When a retried call-back may be made again; null when that is the slot's start. */
    private static @Nullable String due(CallbackView callback, Locale locale) {
        return callback.dueAt().equals(callback.slotStart()) ? null : time(callback.dueAt(), locale);
    }

    private static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale).format(instant.atZone(BusinessTime.ZONE));
    }

    /** A line of the list: the call-back, its slot and, after a failed attempt, when it may be tried again. */
    record Row(CallbackView callback, String slot, @Nullable String due) {}

    record CallRow(CallbackView.Call call, String at) {}

    private String name(String username) {
        return identity.displayNames(List.of(username)).getOrDefault(username, username);
    }

    /** The new ticket's description: who asked to be called, how to reach them, the slot, and their question. */
    private String ticketText(CallbackView callback, Locale locale) {
        String slot = slot(callback, locale);
        return messages.getMessage(
                "callback.ticket.text",
                new Object[] {
                    callback.name(),
                    callback.organisation(),
                    callback.phoneDisplay(),
                    callback.email() == null ? "—" : callback.email(),
                    slot,
                    callback.question()
                },
                locale);
    }

    /** Where a due call-back stands against its slot, as the list groups them. */
    enum Group {
        OVERDUE,
        NOW,
        TODAY,
        LATER;

        static Group of(CallbackView callback, Instant now) {
            if (!callback.slotEnd().isAfter(now)) {
                return OVERDUE;
            }
            if (!callback.dueAt().isAfter(now)) {
                return NOW;
            }
            LocalDate today = LocalDate.ofInstant(now, BusinessTime.ZONE);
            return LocalDate.ofInstant(callback.dueAt(), BusinessTime.ZONE).equals(today) ? TODAY : LATER;
        }
    }
}
