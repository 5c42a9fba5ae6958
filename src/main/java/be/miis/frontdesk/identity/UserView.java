package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.Language;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user as the admin pages and other modules see it: never the password hash. */
public record UserView(
        Long id,
        String username,
        String displayName,
        @Nullable String email,
        Language language,
        Set<Role> roles,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    static UserView of(UserAccount user) {
        return new UserView(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.getLanguage(),
                user.getRoles(),
                user.isEnabled(),
                user.getCreatedAt(),
                user.getUpdatedAt(),
                user.getVersion());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
