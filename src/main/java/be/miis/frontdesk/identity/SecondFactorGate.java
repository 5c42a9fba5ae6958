package be.miis.frontdesk.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A pending sign-in (password accepted, second factor not yet) may reach the code and enrolment pages, sign out,
 * and load the assets those pages need; anything else sends it to the code page. Its lack of roles already keeps it
 * out of every role's pages; this also covers the pages any signed-in user may open, such as the account page.
 */
final class SecondFactorGate extends OncePerRequestFilter {

    static final String CODE_PAGE = "/login/second-factor";

    private static final List<String> OPEN =
            List.of(CODE_PAGE, "/logout", "/error", "/css/", "/js/", "/images/", "/webjars/", "/favicon.ico");

    private final RequestCache requestCache = new HttpSessionRequestCache();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!SignInFactors.isPending(SecurityContextHolder.getContext().getAuthentication()) || open(request)) {
            chain.doFilter(request, response);
            return;
        }
        String target = request.getContextPath() + CODE_PAGE;
        if (request.getHeader("HX-Request") != null) {
            // An htmx swap would put the code page inside the page; htmx follows this header with a full load.
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        // Where the user was going is where the code leads, as the login form does for a signed-out visit.
        requestCache.saveRequest(request, response);
        response.sendRedirect(target);
    }

    private static boolean open(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return OPEN.stream().anyMatch(path::startsWith);
    }
}
