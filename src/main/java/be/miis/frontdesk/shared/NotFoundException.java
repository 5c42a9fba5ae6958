package be.miis.frontdesk.shared;

/** Base of every module's {@code <Noun>NotFoundException}: mapped to a localised 404 in one place. */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
