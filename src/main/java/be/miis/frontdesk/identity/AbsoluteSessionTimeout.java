package be.miis.frontdesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session a fixed time after its sign-in, however busy it was (docs/security.md, "Sessions"): the
 * idle timeout alone would let a session that is used now and then live for ever. The moment of sign-in is kept in
 * the session by {@link LoginSuccessHandler}, read from the application's clock (the session's own creation time is
 * the server's, and a session may start before its sign-in). A page request goes to the login page with "your
 * session has ended"; an htmx request is told to go there ({@code HX-Redirect}).
 */
class AbsoluteSessionTimeout extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = AbsoluteSessionTimeout.class.getName() + ".signedInAt";

    private static final String EXPIRED = "/login?expired";

    private final Clock clock;
    private final Duration limit;

    AbsoluteSessionTimeout(Clock clock, Duration limit) {
        this.clock = clock;
        this.limit = limit;
    }

    static void signedIn(HttpServletRequest request, Clock clock) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.millis());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt
                && !clock.instant().isBefore(Instant.ofEpochMilli(signedInAt).plus(limit))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            String target = request.getContextPath() + EXPIRED;
            if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", target);
            } else {
                response.sendRedirect(target);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
