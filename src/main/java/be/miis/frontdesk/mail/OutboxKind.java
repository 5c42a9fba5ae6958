package be.miis.frontdesk.mail;

/** What an outgoing mail is, each with its own templates (docs/mail.md, "Outbox"). */
public enum OutboxKind {
    ACKNOWLEDGEMENT,
    ANSWER,
    REQUEST,
    SLA_NOTICE,
    /** The confirmation of a call-back requested on the portal (docs/portal.md, "Call me back"). */
    CALLBACK,
    /** A call-back given up after the last attempt: we could not reach you, here is how to reach us. */
    CALLBACK_MISSED,
    /** A complaint's acknowledgement: its number and the answer deadline (docs/complaints.md, "Letters"). */
    COMPLAINT_ACKNOWLEDGEMENT,
    /** Whether a complaint is admissible, and if not why. */
    COMPLAINT_ADMISSIBILITY,
    /** The reasoned answer to a complaint, with the way to the federal Ombudsman. */
    COMPLAINT_ANSWER;

    /** The base name of the kind's templates and message keys. */
    String template() {
        return switch (this) {
            case ACKNOWLEDGEMENT -> "acknowledgement";
            case ANSWER -> "answer";
            case REQUEST -> "request";
            case SLA_NOTICE -> "notice";
            case CALLBACK -> "callback";
            case CALLBACK_MISSED -> "callback-missed";
            case COMPLAINT_ACKNOWLEDGEMENT -> "complaint-acknowledgement";
            case COMPLAINT_ADMISSIBILITY -> "complaint-admissibility";
            case COMPLAINT_ANSWER -> "complaint-answer";
        };
    }
}
