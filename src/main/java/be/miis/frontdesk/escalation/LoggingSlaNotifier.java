package be.miis.frontdesk.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The notifier while no module sends mail: the warning is in the app already, the log shows what a mail would. */
class LoggingSlaNotifier implements SlaNotifier {

    private static final Logger log = LoggerFactory.getLogger(LoggingSlaNotifier.class);

    @Override
    public void notify(SlaWarning warning) {
        log.info(
                "SLA warning {} for ticket {} (deadline {}) to {} <{}>",
                warning.kind(),
                warning.ticketReference(),
                warning.deadline(),
                warning.recipient(),
                warning.email() == null ? "no e-mail" : warning.email());
    }
}
