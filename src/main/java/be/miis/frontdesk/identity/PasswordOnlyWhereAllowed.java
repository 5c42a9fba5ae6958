package be.miis.frontdesk.identity;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * HTTP Basic on the API has no second step: a user to whom a second factor applies is refused there and uses a
 * personal API token, created in a sign-in that passed the second factor (docs/security.md, "Two-factor sign-in").
 */
final class PasswordOnlyWhereAllowed implements AuthenticationManager {

    private final AuthenticationManager passwords;
    private final SecondFactors secondFactors;

    PasswordOnlyWhereAllowed(AuthenticationManager passwords, SecondFactors secondFactors) {
        this.passwords = passwords;
        this.secondFactors = secondFactors;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Authentication result = passwords.authenticate(authentication);
        if (result.getPrincipal() instanceof FrontdeskUser user && secondFactors.applies(user)) {
            throw new SecondFactorRequiredException();
        }
        return result;
    }

    /** Answered as a problem detail that names the way out: an API token. */
    static final class SecondFactorRequiredException extends AuthenticationException {

        private static final long serialVersionUID = 1L;

        SecondFactorRequiredException() {
            super("a second factor applies to this user: use a personal API token");
        }
    }
}
