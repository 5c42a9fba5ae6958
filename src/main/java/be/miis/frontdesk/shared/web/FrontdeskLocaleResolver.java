package be.miis.frontdesk.shared.web;

import be.miis.frontdesk.shared.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The interface language: the user's choice (cookie, set at login from their profile), else French for a
 * browser that asks for French first, else Dutch. An English browser gets Dutch on purpose: the contact
 * centre works in Dutch and French, and English is a choice, not a default. The API, where no browser sends the header,
 * follows Accept-Language (docs/bad-input.md, "Language of the answers").
 */
public class FrontdeskLocaleResolver extends CookieLocaleResolver {

    public static final String COOKIE_NAME = "frontdesk-lang";

    /**
     * A request attribute holding the {@link Locale} a page is written in whatever the visitor's cookie says: the
     * public portal's language is part of its address ({@code /portal/de/…}), German included.
     */
    public static final String PAGE_LOCALE = FrontdeskLocaleResolver.class.getName() + ".PAGE_LOCALE";

    public FrontdeskLocaleResolver() {
        super(COOKIE_NAME);
        setCookieMaxAge(Duration.ofDays(365));
        setCookieHttpOnly(true);
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(FrontdeskLocaleResolver::fromBrowser);
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(PAGE_LOCALE) instanceof Locale page) {
            return page;
        }
        return supported(super.resolveLocale(request));
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        super.setLocale(request, response, locale == null ? null : supported(locale));
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            // A script's Accept-Language is a choice made on purpose, not a browser's default: the API answers (its
            // problem details) in the first language asked for that it speaks, English included.
            for (Locale asked : Collections.list(request.getLocales())) {
                Optional<Language> spoken = Language.fromCode(asked.getLanguage());
                if (spoken.isPresent()) {
                    return spoken.get().locale();
                }
            }
            return Language.NL.locale();
        }
        if (header != null && header.trim().toLowerCase(Locale.ROOT).startsWith("fr")) {
            return Language.FR.locale();
        }
        return Language.NL.locale();
    }

    private static Locale supported(Locale locale) {
        return Language.fromCode(locale.getLanguage()).orElse(Language.NL).locale();
    }
}
