package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.Language;
import java.util.Set;
import org.jspecify.annotations.Nullable;

public record CreateUser(
        String username,
        String displayName,
        @Nullable String email,
        String password,
        Language language,
        Set<Role> roles) {}
