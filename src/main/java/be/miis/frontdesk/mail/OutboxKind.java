package be.miis.frontdesk.mail;

/** What an outgoing mail is, each with its own templates (docs/mail.md, "Outbox"). */
public enum OutboxKind {
    ACKNOWLEDGEMENT,
    ANSWER,
    REQUEST,
    SLA_NOTICE;

    /** The base name of the kind's templates and message keys. */
    String template() {
        return switch (this) {
            case ACKNOWLEDGEMENT -> "acknowledgement";
            case ANSWER -> "answer";
            case REQUEST -> "request";
            case SLA_NOTICE -> "notice";
        };
    }
}
