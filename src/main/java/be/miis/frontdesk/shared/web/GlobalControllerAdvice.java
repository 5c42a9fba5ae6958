package be.miis.frontdesk.shared.web;

import be.miis.frontdesk.shared.InvalidInputException;
import be.miis.frontdesk.shared.NotFoundException;
import be.miis.frontdesk.shared.NotPermittedException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps what page controllers throw to the localised error pages: unknown things are a 404, malformed
 * values in a URL a 400, a lost race for
 * the same record a 409 with the explanation, never a stack trace. The API has its own advice.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class GlobalControllerAdvice {

    private final MessageSource messages;

    GlobalControllerAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    /** A service refused what the user's roles do not allow: the 403 page says which rule. */
    @ExceptionHandler(NotPermittedException.class)
    ModelAndView notPermitted(NotPermittedException e) {
        return new ModelAndView("error/403", Map.of("detailKey", e.messageKey()), HttpStatus.FORBIDDEN);
    }

    /** A typed-in URL with a malformed id or filter value ("/admin/users/abc", "?action=NOPE"). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badRequest(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "error/400";
    }

    /**
     * A value a module refused (a filter date outside 2000 to 2100 typed into the URL): the 400 page with the
     * module's explanation. Forms that can show the message beside the field catch it themselves first.
     */
    @ExceptionHandler(InvalidInputException.class)
    String invalidInput(InvalidInputException e, HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute(PlainTextFilter.PROBLEM, messages.getMessage(e.messageKey(), null, locale));
        return "error/400";
    }

    /** An upload over spring.servlet.multipart.max-file-size. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return "error/413";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    String conflict(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }
}
