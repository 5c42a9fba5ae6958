package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.Language;
import java.io.Serial;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.user.OAuth2User;

/**
 * The authenticated principal. It is serialised into the database session, so it holds plain values only.
 */
public final class FrontdeskUser implements UserDetails, OAuth2User {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String username;
    private final String displayName;
    private final String passwordHash;
    private final boolean enabled;
    private final Language language;
    private final EnumSet<Role> roles;

    FrontdeskUser(UserAccount account) {
        this.id = account.getId();
        this.username = account.getUsername();
        this.displayName = account.getDisplayName();
        this.passwordHash = account.getPasswordHash();
        this.enabled = account.isEnabled();
        this.language = account.getLanguage();
        this.roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.getRoles());
    }

    public Long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Language language() {
        return language;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** For templates, which cannot name the enum without a type expression. */
    public boolean hasRoleNamed(String role) {
        return roles.stream().anyMatch(r -> r.name().equals(role));
    }

    /** The page this user lands on after login. */
    public String homePath() {
        return roles.stream().findFirst().map(Role::homePath).orElse("/account");
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<SimpleGrantedAuthority> authorities = roles.stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * The principal of a sign-in through the OpenID provider too, which Spring's OAuth2 login wants to be an
     * {@link OAuth2User} (docs/security.md, "Single sign-on (OpenID Connect)"): the provider's claims are not kept.
     */
    @Override
    public Map<String, Object> getAttributes() {
        return Map.of();
    }

    /** The username, as {@link #getUsername()}. */
    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrontdeskUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "FrontdeskUser[" + username + "]";
    }
}
