package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.Language;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The identity module's API: user accounts, their roles and language. */
@Service
public class IdentityService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SignInSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    IdentityService(
            UserAccountRepository users,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            Clock clock,
            SignInSessions sessions) {
        this.sessions = sessions;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.clock = clock;
    }

    /** All users, ordered by username. The staff of a contact centre is counted in hundreds, not millions. */
    @Transactional(readOnly = true)
    public List<UserView> findAll() {
        return users.findAllWithRoles().stream().map(UserView::of).toList();
    }

    @Transactional(readOnly = true)
    public UserView get(Long id) {
        return users.findById(id).map(UserView::of).orElseThrow(() -> UserNotFoundException.forId(id));
    }

    @Transactional(readOnly = true)
    public Optional<UserView> findByUsername(String username) {
        return users.findByUsername(username).map(UserView::of);
    }

    /**
     * The accounts (enabled or not) among {@code usernames}, compared without case: each name as given in lower
     * case, mapped to the username as stored. One query for any number of names.
     */
    @Transactional(readOnly = true)
    public Map<String, String> findUsernames(Collection<String> usernames) {
        return accounts(usernames).stream()
                .collect(Collectors.toMap(
                        row -> ((String) row[0]).toLowerCase(Locale.ROOT), row -> (String) row[0], (a, b) -> a));
    }

    /**
     * The full names of these users by username as given (compared case-insensitively), for lists that store
     * usernames (workloads, assignees); a username no account has is left out. One query, however long the list.
     */
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> byLowerName = new HashMap<>();
        for (Object[] row : accounts(usernames)) {
            byLowerName.put(((String) row[0]).toLowerCase(Locale.ROOT), (String) row[1]);
        }
        Map<String, String> names = new HashMap<>();
        for (String username : usernames) {
            String name = byLowerName.get(username.toLowerCase(Locale.ROOT));
            if (name != null) {
                names.put(username, name);
            }
        }
        return names;
    }

    /** Username and full name of the accounts among {@code usernames}, compared without case: one query. */
    private List<Object[]> accounts(Collection<String> usernames) {
        List<String> lower = usernames.stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        return lower.isEmpty() ? List.of() : users.findDisplayNames(lower);
    }

    @Transactional(readOnly = true)
    public boolean hasUsers() {
        return users.count() > 0;
    }

    /** Creates an account; the username must be free (case-insensitively). */
    @Transactional
    public UserView create(CreateUser command, String actor) {
        if (users.existsByUsername(command.username())) {
            throw new UsernameTakenException(command.username());
        }
        UserAccount user = users.save(new UserAccount(
                command.username().trim(),
                command.displayName().trim(),
                blankToNull(command.email()),
                passwordEncoder.encode(command.password()),
                command.language(),
                command.roles(),
                clock.instant()));
        audit.record(actor, AuditAction.USER_CREATED, "user", user.getUsername(), "roles=" + command.roles());
        return UserView.of(user);
    }

    /**
     * Changes name, e-mail, language and roles. Refused with an optimistic-lock failure when someone else
     * saved the user since {@code command.version()}.
     */
    @Transactional
    public UserView update(Long id, UpdateUser command, String actor) {
        UserAccount user = users.findById(id).orElseThrow(() -> UserNotFoundException.forId(id));
        if (user.getVersion() != command.version()) {
            throw new ObjectOptimisticLockingFailureException(UserAccount.class, id);
        }
        if (user.getRoles().contains(Role.ADMIN) && !command.roles().contains(Role.ADMIN)) {
            requireAnotherEnabledAdmin(user);
        }
        user.updateProfile(
                command.displayName().trim(),
                blankToNull(command.email()),
                command.language(),
                command.roles(),
                clock.instant());
        audit.record(actor, AuditAction.USER_UPDATED, "user", user.getUsername(), "roles=" + command.roles());
        return UserView.of(users.saveAndFlush(user));
    }

    @Transactional
    public void enable(Long id, String actor) {
        UserAccount user = users.findById(id).orElseThrow(() -> UserNotFoundException.forId(id));
        user.enable(clock.instant());
        audit.record(actor, AuditAction.USER_ENABLED, "user", user.getUsername(), null);
    }

    @Transactional
    public void disable(Long id, String actor) {
        UserAccount user = users.findById(id).orElseThrow(() -> UserNotFoundException.forId(id));
        if (user.getRoles().contains(Role.ADMIN)) {
            requireAnotherEnabledAdmin(user);
        }
        user.disable(clock.instant());
        audit.record(actor, AuditAction.USER_DISABLED, "user", user.getUsername(), null);
        sessions.signOut(user.getUsername(), null, actor);
    }

    /**
     * Sets a new password chosen by an administrator, who hands it over to the user; the user's sessions end, since a
     * reset is also the remedy for a password that leaked.
     */
    @Transactional
    public void resetPassword(Long id, String newPassword, String actor) {
        UserAccount user = users.findById(id).orElseThrow(() -> UserNotFoundException.forId(id));
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        audit.record(actor, AuditAction.PASSWORD_RESET, "user", user.getUsername(), null);
        sessions.signOut(user.getUsername(), null, actor);
    }

    /**
     * Changes one's own password.
     *
     * @return false when the current password does not match (nothing is changed then)
     */
    @Transactional
    public boolean changeOwnPassword(String username, String currentPassword, String newPassword) {
        UserAccount user =
                users.findByUsername(username).orElseThrow(() -> UserNotFoundException.forUsername(username));
        if (!passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            return false;
        }
        user.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        audit.record(username, AuditAction.PASSWORD_CHANGED, "user", username, null);
        return true;
    }

    /** Remembers the interface language a user picked, so it follows them to every browser. */
    @Transactional
    public void changeLanguage(String username, Language language) {
        users.findByUsername(username).ifPresent(user -> {
            if (user.getLanguage() != language) {
                user.changeLanguage(language, clock.instant());
            }
        });
    }

    private void requireAnotherEnabledAdmin(UserAccount user) {
        boolean another = users.findAllWithRoles().stream()
                .anyMatch(other -> !other.getId().equals(user.getId())
                        && other.isEnabled()
                        && other.getRoles().contains(Role.ADMIN));
        if (!another) {
            throw new LastAdminException();
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
