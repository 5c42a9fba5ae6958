package be.miis.frontdesk.identity;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What the login page needs to know about single sign-on (docs/security.md, "Single sign-on (OpenID Connect)"):
 * whether it is there, the provider's name for its button, and the message for a refused sign-in.
 */
@Component
public class SingleSignOn {

    /** Where the button leads: Spring Security sends the browser on to the provider from there. */
    public static final String LOGIN_PATH = "/oauth2/authorization/" + OidcProperties.REGISTRATION_ID;

    private final OidcProperties properties;

    SingleSignOn(OidcProperties properties) {
        this.properties = properties;
    }

    /** The provider's name for the button, or null when single sign-on is not configured. */
    public @Nullable String providerName() {
        return properties.enabled() ? properties.buttonName() : null;
    }

    /**
     * The provider's claim decides the roles at each sign-in through it (docs/security.md, "Single sign-on"): what an
     * administrator sets here lasts until that user's next sign-in there.
     */
    public boolean rolesFromProvider() {
        return properties.enabled() && properties.rolesClaimName() != null;
    }

    /**
     * The message key for the reason in {@code /login?sso=…}, which our own failure handler puts there; null for
     * anything else somebody typed.
     */
    public static @Nullable String refusalMessageKey(@Nullable String reason) {
        if (reason == null) {
            return null;
        }
        for (Refusal refusal : Refusal.values()) {
            if (refusal.code().equals(reason)) {
                return "login.error.sso." + refusal.code();
            }
        }
        return null;
    }

    /** Why a sign-in through the provider was refused; the code goes into the login page's address. */
    enum Refusal {
        /** No Frontdesk account of that name, and no role from the provider to create one with. */
        UNKNOWN,
        /** The Frontdesk account is disabled. */
        DISABLED,
        /** The roles claim is configured, and it names no Frontdesk role for this user. */
        NO_ROLES,
        /** Anything else: the provider refused, its answer was not valid, it could not be reached. */
        FAILED;

        String code() {
            return name().toLowerCase(Locale.ROOT).replace("_", "-");
        }
    }
}
