package be.miis.frontdesk.mail.web;

import be.miis.frontdesk.mail.MailQuarantine;
import be.miis.frontdesk.mail.QuarantinedMail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail quarantine for administrators (ADMIN only, see the security rules): the received mails that could not
 * become a ticket, and a retry of one. A retry that still fails answers 200 with outcome {@code QUARANTINED} and the
 * reason: the request was carried out, the mail is still held.
 */
@RestController
@Tag(name = "Mail")
class QuarantineApiController {

    private static final int MAX_LIMIT = 200;

    private final MailQuarantine quarantine;

    QuarantineApiController(MailQuarantine quarantine) {
        this.quarantine = quarantine;
    }

    @GetMapping("/api/v1/mail/quarantine")
    @Operation(
            summary = "Received mail held in the quarantine, newest first (ADMIN); page on with before = the last id")
    List<QuarantinedMail> listQuarantine(
            @RequestParam(required = false) @Nullable Long before, @RequestParam(defaultValue = "50") int limit) {
        return quarantine.held(before, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    @PostMapping("/api/v1/mail/quarantine/{id}/retry")
    @Operation(summary = "Take a held mail again into a ticket (ADMIN); outcome OPENED, REPLIED or QUARANTINED")
    MailQuarantine.RetryOutcome retryQuarantined(@PathVariable long id) {
        return quarantine.retry(id);
    }
}
