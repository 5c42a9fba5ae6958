package be.miis.frontdesk.selfservice.web;

import be.miis.frontdesk.shared.web.FrontdeskLocaleResolver;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors under {@code /portal} that no portal controller answered (a control character refused by the input
 * filter, a failure): the portal's own error page in the address's language, so that a visitor never lands on a
 * back-office page. Every other address keeps Spring Boot's resolver (the back office's {@code error/…}
 * templates): this one extends it, because Boot only creates its own when the application defines none.
 */
@Component
class PortalErrorViews extends DefaultErrorViewResolver {

    PortalErrorViews(ApplicationContext context, WebProperties web) {
        super(context, web.getResources());
    }

    private static final Set<Integer> DESCRIBED = Set.of(400, 403, 404, 429);

    @Override
    public @Nullable ModelAndView resolveErrorView(
            HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (!(uri instanceof String path) || !(path.equals("/portal") || path.startsWith("/portal/"))) {
            return super.resolveErrorView(request, status, model);
        }
        request.setAttribute(FrontdeskLocaleResolver.PAGE_LOCALE, PortalLanguages.locale(path, request));
        HttpStatus shown = DESCRIBED.contains(status.value())
                ? status
                : status.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        ModelAndView page = PortalErrors.page(shown, request);
        page.setStatus(status);
        return page;
    }
}
