package be.miis.frontdesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the login form back with the reason: wrong credentials, or locked out for N more minutes. */
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
            long seconds =
                    Duration.between(clock.instant(), throttled.lockedUntil()).getSeconds();
            long minutes = Math.max(1, (seconds + 59) / 60);
            target = "/login?locked=" + minutes;
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
