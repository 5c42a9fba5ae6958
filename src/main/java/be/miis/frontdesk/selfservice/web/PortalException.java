package be.miis.frontdesk.selfservice.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** A refusal the portal answers with its own localised page: the status and the key of its explanation. */
class PortalException extends RuntimeException {

    private final HttpStatus status;
    private final @Nullable String textKey;

    PortalException(HttpStatus status) {
        this(status, null);
    }

    /** A refusal whose explanation is not the status's usual one (an expired call-back form, not an article's). */
    PortalException(HttpStatus status, @Nullable String textKey) {
        super(status.getReasonPhrase(), null, false, false);
        this.status = status;
        this.textKey = textKey;
    }

    HttpStatus status() {
        return status;
    }

    @Nullable
    String textKey() {
        return textKey;
    }

    static PortalException notFound() {
        return new PortalException(HttpStatus.NOT_FOUND);
    }
}
