package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.web.Flash;
import be.miis.frontdesk.ticket.IllegalTransitionException;
import be.miis.frontdesk.ticket.InvalidTicketException;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One ticket: its timeline, and the actions on it. A change made on an outdated page is refused with the typed
 * text kept in the form, so the second of two agents loses nothing and sees why.
 */
@Controller
@RequestMapping("/frontdesk/tickets/{reference}")
class TicketController extends TicketScreen {

    private static final String VIEW = "ticket/show";

    private final TicketService tickets;

    TicketController(TicketService tickets, DomainCatalogue domains) {
        super(domains);
        this.tickets = tickets;
    }

    @GetMapping
    String showTicket(@PathVariable String reference, @AuthenticationPrincipal FrontdeskUser user, Model model) {
        return page(reference, user, model, Map.of());
    }

    /**
     * An answer, an internal note, a message of the customer, what is asked of the customer when the ticket is put
     * to wait ("wait"), or what was received when it is resumed ("resume"). Each has its own form on the page, so a
     * refused one comes back in its own place with the text as typed.
     */
    @PostMapping("/{kind:answers|notes|replies|wait|resume}")
    String addText(
            @PathVariable String reference,
            @PathVariable String kind,
            @ModelAttribute("textForm") @Valid TicketTextForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String actor = user.getUsername();
        Runnable action =
                switch (kind) {
                    case "answers" ->
                        () -> tickets.answer(
                                reference,
                                form.getVersion(),
                                form.getText(),
                                form.getChannel(),
                                form.getFaqVersionId(),
                                actor);
                    case "notes" -> () -> tickets.addNote(reference, form.getText(), actor);
                    case "replies" -> () -> tickets.receiveReply(reference, form.getText(), form.getChannel(), actor);
                    case "wait" -> () -> tickets.waitForCustomer(reference, form.getVersion(), form.getText(), actor);
                    default ->
                        () -> tickets.resume(reference, form.getVersion(), form.getText(), form.getChannel(), actor);
                };
        String formName =
                switch (kind) {
                    case "answers" -> "answerForm";
                    case "notes" -> "noteForm";
                    case "replies" -> "replyForm";
                    default -> kind + "Form";
                };
        String successKey =
                switch (kind) {
                    case "answers" -> "ticket.flash.answered";
                    case "notes" -> "ticket.flash.noted";
                    case "replies" -> "ticket.flash.replied";
                    default -> "ticket.flash." + kind;
                };
        return act(reference, result, user, model, response, redirect, formName, form, successKey, action);
    }

    @PostMapping("/classification")
    String reclassify(
            @PathVariable String reference,
            @ModelAttribute("reclassifyForm") @Valid ReclassifyForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        CallerRef caller = CallerRef.parse(form.getCaller());
        if (caller == null) {
            result.rejectValue("caller", "ticket.caller.invalid");
            caller = CallerRef.UNKNOWN;
        }
        CallerRef chosen = caller;
        return act(
                reference,
                result,
                user,
                model,
                response,
                redirect,
                "reclassifyForm",
                form,
                "ticket.flash.reclassified",
                () -> tickets.reclassify(reference, form.getVersion(), form.toChange(chosen), user.getUsername()));
    }

    /**
     * Offers the question and its answer to the FAQ base: a draft is made and its author continues on the article
     * form, to take out what is personal and send it for review.
     */
    @PostMapping("/faq-proposal")
    String proposeAsFaq(
            @PathVariable String reference, @AuthenticationPrincipal FrontdeskUser user, RedirectAttributes redirect) {
        try {
            long articleId = tickets.proposeAsFaq(reference, user.getUsername());
            Flash.success(redirect, "ticket.flash.faqProposed", reference);
            return "redirect:/knowledge/articles/" + articleId + "/edit";
        } catch (InvalidTicketException e) {
            Flash.error(redirect, e.messageKey());
            return "redirect:/frontdesk/tickets/" + reference;
        }
    }

    /**
     * The status actions without a text: take, close, reopen. Waiting for the customer and resuming say what was
     * asked and what was received ({@link #addText}); escalating asks for a queue and a handover note, on the
     * escalation module's form.
     */
    @PostMapping("/{action:take|close|reopen}")
    String changeStatus(
            @PathVariable String reference,
            @PathVariable String action,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        String actor = user.getUsername();
        try {
            switch (action) {
                case "take" -> tickets.take(reference, version, actor);
                case "close" -> tickets.close(reference, version, actor);
                default -> tickets.reopen(reference, version, actor);
            }
            Flash.success(redirect, "ticket.flash." + action, reference);
        } catch (ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "ticket.conflict");
        } catch (IllegalTransitionException e) {
            Flash.error(redirect, "ticket.illegalTransition." + e.to());
        }
        return "redirect:/frontdesk/tickets/" + reference;
    }

    private String act(
            String reference,
            BindingResult result,
            FrontdeskUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String formName,
            Object form,
            String successKey,
            Runnable action) {
        if (!result.hasErrors()) {
            try {
                action.run();
                Flash.success(redirect, successKey, reference);
                return "redirect:/frontdesk/tickets/" + reference;
            } catch (ObjectOptimisticLockingFailureException e) {
                // Someone changed the ticket since this page was loaded: show the new state, keep the typed text.
                result.reject("ticket.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            } catch (IllegalTransitionException e) {
                result.reject("ticket.illegalTransition." + e.to());
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            } catch (InvalidTicketException e) {
                result.rejectValue(
                        e.field().equals("organisationId") || e.field().equals("contactId") ? "caller" : e.field(),
                        e.messageKey());
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
        } else {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        String view = page(reference, user, model, Map.of(formName, form));
        model.addAttribute("refusedForm", formName);
        // The form goes back under the name its place on the page reads, with its errors; added last, because
        // the model drops a binding result whenever its form attribute is replaced.
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, result);
        return view;
    }

    private String page(String reference, FrontdeskUser user, Model model, Map<String, Object> keep) {
        TicketView ticket = tickets.get(reference, user.getUsername());
        model.addAttribute("ticket", ticket);
        for (String name : List.of("answerForm", "noteForm", "replyForm", "waitForm", "resumeForm")) {
            TicketTextForm empty = new TicketTextForm();
            empty.setVersion(ticket.version());
            empty.setChannel(ticket.channel());
            model.addAttribute(name, empty);
        }
        model.addAttribute("reclassifyForm", ReclassifyForm.of(ticket));
        // A refused form comes back as typed, but with the version of the page now shown, so sending it again
        // is a deliberate act on the current state.
        keep.forEach((name, form) -> {
            if (form instanceof TicketTextForm text) {
                text.setVersion(ticket.version());
            } else if (form instanceof ReclassifyForm reclassify) {
                reclassify.setVersion(ticket.version());
            }
            model.addAttribute(name, form);
        });
        return VIEW;
    }
}
