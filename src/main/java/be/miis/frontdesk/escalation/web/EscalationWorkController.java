package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.EscalationView;
import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserView;
import be.miis.frontdesk.shared.InvalidInputException;
import be.miis.frontdesk.shared.web.Flash;
import be.miis.frontdesk.ticket.EscalationPriority;
import be.miis.frontdesk.ticket.IllegalTransitionException;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketStatus;
import be.miis.frontdesk.ticket.TicketType;
import be.miis.frontdesk.ticket.TicketView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Escalating a ticket and working it in the backoffice, on the ticket's own pages: the escalate form (queue
 * suggested by the domain, priority, handover note), the escalation panel of the ticket page (queue, priority,
 * expert; assign to a colleague, hand back to the frontdesk). The ticket module owns the ticket and its timeline;
 * this module knows the queues, so it serves these screens and calls the ticket module's commands.
 */
@Controller
class EscalationWorkController {

    private static final String ESCALATE_VIEW = "escalation/escalate";

    /** The fields of {@link EscalateForm}: a refusal naming one of them is shown beside it. */
    private static final Set<String> FORM_FIELDS = Set.of("queueId", "priority", "note", "version");

    private final EscalationService escalation;
    private final QueueAdministration queueAdmin;
    private final TicketService tickets;

    EscalationWorkController(EscalationService escalation, QueueAdministration queueAdmin, TicketService tickets) {
        this.escalation = escalation;
        this.queueAdmin = queueAdmin;
        this.tickets = tickets;
    }

    @GetMapping("/frontdesk/tickets/{reference}/escalate")
    String showEscalate(
            @PathVariable String reference,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            RedirectAttributes redirect) {
        TicketView ticket = tickets.get(reference, user.getUsername());
        if (!ticket.allows("escalate")) {
            // An old link or a second tab: say why on the ticket instead of offering a form that must fail.
            Flash.error(redirect, "ticket.illegalTransition.ESCALATED");
            return "redirect:/frontdesk/tickets/" + reference;
        }
        EscalateForm form = new EscalateForm();
        form.setVersion(ticket.version());
        queueAdmin.suggestQueue(ticket.domainCode(), ticket.type()).ifPresent(q -> form.setQueueId(q.id()));
        return escalatePage(ticket, form, model);
    }

    @PostMapping("/frontdesk/tickets/{reference}/escalate")
    String escalate(
            @PathVariable String reference,
            @ModelAttribute("form") @Valid EscalateForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        int status = HttpServletResponse.SC_BAD_REQUEST;
        if (!result.hasErrors()) {
            try {
                tickets.escalate(reference, form.getVersion(), form.toRequest(), user.getUsername());
                Flash.success(redirect, "ticket.flash.escalate", reference);
                return "redirect:/frontdesk/tickets/" + reference;
            } catch (InvalidInputException e) {
                // The ticket's or the escalation module's rules; a field this form has not is said above it.
                if (FORM_FIELDS.contains(e.field())) {
                    result.rejectValue(e.field(), e.messageKey());
                } else {
                    result.reject(e.messageKey());
                }
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("ticket.conflict");
                status = HttpServletResponse.SC_CONFLICT;
            } catch (IllegalTransitionException e) {
                Flash.error(redirect, "ticket.illegalTransition." + e.to());
                return "redirect:/frontdesk/tickets/" + reference;
            }
        }
        response.setStatus(status);
        // Shown again as typed, on the ticket as it is now: sending again is a deliberate act on the current state.
        TicketView ticket = tickets.get(reference, user.getUsername());
        form.setVersion(ticket.version());
        return escalatePage(ticket, form, model);
    }

    /**
     * The queue choice of the call screen: every open queue, the one the domain (or a complaint) suggests
     * preselected, unless the agent chose one by hand ({@code queueId}).
     */
    @GetMapping("/frontdesk/escalation/queue-choice")
    String queueChoice(
            @RequestParam(defaultValue = "") String domainCode,
            @RequestParam(defaultValue = "QUESTION") TicketType type,
            @RequestParam(name = "queueId", required = false) @Nullable Long selectedQueue,
            Model model) {
        Long selected = selectedQueue != null
                ? selectedQueue
                : queueAdmin
                        .suggestQueue(domainCode, type)
                        .map(QueueSummary::id)
                        .orElse(null);
        model.addAttribute(
                "queues",
                queueAdmin.findQueues().stream().filter(QueueSummary::active).toList());
        model.addAttribute("selected", selected);
        return "escalation/escalate :: queueChoice";
    }

