package be.miis.frontdesk.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Errors that happen before any controller is chosen (an unknown API address, a wrong HTTP method, a failure in
 * a filter) end up here. Browsers keep getting the localised error pages; everything else gets an RFC 9457
 * problem document in the caller's language instead of Boot's bare JSON, never a stack trace or an exception
 * message.
 */
class ProblemErrorController extends BasicErrorController {

    private final MessageSource messages;

    ProblemErrorController(
            ErrorAttributes errorAttributes, List<ErrorViewResolver> errorViewResolvers, MessageSource messages) {
        // Default error properties: no stack traces, no exception messages, no binding errors in responses.
        super(errorAttributes, new ErrorProperties(), errorViewResolvers);
        this.messages = messages;
    }

    /**
     * Asked for directly (GET /error), nothing went wrong: the address is simply no page, a 404 for browsers and
     * API clients alike rather than the 500 Boot reports for an error without a status.
     */
    @Override
    protected HttpStatus getStatus(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null) {
            return HttpStatus.NOT_FOUND;
        }
        return super.getStatus(request);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Object> problem = problem(status.value(), messages, locale);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.put("instance", uri.toString());
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /**
     * The problem document for a status, as every error answered outside a controller writes it (this controller,
     * Tomcat's refusals, the control character filter): localised title and detail, never an exception message.
     */
    static Map<String, Object> problem(int status, MessageSource messages, Locale locale) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put(
                "title",
                messages.getMessage(
                        "api.error.title." + status,
                        null,
                        known == null ? String.valueOf(status) : known.getReasonPhrase(),
                        locale));
        problem.put("status", status);
        problem.put(
                "detail",
                messages.getMessage(
                        "api.error.detail." + status,
                        null,
                        messages.getMessage("api.error.detail.other", null, locale),
                        locale));
        return problem;
    }
}
