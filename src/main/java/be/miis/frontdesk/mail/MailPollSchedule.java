package be.miis.frontdesk.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls the mailboxes every {@code frontdesk.mail.poll-interval} on every instance; each mailbox's lock lets one of
 * them take its mail. Only with {@code frontdesk.mail.enabled=true} (tests poll themselves).
 */
@Component
@ConditionalOnBooleanProperty(name = "frontdesk.mail.enabled")
class MailPollSchedule {

    private final MailboxPoller poller;

    MailPollSchedule(MailboxPoller poller) {
        this.poller = poller;
    }

    @Scheduled(
            fixedDelayString = "${frontdesk.mail.poll-interval:PT30S}",
            initialDelayString = "${frontdesk.mail.poll-interval:PT30S}")
    void poll() {
        poller.pollAll();
    }
}
