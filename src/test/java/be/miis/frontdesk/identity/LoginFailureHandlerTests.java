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
    void aWaitNamesTheSecondsLeftRoundedUp() throws Exception {
        assertThat(redirectFor(blockedFor(Duration.ofSeconds(30)))).isEqualTo("/login?retry=30");
        assertThat(redirectFor(blockedFor(Duration.ofSeconds(29).plusMillis(1))))
                .isEqualTo("/login?retry=30");
        assertThat(redirectFor(blockedFor(Duration.ofMinutes(15)))).isEqualTo("/login?retry=900");
    }

    @Test
    void aWaitEndingNowStillSaysOneSecond() throws Exception {
        assertThat(redirectFor(blockedFor(Duration.ofMillis(5)))).isEqualTo("/login?retry=1");
        assertThat(redirectFor(blockedFor(Duration.ZERO))).isEqualTo("/login?retry=1");
    }

    @Test
    void keepsTheContextPath() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/crm/login");
        request.setContextPath("/crm");
        MockHttpServletResponse response = new MockHttpServletResponse();

        handler.onAuthenticationFailure(request, response, new BadCredentialsException("bad"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/crm/login?error");
    }

    private static LoginThrottledException blockedFor(Duration duration) {
        return new LoginThrottledException(NOW.plus(duration));
    }

    private String redirectFor(org.springframework.security.core.AuthenticationException exception) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        handler.onAuthenticationFailure(new MockHttpServletRequest("POST", "/login"), response, exception);
        return response.getRedirectedUrl();
    }
}
