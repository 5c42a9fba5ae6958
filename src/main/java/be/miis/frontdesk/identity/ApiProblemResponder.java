package be.miis.frontdesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers refused API calls as RFC 9457 problem details (never a login page or an HTML error), in the
 * caller's language.
 */
class ApiProblemResponder implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiProblemResponder(MessageSource messages, LocaleResolver localeResolver, Clock clock) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.clock = clock;
    }

    /**
     * 401 for missing or wrong credentials; 429 with {@code Retry-After} when the caller's address must wait
     * before it tries the user name again, so that a script backs off instead of retrying at once.
     */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginThrottledException throttled) {
            long seconds = throttled.secondsLeft(clock.instant());
            response.setHeader("Retry-After", String.valueOf(seconds));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "api.error.throttled", seconds);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Frontdesk\", Bearer");
        if (e instanceof PasswordOnlyWhereAllowed.SecondFactorRequiredException) {
            write(request, response, HttpStatus.UNAUTHORIZED, "api.error.secondFactor");
            return;
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "api.error.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "api.error.forbidden");
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, Object... args)
            throws IOException {
        Locale locale = localeResolver.resolveLocale(request);
        // Written by hand: these answers come from the filter chain, before Spring MVC's converters exist.
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage("api.error.title." + status.value(), null, locale));
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage(key, args, locale));
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
