package be.miis.frontdesk.identity;

import be.miis.frontdesk.identity.SingleSignOn.Refusal;
import be.miis.frontdesk.shared.Language;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Frontdesk account of a user the OpenID provider vouched for (docs/security.md, "Single sign-on (OpenID
 * Connect)"): found by username; with a roles claim, its roles follow the provider's and an unknown user with a role is
 * given an account; a disabled account stays shut.
 */
@Component
class OidcAccounts {

    /** The usernames the admin's user form accepts: an account created here can be edited there. */
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final Clock clock;

    OidcAccounts(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditLog audit, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the provider said about the user.
     *
     * @param roles the Frontdesk roles named by the roles claim; null when no roles claim is configured (the roles are
     *     then the account's own)
     */
    record Identity(
            String username,
            @Nullable String displayName,
            @Nullable String email,
            @Nullable Language language,
            @Nullable Set<Role> roles) {}

    /**
     * The signed-in principal for this identity, or a refusal. Nothing is written unless the user is let in.
     *
     * @throws OidcRefusedException when Frontdesk does not let this user in
     */
    @Transactional
    FrontdeskUser signIn(Identity identity) {
        Optional<UserAccount> existing = users.findByUsername(identity.username());
        if (existing.isEmpty()) {
            return new FrontdeskUser(create(identity));
        }
        UserAccount account = existing.get();
        if (!account.isEnabled()) {
            throw new OidcRefusedException(Refusal.DISABLED, account.getUsername());
        }
        Set<Role> roles = identity.roles();
        if (roles != null) {
            if (roles.isEmpty()) {
                throw new OidcRefusedException(Refusal.NO_ROLES, account.getUsername());
            }
            if (!roles.equals(account.getRoles())) {
                // The provider decides the roles: the last-administrator rule of the admin pages does not apply.
                account.updateProfile(
                        account.getDisplayName(), account.getEmail(), account.getLanguage(), roles, clock.instant());
                audit.record(
                        account.getUsername(),
                        AuditAction.USER_UPDATED,
                        "user",
                        account.getUsername(),
                        "roles=" + roles + " from the OpenID provider");
            }
        }
        return new FrontdeskUser(account);
    }

    private UserAccount create(Identity identity) {
        Set<Role> roles = identity.roles();
        if (roles == null
                || roles.isEmpty()
                || !USERNAME.matcher(identity.username()).matches()) {
            throw new OidcRefusedException(Refusal.UNKNOWN, identity.username());
        }
        String displayName =
                identity.displayName() == null || identity.displayName().isBlank()
                        ? identity.username()
                        : truncate(identity.displayName().trim(), 120);
        UserAccount account = users.saveAndFlush(new UserAccount(
                identity.username(),
                displayName,
                identity.email() == null || identity.email().isBlank()
                        ? null
                        : truncate(identity.email().trim(), 254),
                // A password nobody knows: the account signs in through the provider until an admin sets one.
                passwordEncoder.encode(randomSecret()),
                identity.language() == null ? Language.NL : identity.language(),
                roles,
                clock.instant()));
        audit.record(
                account.getUsername(),
                AuditAction.USER_CREATED,
                "user",
                account.getUsername(),
                "roles=" + roles + " from the OpenID provider");
        return account;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
