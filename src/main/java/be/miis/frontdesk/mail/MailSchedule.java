package be.miis.frontdesk.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The mail module's two jobs, on every instance: polling the mailboxes every {@code frontdesk.mail.poll-interval}
 * (each mailbox's lock lets one instance take its mail) and sending the outbox every
 * {@code frontdesk.mail.outbox.interval} (one lock for the sender). Only with {@code frontdesk.mail.enabled=true};
 * the tests run both jobs themselves.
 */
@Component
@ConditionalOnBooleanProperty(name = "frontdesk.mail.enabled")
class MailSchedule {

    private final MailboxPoller poller;
    private final OutboxSender sender;

    MailSchedule(MailboxPoller poller, OutboxSender sender) {
        this.poller = poller;
        this.sender = sender;
    }

    @Scheduled(
            fixedDelayString = "${frontdesk.mail.poll-interval:PT30S}",
            initialDelayString = "${frontdesk.mail.poll-interval:PT30S}")
    void poll() {
        poller.pollAll();
    }

    @Scheduled(
            fixedDelayString = "${frontdesk.mail.outbox.interval:PT10S}",
            initialDelayString = "${frontdesk.mail.outbox.interval:PT10S}")
    void send() {
        sender.run();
    }
}
