package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.ContentLanguage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The mail channel (docs/mail.md). One mailbox comes entirely from the environment ({@code FRONTDESK_MAIL_IMAP_*},
 * issue #16); {@link #mailboxes()} is the list the poller works through, so that more can be added later.
 *
 * @param enabled whether this instance polls (and, for the outbox, sends); off by default and in tests, which call
 *     the jobs themselves
 * @param address the centre's own address: the From of what it sends, and never acknowledged when it writes in
 * @param pollInterval the pause between the end of one poll and the start of the next
 * @param defaultLanguage the language of a mail whose sender is unknown and whose text tells none
 * @param defaultDomain the business domain of a new ticket from mail, until the agent reclassifies it
 * @param batchSize messages whose sizes are fetched in one round trip
 * @param maxMessageSize the largest mail taken into a ticket; a larger one is quarantined with its headers only, and
 *     stays on the server
 */
@ConfigurationProperties("frontdesk.mail")
@Validated
record MailProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("frontdesk@localhost") @NotBlank String address,
        @DefaultValue("PT30S") Duration pollInterval,
        @DefaultValue @Valid Imap imap,
        @DefaultValue("NL") ContentLanguage defaultLanguage,
        @DefaultValue("OTHER") @NotBlank String defaultDomain,
        @DefaultValue("50") @Min(1) @Max(1000) int batchSize,
        @DefaultValue @Valid Acknowledgements acknowledgements,
        @DefaultValue("30MB") DataSize maxMessageSize) {

    /** The mailboxes to poll, each with its own defaults. */
    List<Mailbox> mailboxes() {
        return List.of(new Mailbox(imap, defaultLanguage, defaultDomain, maxMessageSize));
    }

    /**
     * The domain of the Message-IDs we generate ({@code <uuid@frontdesk.domain>}): a mail with one of them as its own
     * Message-ID is ours come back, a loop.
     */
    String messageIdDomain() {
        return "frontdesk." + address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * How to reach one IMAP folder.
     *
     * @param name the mailbox's name in {@code mailbox_state}, the quarantine and the lock
     * @param port 0 for the default of the security (993 for SSL, else 143)
     */
    record Imap(
            @DefaultValue("inbox") @NotBlank @Size(max = 40) String name,
            @DefaultValue("localhost") @NotBlank String host,
            @DefaultValue("0") @Min(0) @Max(65535) int port,
            @DefaultValue("NONE") Security security,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("INBOX") @NotBlank String folder,
            @DefaultValue("PT30S") Duration timeout) {

        int effectivePort() {
            return port > 0 ? port : security == Security.SSL ? 993 : 143;
        }
    }

    /** NONE speaks plain IMAP (a local server only), STARTTLS upgrades it and requires the upgrade, SSL is IMAPS. */
    enum Security {
        NONE,
        STARTTLS,
        SSL
    }

    /**
     * The limits on acknowledgements, beyond the loop rules: a sender writing many mails in a short while (a script,
     * a loop the rules missed) gets at most {@code perSender} within {@code window}.
     */
    record Acknowledgements(
            @DefaultValue("3") @Min(0) @Max(1000) int perSender,
            @DefaultValue("PT1H") Duration window) {}

    /** A mailbox to poll with the defaults of its tickets. */
    record Mailbox(Imap imap, ContentLanguage defaultLanguage, String defaultDomain, DataSize maxMessageSize) {

        String name() {
            return imap.name();
        }
    }
}
