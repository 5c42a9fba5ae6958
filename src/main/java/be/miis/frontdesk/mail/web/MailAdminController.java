package be.miis.frontdesk.mail.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.mail.MailOutbox;
import be.miis.frontdesk.mail.MailQuarantine;
import be.miis.frontdesk.mail.MailboxOverview;
import be.miis.frontdesk.mail.OutboxStatus;
import be.miis.frontdesk.mail.OutboxView;
import be.miis.frontdesk.mail.QuarantineDecision;
import be.miis.frontdesk.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' mail pages (ADMIN only, see the security rules; docs/mail.md "Admin views"): the mailboxes
 * and where their polling stands, the quarantine (read, download, retry, turn into a ticket by hand, discard) and the
 * outbox by status with "retry now". Every action is a POST that redirects with a message; a second click on what
 * is already done says so instead of failing.
 */
@Controller
@RequestMapping("/admin/mail")
class MailAdminController {

    static final int PAGE_SIZE = 50;

    private final MailboxOverview mailboxes;
    private final MailQuarantine quarantine;
    private final MailOutbox outbox;

    MailAdminController(MailboxOverview mailboxes, MailQuarantine quarantine, MailOutbox outbox) {
        this.mailboxes = mailboxes;
        this.quarantine = quarantine;
        this.outbox = outbox;
    }

    @GetMapping("/mailboxes")
    String showMailboxes(Model model) {
        model.addAttribute("mailboxes", mailboxes.mailboxes());
        model.addAttribute("pollingEnabled", mailboxes.pollingEnabled());
        return "mail/mailboxes";
    }

    @GetMapping("/quarantine")
    String showQuarantine(@RequestParam(required = false) @Nullable String after, HtmxRequest htmx, Model model) {
        model.addAttribute("page", quarantine.heldPage(after, PAGE_SIZE));
        // "Load more" asks for the next rows only; they replace the button's own row.
        if (htmx.isHtmxRequest() && after != null) {
            return "mail/quarantine :: rows";
        }
        model.addAttribute("total", quarantine.heldCount());
        return "mail/quarantine";
    }

    @GetMapping("/quarantine/{id}")
    String showQuarantinedMail(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser admin, Model model) {
        model.addAttribute("mail", quarantine.show(id, admin.getUsername()));
        return "mail/quarantine-mail";
    }

    /** The raw mail as an attachment under a name of our own: nothing of the sender's reaches the header. */
    @GetMapping("/quarantine/{id}/raw")
    ResponseEntity<byte[]> downloadQuarantinedMail(
            @PathVariable long id, @AuthenticationPrincipal FrontdeskUser admin) {
        byte[] raw = quarantine.download(id, admin.getUsername());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("message/rfc822"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("quarantine-" + id + ".eml")
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(raw);
    }

    @PostMapping("/quarantine/{id}/retry")
    String retryQuarantinedMail(
            @PathVariable long id, @AuthenticationPrincipal FrontdeskUser admin, RedirectAttributes redirect) {
        return decided(id, quarantine.retryByAdmin(id, admin.getUsername()), "retry", redirect);
    }

    @PostMapping("/quarantine/{id}/ticket")
    String turnIntoTicket(
            @PathVariable long id, @AuthenticationPrincipal FrontdeskUser admin, RedirectAttributes redirect) {
        return decided(id, quarantine.ticketByHand(id, admin.getUsername()), "ticket", redirect);
    }

    /** Asks before a mail is put aside, on a page of its own, so the question works without JavaScript. */
    @GetMapping("/quarantine/{id}/discard")
    String confirmDiscard(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser admin, Model model) {
        model.addAttribute("mail", quarantine.show(id, admin.getUsername()));
        return "mail/quarantine-discard";
    }

    @PostMapping("/quarantine/{id}/discard")
    String discard(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser admin, RedirectAttributes redirect) {
        return decided(id, quarantine.discard(id, admin.getUsername()), "discard", redirect);
    }

    /** Back to the mail, with what the action did: done, still held (with why) or already decided before. */
    private static String decided(long id, QuarantineDecision decision, String action, RedirectAttributes redirect) {
        // Only messages that name the ticket get it: a message with arguments is a MessageFormat pattern.
        Object[] ticket =
                decision.ticketReference() == null ? new Object[0] : new Object[] {decision.ticketReference()};
        switch (decision.result()) {
            case DONE -> Flash.success(redirect, "mail.quarantine." + action + ".done", ticket);
            case STILL_HELD -> Flash.error(redirect, "mail.quarantine.retry.stillHeld", decision.reason());
            case ALREADY_DECIDED ->
                Flash.success(
                        redirect, "mail.quarantine.already." + decision.status().name(), ticket);
        }
        return "redirect:/admin/mail/quarantine/" + id;
    }

    @GetMapping("/outbox")
    String showOutbox(
            @RequestParam(defaultValue = "FAILED") OutboxStatus status,
            @RequestParam(required = false) @Nullable Long before,
            HtmxRequest htmx,
            Model model) {
        List<OutboxView> rows = outbox.find(status, before, PAGE_SIZE + 1);
        boolean more = rows.size() > PAGE_SIZE;
        List<OutboxView> page = more ? rows.subList(0, PAGE_SIZE) : rows;
        model.addAttribute("status", status);
        model.addAttribute("mails", page);
        model.addAttribute("nextBefore", more ? page.get(page.size() - 1).id() : null);
        if (htmx.isHtmxRequest() && before != null) {
            return "mail/outbox :: rows";
        }
        model.addAttribute("counts", outbox.countByStatus());
        model.addAttribute("statuses", OutboxStatus.values());
        return "mail/outbox";
    }

    @PostMapping("/outbox/{id}/retry")
    String retryOutgoingMail(
            @PathVariable long id,
            @RequestParam(defaultValue = "FAILED") OutboxStatus status,
            RedirectAttributes redirect) {
        MailOutbox.RetryNow done = outbox.retryNow(id);
        Flash.success(redirect, "mail.outbox.retry." + done.name(), Long.toString(id));
        return "redirect:/admin/mail/outbox?status=" + status.name();
    }
}
