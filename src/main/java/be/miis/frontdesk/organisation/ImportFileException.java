package be.miis.frontdesk.organisation;

/** A file that cannot be read as CSV at all (not UTF-8, no header, missing required columns). */
class ImportFileException extends RuntimeException {

    private final String messageKey;
    private final String detail;

    ImportFileException(String messageKey, String detail) {
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
