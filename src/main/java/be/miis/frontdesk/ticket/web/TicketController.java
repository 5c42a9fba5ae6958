package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.web.Flash;
import be.miis.frontdesk.ticket.IllegalTransitionException;
import be.miis.frontdesk.ticket.InvalidTicketException;
import be.miis.frontdesk.ticket.NotAQuestionException;
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

    @PostMapping("/answers")
    String answer(
            @PathVariable String reference,
            @ModelAttribute("answerForm") @Valid TicketTextForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                reference,
                result,
                user,
                model,
                response,
                redirect,
                "ticket.flash.answered",
                () -> tickets.answer(
                        reference,
                        form.getVersion(),
                        form.getText(),
                        form.getChannel(),
                        form.getFaqVersionId(),
                        user.getUsername()));
    }

    @PostMapping("/notes")
    String addNote(
            @PathVariable String reference,
            @ModelAttribute("noteForm") @Valid TicketTextForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                reference,
                result,
                user,
                model,
                response,
                redirect,
                "ticket.flash.noted",
                () -> tickets.addNote(reference, form.getText(), user.getUsername()));
    }

    /** A message of the customer that came in some other way (a letter, a call back) than the ticket's channel. */
    @PostMapping("/replies")
    String receiveReply(
            @PathVariable String reference,
            @ModelAttribute("replyForm") @Valid TicketTextForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                reference,
                result,
                user,
                model,
                response,
                redirect,
                "ticket.flash.replied",
                () -> tickets.receiveReply(reference, form.getText(), form.getChannel(), user.getUsername()));
    }

    /** Puts the ticket to wait for the customer; the text says what was asked of them. */
    @PostMapping("/wait")
    String waitForCustomer(
            @PathVariable String reference,
            @ModelAttribute("waitForm") @Valid TicketTextForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                reference,
                result,
                user,
                model,
                response,
                redirect,
                "ticket.flash.wait",
                () -> tickets.waitForCustomer(reference, form.getVersion(), form.getText(), user.getUsername()));
    }

    /** Ends the wait; the text says what was received. */
    @PostMapping("/resume")
    String resume(
            @PathVariable String reference,
            @ModelAttribute("resumeForm") @Valid TicketTextForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                reference,
                result,
                user,
                model,
                response,
                redirect,
                "ticket.flash.resume",
                () -> tickets.resume(
                        reference, form.getVersion(), form.getText(), form.getChannel(), user.getUsername()));
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
        return act(
                reference,
                result,
                user,
                model,
                response,
                redirect,
                "ticket.flash.reclassified",
                () -> tickets.reclassify(reference, form.getVersion(), form.toChange(), user.getUsername()));
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

    /*
     * The status actions without a text: take, close, reopen. Waiting for the customer and resuming say what was
     * asked and what was received; escalating asks for a queue and a handover note, on the escalation module's form.
     */

    @PostMapping("/take")
    String take(
            @PathVariable String reference,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        return changeStatus(
                reference, redirect, "ticket.flash.take", () -> tickets.take(reference, version, user.getUsername()));
    }

    @PostMapping("/close")
    String close(
            @PathVariable String reference,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        return changeStatus(
                reference, redirect, "ticket.flash.close", () -> tickets.close(reference, version, user.getUsername()));
    }

    @PostMapping("/reopen")
    String reopen(
            @PathVariable String reference,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        return changeStatus(
                reference,
                redirect,
                "ticket.flash.reopen",
                () -> tickets.reopen(reference, version, user.getUsername()));
    }

    /** A question read as a complaint: the complaints procedure takes it from here (docs/complaints.md). */
    @PostMapping("/complaint")
    String markAsComplaint(
            @PathVariable String reference,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        try {
            return changeStatus(
                    reference,
                    redirect,
                    "ticket.flash.complaint",
                    () -> tickets.markAsComplaint(reference, version, user.getUsername()));
        } catch (NotAQuestionException e) {
            Flash.error(redirect, e.messageKey());
            return "redirect:/frontdesk/tickets/" + reference;
        }
    }

    private String changeStatus(String reference, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, successKey, reference);
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
        // Each form is bound under the name its place on the page reads, so a refused one comes back in its place.
        String formName = result.getObjectName();
        String view = page(reference, user, model, Map.of(formName, result.getTarget()));
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
