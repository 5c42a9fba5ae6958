package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The roles other modules ask about, read from the real user tables. */
@FrontdeskIntegrationTest
class PermissionsIT {

    @Autowired
    Permissions permissions;

    @Autowired
    IdentityService identity;

    @Test
    void theRolesOfAnEnabledUserAndNoneOnceDisabled() {
        String username = "roles-" + UUID.randomUUID().toString().substring(0, 8);
        UserView user = identity.create(
                new CreateUser(
                        username,
                        "Two Hats",
                        null,
                        "a walk along the Meuse in May",
                        Language.FR,
                        EnumSet.of(Role.EXPERT, Role.MANAGER)),
                "test");

        assertThat(permissions.rolesOf(username.toUpperCase())).containsExactlyInAnyOrder(Role.EXPERT, Role.MANAGER);
        assertThat(permissions.rolesOf("nobody-" + username)).isEmpty();

        identity.disable(user.id(), "test");
        assertThat(permissions.rolesOf(username)).isEmpty();
    }
}
