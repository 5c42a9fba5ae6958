package be.miis.frontdesk.selfservice.web;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.web.FrontdeskLocaleResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The portal's language comes from its address ({@code /portal/fr/…}), in all four content languages: this sets
 * it as the page's locale before the controller runs, so that messages, dates and the {@code lang} attribute
 * follow the address and never the back office's language cookie.
 */
class PortalLanguages implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(FrontdeskLocaleResolver.PAGE_LOCALE, locale(request));
        return true;
    }

    /** The page's language: set already (the error page of a portal address), else from the address. */
    static Locale locale(HttpServletRequest request) {
        if (request.getAttribute(FrontdeskLocaleResolver.PAGE_LOCALE) instanceof Locale page) {
            return page;
        }
        return locale(request.getRequestURI(), request);
    }

    static Locale locale(String path, HttpServletRequest request) {
        String[] parts = path.split("/");
        // "", "portal", "{lang}", …
        Optional<ContentLanguage> fromPath = parts.length > 2 ? ContentLanguage.fromCode(parts[2]) : Optional.empty();
        return Locale.forLanguageTag(
                fromPath.orElseGet(() -> preferred(request)).code());
    }

    /** The first of the visitor's Accept-Language languages the portal speaks; Dutch when none. */
    static ContentLanguage preferred(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return ContentLanguage.NL;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            Optional<ContentLanguage> language = ContentLanguage.fromCode(locale.getLanguage());
            if (language.isPresent()) {
                return language.get();
            }
        }
        return ContentLanguage.NL;
    }
}
