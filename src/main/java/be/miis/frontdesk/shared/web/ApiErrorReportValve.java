package be.miis.frontdesk.shared.web;

import be.miis.frontdesk.shared.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat refuses some requests before the application sees them (an encoded slash or backslash, %00 or invalid
 * UTF-8 in the path, a request line over the header limit) and answers them itself. Under /api/ that answer is a
 * problem document in the caller's language like every other API error, not Tomcat's HTML page; elsewhere Tomcat's
 * page stays, without server information or stack trace (Boot's settings).
 */
class ApiErrorReportValve extends ErrorReportValve {

    private final MessageSource messages;
    private final LocaleResolver localeResolver;
    private final JsonMapper json;

    ApiErrorReportValve(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !isApi(request)) {
            super.report(request, response, throwable);
            return;
        }
        Locale locale = locale(request);
        Map<String, Object> problem = ProblemErrorController.problem(status, messages, locale);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(json.writeValueAsBytes(problem));
            response.finishResponse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The raw request URI: a refused one cannot be decoded. A request line too long to be read has none; its
     * client is then judged by what it accepts.
     */
    private static boolean isApi(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        if (uri == null || uri.isEmpty()) {
            String accept = request.getHeader("Accept");
            return accept == null || !accept.contains("text/html");
        }
        return uri.startsWith("/api/");
    }

    private Locale locale(Request request) {
        try {
            return localeResolver.resolveLocale(request);
        } catch (RuntimeException unreadableHeaders) {
            return Language.NL.locale();
        }
    }
}
