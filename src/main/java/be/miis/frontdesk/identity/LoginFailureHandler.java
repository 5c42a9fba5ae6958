package be.miis.frontdesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends the login form back with the reason: wrong credentials, or the seconds this address must wait before it
 * tries the user name again.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    private final Clock clock;

    LoginFailureHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = "/login?error";
        if (exception instanceof LoginThrottledException throttled) {
            target = "/login?retry=" + throttled.secondsLeft(clock.instant());
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
