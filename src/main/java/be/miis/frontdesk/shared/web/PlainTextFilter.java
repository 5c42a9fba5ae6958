package be.miis.frontdesk.shared.web;

import be.miis.frontdesk.shared.PlainText;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies {@link PlainText} to every request parameter (query string and form fields, before any controller, the
 * login and HTTP Basic included) and to the user name of HTTP Basic credentials: such a request is refused as a
 * whole with the field named, a problem document under /api/, the 400 page elsewhere. Runs right after the
 * character encoding filter, so that form fields are decoded as UTF-8 first. Multipart bodies are left to the
 * import that reads them. See docs/bad-input.md.
 */
class PlainTextFilter extends OncePerRequestFilter implements Ordered {

    /** The request attribute with the explanation the 400 page shows. */
    static final String PROBLEM = "problem";

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    PlainTextFilter(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> refused = refusedField(request);
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String field = PlainText.printable(refused.get());
        Locale locale = localeResolver.resolveLocale(request);
        if (request.getRequestURI().startsWith("/api/")) {
            Map<String, Object> problem =
                    ProblemErrorController.problem(HttpStatus.BAD_REQUEST.value(), messages, locale);
            problem.put("detail", messages.getMessage("api.error.validation", null, locale));
            problem.put("instance", request.getRequestURI());
            problem.put(
                    "errors",
                    List.of(Map.of(
                            "field", field, "message", messages.getMessage(PlainText.REFUSED_KEY, null, locale))));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        request.setAttribute(PROBLEM, messages.getMessage("error.400.refusedField", new Object[] {field}, locale));
        response.sendError(HttpStatus.BAD_REQUEST.value());
    }

    private static Optional<String> refusedField(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String credentials = new String(
                        Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
                if (PlainText.isRefused(credentials)) {
                    return Optional.of("Authorization");
                }
            } catch (IllegalArgumentException notBase64) {
                // Spring Security refuses it as bad credentials.
            }
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Optional.empty();
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (PlainText.isRefused(parameter.getKey())) {
                return Optional.of(parameter.getKey());
            }
            for (String value : parameter.getValue()) {
                if (PlainText.isRefused(value)) {
                    return Optional.of(parameter.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
