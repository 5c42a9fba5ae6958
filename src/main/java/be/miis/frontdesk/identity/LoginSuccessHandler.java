package be.miis.frontdesk.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After login: note the moment for the absolute session timeout, switch to the user's own language, record the
 * login (noting a sign-in through the OpenID provider), and go where the user was going — or to the second
 * factor's page first, where one applies. The same for the login form and for single sign-on.
 */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver localeResolver;
    private final AuditLog audit;
    private final Clock clock;

    LoginSuccessHandler(LocaleResolver localeResolver, AuditLog audit, Clock clock) {
        this.localeResolver = localeResolver;
        this.audit = audit;
        this.clock = clock;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        AbsoluteSessionTimeout.signedIn(request, clock);
        if (authentication.getPrincipal() instanceof FrontdeskUser user) {
            localeResolver.setLocale(request, response, user.language().locale());
            if (SignInFactors.isPending(authentication)) {
                // The second step; the request the user was making waits in the session until it is done.
                getRedirectStrategy().sendRedirect(request, response, SecondFactorGate.CODE_PAGE);
                return;
            }
            String via = OidcUserMapper.isOidc(authentication) ? "OIDC" : null;
            audit.record(user.getUsername(), AuditAction.LOGIN_SUCCEEDED, "user", user.getUsername(), via);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
