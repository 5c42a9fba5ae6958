package be.miis.frontdesk.quality;

import be.miis.frontdesk.ticket.Customer;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A complaint was found admissible (its investigation starts) or not, with the reason and the handler's
 * explanation: the mail module writes the reasoned letter.
 */
public record ComplaintAdmissibilityDecided(
        long ticketId,
        String reference,
        Customer customer,
        boolean admissible,
        @Nullable InadmissibilityReason reason,
        @Nullable String explanation,
        Instant answerDue,
        Instant at) {}
