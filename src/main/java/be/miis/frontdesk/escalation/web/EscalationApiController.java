package be.miis.frontdesk.escalation.web;

import be.miis.frontdesk.escalation.CalendarAdministration;
import be.miis.frontdesk.escalation.ClosureDay;
import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.EscalationView;
import be.miis.frontdesk.escalation.InvalidCalendarException;
import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueNotFoundException;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.ticket.EscalationPriority;
import be.miis.frontdesk.ticket.EscalationRequest;
import be.miis.frontdesk.ticket.TicketNotFoundException;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Queues, the escalated tickets in them by deadline, and the business calendar the deadlines come from. */
@RestController
@Tag(name = "Escalation")
class EscalationApiController {

    private static final int MAX_WORKING_DAYS = 30;

    private final EscalationService escalation;
    private final CalendarAdministration businessCalendar;
    private final QueueAdministration queueAdmin;
    private final TicketService tickets;

    EscalationApiController(
            EscalationService escalation,
            CalendarAdministration businessCalendar,
            QueueAdministration queueAdmin,
            TicketService tickets) {
        this.escalation = escalation;
        this.businessCalendar = businessCalendar;
        this.queueAdmin = queueAdmin;
        this.tickets = tickets;
    }

    @PostMapping("/api/v1/tickets/{reference}/escalate")
    @Operation(
            summary = "Escalate a ticket to a backoffice queue ('version' as read; 'queueId' omitted: the queue of"
                    + " its domain, or the complaints queue for a complaint); answers the ticket with its deadline")
    TicketView escalate(
            @PathVariable String reference,
            @Valid @RequestBody EscalateRequest request,
            @AuthenticationPrincipal FrontdeskUser user) {
        tickets.escalate(
                reference,
                request.version(),
                new EscalationRequest(
                        request.queueId(),
                        request.priority() == null ? EscalationPriority.NORMAL : request.priority(),
                        request.note()),
                user.getUsername());
        return tickets.get(reference, user.getUsername());
    }

    record EscalateRequest(
            int version,
            @Nullable Long queueId,
            @Nullable EscalationPriority priority,

            @NotBlank(message = "{escalation.note.required}")
            @Size(max = EscalationRequest.NOTE_MAX, message = "{ticket.note.tooLong}")
            String note) {}

    @GetMapping("/api/v1/queues")
    @Operation(summary = "The backoffice queues with their guarantee in working days")
    List<QueueSummary> listQueues() {
        return queueAdmin.findQueues();
    }

    @GetMapping("/api/v1/queues/{id}/tickets")
    @Operation(
            summary =
                    "Open escalations of a queue, the nearest deadline first (EXPERT); 'after' is the cursor of the page"
                            + " before")
    ResponseEntity<PagedResult<EscalationView>> listQueueTickets(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(defaultValue = "50") int limit,
            @AuthenticationPrincipal FrontdeskUser user) {
        if (queueAdmin.findQueue(id).isEmpty()) {
            throw QueueNotFoundException.forId(id);
        }
        return ResponseEntity.ok(escalation.findOpen(id, after, Math.max(1, Math.min(limit, 200)), user.getUsername()));
    }

    @GetMapping("/api/v1/tickets/{reference}/sla")
    @Operation(summary = "A ticket against its guarantee: deadline, slaState and the working time left or overdue")
    ResponseEntity<EscalationView> showTicketSla(@PathVariable String reference) {
        // A ticket that is unknown or was never escalated has no guarantee to show.
        return ResponseEntity.ok(
                escalation.findByTicket(reference).orElseThrow(() -> TicketNotFoundException.forReference(reference)));
    }

    @GetMapping("/api/v1/calendar/{year}")
    @Operation(summary = "The closure days of a year: Belgian public holidays (jollyday) and the extra days")
    List<ClosureDay> listClosureDays(@PathVariable int year) {
        if (year < 2000 || year > 2100) {
            throw InvalidCalendarException.forParameter("year", "escalation.calendar.year");
        }
        return businessCalendar.closureDays(year);
    }

    @GetMapping("/api/v1/calendar/deadline")
    @Operation(summary = "The deadline the engine computes: 'workingDays' of working time counted from 'from'")
    DeadlineAnswer computeDeadline(@RequestParam Instant from, @RequestParam(defaultValue = "2") int workingDays) {
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw InvalidCalendarException.forParameter("workingDays", "escalation.calendar.workingDays");
        }
        return new DeadlineAnswer(from, workingDays, businessCalendar.deadline(from, workingDays));
    }

    record DeadlineAnswer(Instant from, int workingDays, Instant deadline) {}
}
