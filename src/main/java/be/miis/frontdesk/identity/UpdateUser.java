package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.Language;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Carries the version the editor saw, so that a concurrent edit is refused instead of overwritten. */
public record UpdateUser(String displayName, @Nullable String email, Language language, Set<Role> roles, int version) {}
