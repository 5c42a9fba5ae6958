package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;

class LoginFailureHandlerTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final LoginFailureHandler handler = new LoginFailureHandler(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void wrongCredentialsGoBackToTheFormWithAnError() throws Exception {
        assertThat(redirectFor(new BadCredentialsException("bad"))).isEqualTo("/login?error");
    }

    @Test
    void aDisabledAccountIsNotToldApartFromWrongCredentials() throws Exception {
        assertThat(redirectFor(new DisabledException("disabled"))).isEqualTo("/login?error");
    }

    @Test
    void aLockOutNamesTheMinutesLeftRoundedUp() throws Exception {
        assertThat(redirectFor(lockedFor(Duration.ofMinutes(15)))).isEqualTo("/login?locked=15");
        assertThat(redirectFor(lockedFor(Duration.ofMinutes(14).plusSeconds(1))))
                .isEqualTo("/login?locked=15");
        assertThat(redirectFor(lockedFor(Duration.ofSeconds(61)))).isEqualTo("/login?locked=2");
    }

    @Test
    void aLockOutEndingWithinAMinuteStillSaysOneMinute() throws Exception {
        assertThat(redirectFor(lockedFor(Duration.ofSeconds(5)))).isEqualTo("/login?locked=1");
        assertThat(redirectFor(lockedFor(Duration.ZERO))).isEqualTo("/login?locked=1");
    }

    @Test
    void keepsTheContextPath() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/crm/login");
        request.setContextPath("/crm");
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onAuthenticationFailure(request, response, new BadCredentialsException("bad"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/crm/login?error");
    }

    private static LoginThrottledException lockedFor(Duration duration) {
        return new LoginThrottledException(NOW.plus(duration));
    }

    private String redirectFor(org.springframework.security.core.AuthenticationException exception) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), response, exception);
        return response.getRedirectedUrl();
    }
}
