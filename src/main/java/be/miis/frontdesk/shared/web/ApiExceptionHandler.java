package be.miis.frontdesk.shared.web;

import be.miis.frontdesk.shared.InvalidInputException;
import be.miis.frontdesk.shared.NotFoundException;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.shared.PlainText;
import be.miis.frontdesk.shared.RuleViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * RFC 9457 problem details for every API error, localised through the same messages as the pages, with one
 * entry per invalid field so that a client can show each message beside its field.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, Locale locale) {
        return problem(HttpStatus.NOT_FOUND, "api.error.notFound", locale);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail conflict(ObjectOptimisticLockingFailureException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, "error.conflict.detail", locale);
    }

    /** A service refused what the user's roles do not allow: 403 with the rule in the user's language. */
    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException e, Locale locale) {
        return problem(HttpStatus.FORBIDDEN, e.messageKey(), locale);
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolation(RuleViolationException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, e.messageKey(), locale);
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e, Locale locale) {
        return invalidField(e.field(), e.messageKey(), locale);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // The locale the LocaleResolver chose (cookie, profile), not the raw Accept-Language header.
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.error.validation", locale);
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", messages.getMessage(error, locale)))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * A body that is not JSON, or JSON with a value of the wrong shape or with refused text: the field is named when
     * Jackson knows it, and the message never repeats the parser's own (it names Java classes).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        if (e.getMostSpecificCause() instanceof JacksonException cause
                && !cause.getPath().isEmpty()) {
            String key = cause instanceof PlainTextJson.RefusedText ? PlainText.REFUSED_KEY : "api.error.invalidValue";
            return ResponseEntity.badRequest().body(invalidField(PlainTextJson.field(cause), key, locale));
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "api.error.malformedJson", locale));
    }

    /**
     * A query parameter or path segment that does not convert (size=abc, an unknown enum constant, a date that is
     * none). The value is not repeated: a repeated parameter would show as a Java array.
     */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : String.valueOf(e.getPropertyName());
        return ResponseEntity.badRequest()
                .body(invalidField(field, "api.error.invalidValue", LocaleContextHolder.getLocale()));
    }

    private ProblemDetail invalidField(String field, String key, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.error.validation", locale);
        problem.setProperty(
                "errors", List.of(Map.of("field", field, "message", messages.getMessage(key, null, locale))));
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage("api.error.title." + status.value(), null, locale));
        return problem;
    }
}
