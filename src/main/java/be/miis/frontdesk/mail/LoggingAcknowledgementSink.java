package be.miis.frontdesk.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sink while no outbox sends mail: the log shows the acknowledgement a mail would have been. */
class LoggingAcknowledgementSink implements AcknowledgementSink {

    private static final Logger log = LoggerFactory.getLogger(LoggingAcknowledgementSink.class);

    @Override
    public void acknowledge(Acknowledgement acknowledgement) {
        log.info(
                "Acknowledgement of {} to {} in {} (no outbox to send it)",
                acknowledgement.reference(),
                acknowledgement.recipient(),
                acknowledgement.language());
    }
}
