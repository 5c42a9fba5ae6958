package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.ticket.TicketService;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriUtils;

/**
 * What the customer's mails on a ticket brought beside their text: an attachment to download, and a mail's original
 * formatting (its sanitised HTML, docs/mail.md "Attachments"). Both are audited as opening the ticket is.
 */
@Controller
@RequestMapping("/frontdesk/tickets/{reference}")
class TicketMailController {

    private final TicketService tickets;

    TicketMailController(TicketService tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/attachments/{id}")
    ResponseEntity<Resource> downloadAttachment(
            @PathVariable String reference, @PathVariable long id, @AuthenticationPrincipal FrontdeskUser user) {
        return AttachmentResponses.of(tickets.attachment(reference, id, user.getUsername()));
    }

    /**
     * The mail as it was formatted, inside the application's own page and its Content-Security-Policy: the HTML was
     * sanitised on intake and again here, and its images are the mail's own attachments, served from this origin.
     */
    @GetMapping("/mails/{id}")
    String showFormattedMail(
            @PathVariable String reference,
            @PathVariable long id,
            @AuthenticationPrincipal FrontdeskUser user,
            HttpServletRequest request,
            Model model) {
        String attachments = request.getContextPath()
                + "/frontdesk/tickets/"
                + UriUtils.encodePathSegment(reference, StandardCharsets.UTF_8)
                + "/attachments/";
        model.addAttribute("reference", reference);
        model.addAttribute(
                "html",
                tickets.formattedMail(reference, id, attachment -> attachments + attachment, user.getUsername()));
        return "ticket/mail";
    }
}
