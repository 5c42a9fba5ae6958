package be.miis.frontdesk.test;

import be.miis.frontdesk.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Users for the repository slices whose services check roles (docs/roles.md), written straight into the identity
 * tables: a slice has no demo data and no identity service to create them with.
 */
public final class TestUsers {

    private TestUsers() {}

    /** Creates the user with these roles unless a user of that name exists already. */
    public static void ensure(JdbcClient jdbc, String username, Role... roles) {
        Long id = jdbc.sql("""
                        insert into user_account (username, display_name, password_hash, created_at, updated_at)
                        values (:username, :username, '{noop}unused', now(), now())
                        on conflict do nothing returning id
                        """)
                .param("username", username)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (id == null) {
            return;
        }
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)")
                    .param("id", id)
                    .param("role", role.name())
                    .update();
        }
    }
}
