package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.organisation.CallerMatch;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.InvalidInputException;
import be.miis.frontdesk.shared.web.Flash;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketQuery;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketSummary;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quick log, home of the frontdesk: find the caller as you type, type the question, and answer, escalate or
 * keep it open with one key. Built so an agent never waits for a page while the caller is on the line.
 */
@Controller
class LogCallController extends TicketScreen {

    static final int CALLER_MATCHES = 8;
    static final int CALLER_HISTORY = 5;

    private final TicketService tickets;
    private final OrganisationService organisations;

    LogCallController(TicketService tickets, OrganisationService organisations, DomainCatalogue domains) {
        super(domains);
        this.tickets = tickets;
        this.organisations = organisations;
    }

    @GetMapping("/frontdesk")
    String showLogCall(Model model, Locale locale) {
        LogCallForm form = new LogCallForm();
        // The agent's own language is the best first guess until a caller is chosen.
        form.setLanguage(ContentLanguage.fromCode(locale.getLanguage()).orElse(ContentLanguage.NL));
        model.addAttribute("form", form);
        return "ticket/log-call";
    }

    /** Who is calling, as the agent types a name, phone number, e-mail, organisation or postcode. */
    @GetMapping("/frontdesk/callers")
    String showCallers(@RequestParam(name = "callerQuery", defaultValue = "") String query, Model model) {
        String q = query.strip();
        model.addAttribute("callerQuery", q);
        model.addAttribute(
                "matches", q.length() < 2 ? List.<CallerMatch>of() : organisations.lookupCallers(q, CALLER_MATCHES));
        return "ticket/log-call :: callers";
    }

    /** The card of the chosen caller: organisation, language and the last tickets, to spot a repeat question. */
    @GetMapping("/frontdesk/callers/card")
    String showCallerCard(
            @RequestParam(name = "caller", defaultValue = "") String caller,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model) {
        addCallerCard(CallerRef.parse(caller), user.getUsername(), model);
        return "ticket/log-call :: card";
    }

    @PostMapping("/frontdesk/tickets")
    String logCall(
            @ModelAttribute("form") @Valid LogCallForm form,
            BindingResult result,
            @RequestParam(name = "outcome", defaultValue = "OPEN") OpenTicket.Outcome outcome,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            RedirectAttributes redirect) {
        CallerRef caller = CallerRef.ofValid(form.getCaller());
        if (outcome == OpenTicket.Outcome.ANSWERED && form.getAnswer().isBlank()) {
            result.rejectValue("answer", "ticket.answer.required");
        }
        if (!result.hasErrors()) {
            try {
                String reference = tickets.open(form.toCommand(caller, outcome), form.escalation(), user.getUsername());
                Flash.success(redirect, "ticket.flash.logged." + outcome, reference);
                redirect.addFlashAttribute("loggedReference", reference);
                return "redirect:/frontdesk";
            } catch (InvalidInputException e) {
                // The ticket's own rules, or the escalation module's (a queue closed since the page loaded).
                result.rejectValue(formField(e.field()), e.messageKey());
            }
        }
        addCallerCard(caller, user.getUsername(), model);
        return "ticket/log-call";
    }

    private static String formField(String field) {
        return switch (field) {
            case "organisationId", "contactId" -> "caller";
            default -> field;
        };
    }

    private void addCallerCard(@Nullable CallerRef caller, String viewer, Model model) {
        if (caller == null || caller.equals(CallerRef.UNKNOWN)) {
            return;
        }
        ContactView contact = caller.contactId() == null
                ? null
                : organisations.findContact(caller.contactId()).orElse(null);
        Long organisationId = contact != null ? Long.valueOf(contact.organisationId()) : caller.organisationId();
        OrganisationSummary organisation = organisationId == null
                ? null
                : organisations.findSummary(organisationId).orElse(null);
        if (organisation == null) {
            return;
        }
        CallerMatch match = new CallerMatch(contact, organisation);
        TicketQuery history =
                contact != null ? TicketQuery.ofContact(contact.id()) : TicketQuery.ofOrganisation(organisation.id());
        List<TicketSummary> recent =
                tickets.find(history, null, CALLER_HISTORY, viewer).items();
        model.addAttribute("callerMatch", match);
        model.addAttribute("callerValue", CallerRef.of(organisation.id(), contact == null ? null : contact.id()));
        model.addAttribute("recentTickets", recent);
        model.addAttribute(
                "suggestedDomain", recent.isEmpty() ? "" : recent.get(0).domainCode());
    }
}
