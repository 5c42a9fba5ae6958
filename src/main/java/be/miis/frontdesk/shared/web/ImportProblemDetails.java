package be.miis.frontdesk.shared.web;

import be.miis.frontdesk.shared.ImportProblem;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The problem details the CSV import APIs (organisations, tickets) answer with, titled in the caller's language. */
public final class ImportProblemDetails {

    private ImportProblemDetails() {}

    public static ProblemDetail of(MessageSource messages, HttpStatus status, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("api.error.title." + status.value(), null, locale));
        return problem;
    }

    /** 413 for a file over an import's limit of {@code megabytes}; the message {@code key} says to split it. */
    public static ResponseEntity<ProblemDetail> tooLarge(
            MessageSource messages, String key, long megabytes, Locale locale) {
        return ResponseEntity.of(of(
                        messages,
                        HttpStatus.CONTENT_TOO_LARGE,
                        messages.getMessage(key, new Object[] {megabytes}, locale),
                        locale))
                .build();
    }

    /** A file that could not be read as a whole (encoding, header, quoting): its one problem says why. */
    public static ProblemDetail unreadable(
            MessageSource messages, List<ImportProblem.Described> problems, Locale locale) {
        return of(
                messages,
                HttpStatus.BAD_REQUEST,
                problems.isEmpty()
                        ? messages.getMessage("api.error.detail.400", null, locale)
                        : problems.get(0).message(),
                locale);
    }
}
