package be.miis.frontdesk.ticket;

/** A file that cannot be read as a ticket CSV at all (not UTF-8, empty, a required column missing). */
class TicketImportFileException extends RuntimeException {

    private final String messageKey;
    private final String detail;

    TicketImportFileException(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
        this.detail = detail;
    }

    String messageKey() {
        return messageKey;
    }

    String detail() {
        return detail;
    }
}
