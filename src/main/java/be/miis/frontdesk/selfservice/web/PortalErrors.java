package be.miis.frontdesk.selfservice.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's refusals as its own pages, in the page's language and without anything of the back office: 400
 * for a malformed address or form, 403 for a vote form that was not served to this visitor, 404 for what the
 * public may not read (an internal article looks exactly like one that does not exist), 429 past a rate limit.
 * Before the back office's advice, which would answer with its own layout.
 */
@ControllerAdvice(
        assignableTypes = {PortalController.class, PortalQuestionController.class, CallbackFormController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    @ExceptionHandler(PortalException.class)
    ModelAndView refused(PortalException e, HttpServletRequest request) {
        ModelAndView page = page(e.status(), request);
        if (e.messageKey() != null) {
            page.addObject("messageKey", e.messageKey());
        }
        return page;
    }

    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        HandlerMethodValidationException.class
    })
    ModelAndView malformed(HttpServletRequest request) {
        return page(HttpStatus.BAD_REQUEST, request);
    }

    static ModelAndView page(HttpStatus status, HttpServletRequest request) {
        boolean fragment = request.getHeader("HX-Request") != null;
        String view = fragment ? "portal/error :: message" : "portal/error";
        ModelAndView page = new ModelAndView(
                view,
                Map.of(
                        "status",
                        status.value(),
                        "lang",
                        be.miis.frontdesk.shared.ContentLanguage.fromCode(
                                        PortalLanguages.locale(request).getLanguage())
                                .orElseThrow(),
                        "switches",
                        PortalController.homeSwitches()),
                status);
        return page;
    }
}
