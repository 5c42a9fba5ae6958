package be.miis.frontdesk.identity;

import be.miis.frontdesk.identity.SingleSignOn.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The provider vouched for the user, and Frontdesk still refuses them (docs/security.md, "Single sign-on"). */
class OidcRefusedException extends OAuth2AuthenticationException {

    private final Refusal refusal;
    private final @Nullable String username;

    OidcRefusedException(Refusal refusal, @Nullable String username) {
        super(new OAuth2Error("frontdesk_" + refusal.code()), "refused: " + refusal.code());
        this.refusal = refusal;
        this.username = username;
    }

    Refusal refusal() {
        return refusal;
    }

    @Nullable
    String username() {
        return username;
    }
}
