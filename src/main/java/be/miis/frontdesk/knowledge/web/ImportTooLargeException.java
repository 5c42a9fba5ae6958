package be.miis.frontdesk.knowledge.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An import body over the limit: answered as a 413 problem, localised through the message source like the other
 * API problems (the shared handler resolves the detail and title codes below).
 */
class ImportTooLargeException extends ErrorResponseException {

    ImportTooLargeException(long maxMegabytes) {
        super(
                HttpStatus.CONTENT_TOO_LARGE,
                ProblemDetail.forStatus(HttpStatus.CONTENT_TOO_LARGE),
                null,
                "knowledge.import.tooLarge",
                new Object[] {maxMegabytes});
    }

    @Override
    public String getTitleMessageCode() {
        return "api.error.title.413";
    }
}
