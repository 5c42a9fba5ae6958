package be.miis.frontdesk.identity;

import be.miis.frontdesk.identity.SingleSignOn.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page with the reason a sign-in through the provider was refused, recorded in the audit trail
 * (docs/security.md, "Single sign-on (OpenID Connect)").
 */
class OidcLoginFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(OidcLoginFailureHandler.class);

    private final AuditLog audit;

    OidcLoginFailureHandler(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        Refusal refusal = Refusal.FAILED;
        String username = null;
        if (exception instanceof OidcRefusedException refused) {
            refusal = refused.refusal();
            username = refused.username();
        } else {
            // The provider's error, a token that did not verify, a provider out of reach: for the operator's eyes.
            log.warn("Sign-in through the OpenID provider failed: {}", exception.getMessage());
        }
        String actor = username == null ? "(oidc)" : username;
        audit.record(actor, AuditAction.LOGIN_FAILED, "user", username, "OIDC: " + refusal.code());
        response.sendRedirect(request.getContextPath() + "/login?sso=" + refusal.code());
    }
}
