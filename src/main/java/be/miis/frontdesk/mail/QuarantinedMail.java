package be.miis.frontdesk.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A received mail held in the quarantine, as the administrators' list shows it. */
public record QuarantinedMail(
        long id,
        String mailbox,
        Instant receivedAt,
        @Nullable String sender,
        @Nullable String subject,
        String reason) {}