    private String escalatePage(TicketView ticket, EscalateForm form, Model model) {
        model.addAttribute("ticket", ticket);
        model.addAttribute("form", form);
        model.addAttribute(
                "queues",
                queueAdmin.findQueues().stream().filter(QueueSummary::active).toList());
        model.addAttribute("priorities", EscalationPriority.values());
        return ESCALATE_VIEW;
    }

    /**
     * The escalation panel of the ticket page: queue, priority, expert, and the backoffice's actions on it. The
     * page passes its ticket version, so an action on an outdated page is refused, not applied over a colleague's.
     */
    @GetMapping("/frontdesk/tickets/{reference}/escalation")
    String showPanel(
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam TicketStatus status,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model) {
        EscalationView view = escalation.findByTicket(reference).orElse(null);
        model.addAttribute("escalation", view);
        model.addAttribute("reference", reference);
        model.addAttribute("version", version);
        model.addAttribute("status", status);
        model.addAttribute("canWork", user.hasRole(Role.EXPERT));
        if (view != null) {
            QueueSummary queue = queueAdmin.findQueue(view.queueId()).orElse(null);
            model.addAttribute("queue", queue);
            List<UserView> experts = colleagues(queue, user);
            model.addAttribute("experts", experts);
            model.addAttribute(
                    "assigneeName",
                    view.assignee() == null ? null : names(experts).get(view.assignee()));
        }
        return "escalation/panel :: panel";
    }

    /** The queue's members first (they know the subject), then every other expert. */
    private List<UserView> colleagues(@Nullable QueueSummary queue, FrontdeskUser user) {
        List<UserView> experts = queueAdmin.experts();
        if (queue == null) {
            return experts;
        }
        return experts.stream()
                .sorted((a, b) -> Boolean.compare(
                        !queue.members().contains(a.username()),
                        !queue.members().contains(b.username())))
                .toList();
    }

    @PostMapping("/frontdesk/tickets/{reference}/assign")
    String assign(
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String assignee,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        requireExpert(user);
        return act(reference, redirect, "escalation.flash.assigned", () -> {
            tickets.assign(reference, version, assignee, user.getUsername());
            return assignee;
        });
    }

    @PostMapping("/frontdesk/tickets/{reference}/return")
    String returnToFrontdesk(
            @PathVariable String reference,
            @RequestParam int version,
            @RequestParam(defaultValue = "") String note,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        requireExpert(user);
        return act(reference, redirect, "escalation.flash.returned", () -> {
            tickets.returnToFrontdesk(reference, version, note, user.getUsername());
            return reference;
        });
    }

    /** Takes a ticket from a queue list ("take" on a row); refused when a colleague was quicker. */
    @PostMapping("/backoffice/queues/{id}/take")
    String take(
            @PathVariable long id,
            @RequestParam String reference,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        try {
            tickets.takeFromQueue(reference, user.getUsername());
            Flash.success(redirect, "ticket.flash.take", reference);
            return "redirect:/frontdesk/tickets/" + reference;
        } catch (IllegalTransitionException | ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "escalation.flash.takenAlready", reference);
            return "redirect:/backoffice/queues/" + id;
        }
    }

    /** Dispatching and handing back are the backoffice's decisions; agents see the panel without them. */
    private static void requireExpert(FrontdeskUser user) {
        if (!user.hasRole(Role.EXPERT)) {
            throw new AccessDeniedException("the backoffice assigns and hands back");
        }
    }

    private String act(String reference, RedirectAttributes redirect, String successKey, Supplier<String> action) {
        try {
            Flash.success(redirect, successKey, action.get());
        } catch (InvalidInputException e) {
            Flash.error(redirect, e.messageKey());
        } catch (ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "ticket.conflict");
        } catch (IllegalTransitionException e) {
            Flash.error(redirect, "ticket.illegalTransition." + e.to());
        }
        return "redirect:/frontdesk/tickets/" + reference;
    }

    /** Display names of users by username, for lists that store usernames. */
    static Map<String, String> names(List<UserView> users) {
        return users.stream().collect(Collectors.toMap(UserView::username, UserView::displayName, (a, b) -> a));
    }
}
