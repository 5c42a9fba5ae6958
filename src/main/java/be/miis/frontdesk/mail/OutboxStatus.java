package be.miis.frontdesk.mail;

/** Where an outgoing mail stands: waiting (also between retries), delivered to the SMTP server, or given up. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
