package be.miis.frontdesk.selfservice.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** A refusal the portal answers with its own localised page: the status and the key of its explanation. */
class PortalException extends RuntimeException {

    private final HttpStatus status;
    private final @Nullable String messageKey;

    PortalException(HttpStatus status) {
        this(status, null);
    }

    /**
     * A refusal whose explanation is not the status's usual one (an expired call-back form, not an article's): {@code
     * messageKey.title} and {@code messageKey.text}.
     */
    PortalException(HttpStatus status, @Nullable String messageKey) {
        super(status.getReasonPhrase(), null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    HttpStatus status() {
        return status;
    }

    @Nullable
    String messageKey() {
        return messageKey;
    }

    static PortalException notFound() {
        return new PortalException(HttpStatus.NOT_FOUND);
    }
}
