package be.miis.frontdesk.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/** After login: switch to the user's own language, record the login, and go where the user was going. */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LocaleResolver localeResolver;
    private final AuditLog audit;

    LoginSuccessHandler(LocaleResolver localeResolver, AuditLog audit) {
        this.localeResolver = localeResolver;
        this.audit = audit;
        setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof FrontdeskUser user) {
            localeResolver.setLocale(request, response, user.language().locale());
            audit.record(user.getUsername(), AuditAction.LOGIN_SUCCEEDED, "user", user.getUsername(), null);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
