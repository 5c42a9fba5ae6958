package be.miis.frontdesk.selfservice.web;

import org.springframework.http.HttpStatus;

/** A refusal the portal answers with its own localised page: the status and the key of its explanation. */
class PortalException extends RuntimeException {

    private final HttpStatus status;

    PortalException(HttpStatus status) {
        super(status.getReasonPhrase(), null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }

    static PortalException notFound() {
        return new PortalException(HttpStatus.NOT_FOUND);
    }
}
