package be.miis.frontdesk.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of a sign-in on the code page (docs/security.md, "Two-factor sign-in"): the code checked under
 * the same throttle as passwords (its own count, which a correct password does not reset), then the session's
 * pending sign-in replaced by the full one, under a new session id.
 */
@Component
public class SecondFactorSignIn {

    /** Code failures are counted apart from password failures: a known password must not reset them. */
    private static final String THROTTLE_PREFIX = "2fa:";

    private final SecondFactors secondFactors;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SecondFactorSignIn(
            SecondFactors secondFactors, LoginThrottle throttle, AuditLog audit, SecurityProperties properties) {
        this.secondFactors = secondFactors;
        this.throttle = throttle;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * @param accepted the code or recovery code was right
     * @param recoveryCode it was a recovery code (the page then says how many are left)
     * @param blockedUntil too many wrong codes: no code is looked at before then
     */
    public record Outcome(
            boolean accepted,
            boolean recoveryCode,
            @Nullable Instant blockedUntil) {}

    public Outcome verify(FrontdeskUser user, String code, HttpServletRequest request) {
        String key = THROTTLE_PREFIX + user.getUsername();
        String address = request.getRemoteAddr();
        Optional<Instant> blocked = throttle.blockedUntil(key, address);
        if (blocked.isPresent()) {
            return new Outcome(false, false, blocked.get());
        }
        SecondFactors.Verified verified = secondFactors.verify(user, code);
        if (verified == SecondFactors.Verified.REFUSED) {
            return new Outcome(
                    false, false, throttle.registerFailure(key, address).orElse(null));
        }
        throttle.succeeded(key, address);
        if (verified == SecondFactors.Verified.CODE) {
            audit.record(user.getUsername(), AuditAction.SECOND_FACTOR_VERIFIED, "user", user.getUsername(), null);
        }
        return new Outcome(true, verified == SecondFactors.Verified.RECOVERY_CODE, null);
    }

    /** The sign-in completed: roles in the session, a new session id, and the device remembered if asked. */
    public void complete(
            FrontdeskUser user, boolean rememberDevice, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SignInFactors.complete(user, SignInFactors.TOTP));
        SecurityContextHolder.setContext(context);
        // As after the password: whoever learnt the session id before this step must not inherit the sign-in.
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        audit.record(user.getUsername(), AuditAction.LOGIN_SUCCEEDED, "user", user.getUsername(), "second factor");
        if (rememberDevice && !secondFactors.rememberDevice().isZero()) {
            ResponseCookie cookie = ResponseCookie.from(SecondFactorStep.DEVICE_COOKIE, secondFactors.remember(user))
                    .httpOnly(true)
                    .secure(properties.secureCookies())
                    .sameSite("Strict")
                    .path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                    .maxAge(secondFactors.rememberDevice())
                    .build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        }
    }
}
