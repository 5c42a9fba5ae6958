package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.NotPermittedException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role checks of the modules' services (docs/roles.md): an action is allowed when the acting user's account is
 * enabled and holds one of the roles, as stored at the moment of the action, whichever route (page, API, a job)
 * asked for it. One indexed query per guarded command.
 */
@Component
public class Permissions {

    private final JdbcClient jdbc;

    Permissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Refuses with {@code messageKey} unless {@code username} holds one of {@code anyOf}.
     *
     * @throws NotPermittedException when the user does not exist, is disabled or lacks the roles
     */
    @Transactional(readOnly = true)
    public void require(String username, String messageKey, Role... anyOf) {
        if (!holdsAny(username, anyOf)) {
            throw new NotPermittedException(messageKey);
        }
    }

    /** Whether {@code username} is an enabled user with one of {@code anyOf}. */
    @Transactional(readOnly = true)
    public boolean holdsAny(String username, Role... anyOf) {
        List<String> roles = Arrays.stream(anyOf).map(Role::name).toList();
        return !roles.isEmpty()
                && jdbc.sql("""
                                select exists (
                                    select 1 from user_account u join user_role r on r.user_id = u.id
                                    where lower(u.username) = lower(:username) and u.enabled and r.role in (:roles))
                                """)
                        .param("username", username)
                        .param("roles", roles)
                        .query(Boolean.class)
                        .single();
    }

    /**
     * The roles of an enabled user (none for a disabled or unknown one), in one query: for a rule that treats several
     * roles differently.
     */
    @Transactional(readOnly = true)
    public Set<Role> rolesOf(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("""
                        select r.role from user_account u join user_role r on r.user_id = u.id
                        where lower(u.username) = lower(:username) and u.enabled
                        """)
                .param("username", username)
                .query(String.class)
                .list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }
}
