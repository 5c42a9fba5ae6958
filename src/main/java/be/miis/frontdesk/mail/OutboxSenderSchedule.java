package be.miis.frontdesk.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the outbox sender every {@code frontdesk.mail.outbox.interval} on every instance, the lock lets one of them
 * do the work; only with {@code frontdesk.mail.enabled=true} (the tests run the sender themselves).
 */
@Component
@ConditionalOnBooleanProperty(name = "frontdesk.mail.enabled")
class OutboxSenderSchedule {

    private final OutboxSender sender;

    OutboxSenderSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(
            fixedDelayString = "${frontdesk.mail.outbox.interval:PT10S}",
            initialDelayString = "${frontdesk.mail.outbox.interval:PT10S}")
    void send() {
        sender.run();
    }
}
