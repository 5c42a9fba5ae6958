package be.miis.frontdesk.mail.web;

import be.miis.frontdesk.mail.MailOutbox;
import be.miis.frontdesk.mail.OutboxStatus;
import be.miis.frontdesk.mail.OutboxView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outgoing mail for administrators (ADMIN only, see the security rules): what waits, what went, what failed,
 * and a failed mail sent again. An unknown status is a 400 problem, as every parameter that does not convert.
 */
@RestController
@Tag(name = "Mail")
class OutboxApiController {

    private static final int MAX_LIMIT = 200;

    private final MailOutbox outbox;

    OutboxApiController(MailOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/api/v1/mail/outbox")
    @Operation(summary = "Outgoing mail, newest first, by status (ADMIN); page on with before = the last id seen")
    List<OutboxView> listOutbox(
            @RequestParam(required = false) @Nullable OutboxStatus status,
            @RequestParam(required = false) @Nullable Long before,
            @RequestParam(defaultValue = "50") int limit) {
        return outbox.find(status, before, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    @PostMapping("/api/v1/mail/outbox/{id}/retry")
    @Operation(summary = "Send a failed mail again, with a fresh count of attempts (ADMIN)")
    Map<String, Boolean> retryMail(@PathVariable long id) {
        return Map.of("retried", outbox.retry(id));
    }
}
