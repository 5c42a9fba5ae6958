package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketQuery;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketStatus;
import be.miis.frontdesk.ticket.TicketSummary;
import be.miis.frontdesk.ticket.TicketType;
import be.miis.frontdesk.ticket.TicketView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tickets for integrations: telephony and mail gateways log questions, migration scripts bring in history, other
 * tools read and answer. Same rules as the screens: validation, lifecycle, versions, audit of every read.
 */
@RestController
@Tag(name = "Tickets")
class TicketApiController {

    static final int MAX_PAGE_SIZE = 200;

    private final TicketService tickets;

    TicketApiController(TicketService tickets) {
        this.tickets = tickets;
    }

    @PostMapping("/api/v1/tickets")
    @Operation(summary = "Log a question or complaint; receivedAt may lie in the past (telephony, migration)")
    ResponseEntity<TicketView> createTicket(
            @Valid @RequestBody CreateTicketRequest request, @AuthenticationPrincipal FrontdeskUser user) {
        String reference = tickets.open(request.toCommand(), user.getUsername());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + reference))
                .body(tickets.get(reference, user.getUsername()));
    }

    @GetMapping("/api/v1/tickets/{reference}")
    @Operation(summary = "One ticket with its timeline; the read is recorded in the audit trail")
    TicketView showTicket(@PathVariable String reference, @AuthenticationPrincipal FrontdeskUser user) {
        return tickets.get(reference, user.getUsername());
    }

    @GetMapping("/api/v1/tickets/{reference}/attachments/{id}")
    @Operation(
            summary = "An attachment of a customer's mail on the ticket (entries[].attachments[].href), as a file;"
                    + " the read is recorded in the audit trail")
    ResponseEntity<Resource> downloadAttachment(
            @PathVariable String reference, @PathVariable long id, @AuthenticationPrincipal FrontdeskUser user) {
        return AttachmentResponses.of(tickets.attachment(reference, id, user.getUsername()));
    }

    @GetMapping("/api/v1/tickets")
    @Operation(summary = "Tickets by filter, newest first, keyset-paged: pass nextCursor back as 'after'")
    PagedResult<TicketSummary> findTickets(
            @RequestParam(defaultValue = "ALL") TicketQuery.View view,
            @RequestParam(required = false) @Nullable TicketStatus status,
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable TicketType type,
            @RequestParam(required = false) @Nullable String domain,
            @RequestParam(required = false) @Nullable Long organisation,
            @RequestParam(required = false) @Nullable Long contact,
            @RequestParam(required = false) @Nullable ContentLanguage language,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "NEWEST") TicketQuery.Sort sort,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal FrontdeskUser user) {
        TicketQuery query = new TicketQuery(
                view,
                user.getUsername(),
                status,
                channel,
                type,
                domain,
                organisation,
                contact,
                language,
                from,
                to,
                q,
                sort);
        return tickets.find(query, after, Math.max(1, Math.min(size, MAX_PAGE_SIZE)), user.getUsername());
    }

    @PostMapping("/api/v1/tickets/{reference}/answers")
    @Operation(
            summary = "Record the answer given; 'version' is the version the answer was written against, "
                    + "'faqVersionId' the published FAQ version it was based on (optional, kept on the answer)")
    TicketView answer(
            @PathVariable String reference,
            @Valid @RequestBody AnswerRequest request,
            @AuthenticationPrincipal FrontdeskUser user) {
        tickets.answer(
                reference,
                request.version(),
                request.text(),
                request.channel(),
                request.faqVersionId(),
                user.getUsername());
        return tickets.get(reference, user.getUsername());
    }

    @PostMapping("/api/v1/tickets/{reference}/notes")
    @Operation(summary = "Add an internal note")
    TicketView addNote(
            @PathVariable String reference,
            @Valid @RequestBody NoteRequest request,
            @AuthenticationPrincipal FrontdeskUser user) {
        tickets.addNote(reference, request.text(), user.getUsername());
        return tickets.get(reference, user.getUsername());
    }

    @PostMapping("/api/v1/tickets/{reference}/close")
    @Operation(summary = "Close an answered ticket ('version' as read)")
    TicketView close(
            @PathVariable String reference,
            @Valid @RequestBody VersionRequest request,
            @AuthenticationPrincipal FrontdeskUser user) {
        tickets.close(reference, request.version(), user.getUsername());
        return tickets.get(reference, user.getUsername());
    }

    @PostMapping("/api/v1/tickets/{reference}/reopen")
    @Operation(summary = "Reopen an answered or closed ticket ('version' as read)")
    TicketView reopen(
            @PathVariable String reference,
            @Valid @RequestBody VersionRequest request,
            @AuthenticationPrincipal FrontdeskUser user) {
        tickets.reopen(reference, request.version(), user.getUsername());
        return tickets.get(reference, user.getUsername());
    }

    record CreateTicketRequest(
            @NotNull(message = "{ticket.channel.required}") @Nullable
            Channel channel,

            @Nullable TicketType type,

            @NotBlank(message = "{ticket.domain.required}") @Nullable
            String domainCode,

            @NotNull(message = "{ticket.language.required}") @Nullable
            ContentLanguage language,

            @Nullable Long organisationId,
            @Nullable Long contactId,

            @Size(max = LogCallForm.SUBJECT_MAX, message = "{ticket.subject.size}") @Nullable
            String subject,

            @NotBlank(message = "{ticket.description.required}")
            @Size(max = LogCallForm.TEXT_MAX, message = "{ticket.text.size}")
            @Nullable
            String description,

            @Nullable Instant receivedAt,

            @Min(value = 0, message = "{ticket.duration.range}")
            @Max(value = 86_400, message = "{ticket.duration.range}")
            @Nullable
            Integer callDurationSeconds,

            OpenTicket.@Nullable Outcome outcome,

            @Size(max = LogCallForm.TEXT_MAX, message = "{ticket.text.size}") @Nullable
            String answer,

            @Nullable Long faqVersionId) {

        OpenTicket toCommand() {
            return new OpenTicket(
                    channel == null ? Channel.OTHER : channel,
                    type == null ? TicketType.QUESTION : type,
                    domainCode == null ? "" : domainCode,
                    language == null ? ContentLanguage.NL : language,
                    organisationId,
                    contactId,
                    subject == null ? "" : subject,
                    description == null ? "" : description,
                    receivedAt,
                    callDurationSeconds,
                    outcome == null ? OpenTicket.Outcome.OPEN : outcome,
                    answer,
                    outcome == OpenTicket.Outcome.ANSWERED ? faqVersionId : null);
        }
    }

    record AnswerRequest(
            int version,

            @NotBlank(message = "{ticket.text.required}")
            @Size(max = LogCallForm.TEXT_MAX, message = "{ticket.text.size}")
            String text,

            @NotNull(message = "{ticket.channel.required}") Channel channel,

            @Nullable Long faqVersionId) {}

    record NoteRequest(
            @NotBlank(message = "{ticket.text.required}")
            @Size(max = LogCallForm.TEXT_MAX, message = "{ticket.text.size}")
            String text) {}

    record VersionRequest(int version) {}
}
