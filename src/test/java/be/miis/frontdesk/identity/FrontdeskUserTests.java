package be.miis.frontdesk.identity;

import static be.miis.frontdesk.identity.UserAccountMother.principal;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class FrontdeskUserTests {

    @Test
    void eachRoleHasItsOwnHome() {
        assertThat(principal(1, "a", Role.AGENT).homePath()).isEqualTo("/frontdesk");
        assertThat(principal(2, "e", Role.EXPERT).homePath()).isEqualTo("/backoffice");
        assertThat(principal(3, "m", Role.MANAGER).homePath()).isEqualTo("/manager");
        assertThat(principal(4, "ad", Role.ADMIN).homePath()).isEqualTo("/admin");
    }

    @Test
    void withSeveralRolesTheFirstInDeclarationOrderDecidesTheHome() {
        assertThat(principal(1, "a", Role.ADMIN, Role.AGENT).homePath()).isEqualTo("/frontdesk");
        assertThat(principal(2, "b", Role.ADMIN, Role.MANAGER).homePath()).isEqualTo("/manager");
        assertThat(principal(3, "c", Role.MANAGER, Role.EXPERT).homePath()).isEqualTo("/backoffice");
    }

    @Test
    void knowsItsRolesByName() {
        FrontdeskUser user = principal(1, "a", Role.AGENT, Role.MANAGER);

        assertThat(user.hasRoleNamed("AGENT")).isTrue();
        assertThat(user.hasRoleNamed("MANAGER")).isTrue();
        assertThat(user.hasRoleNamed("ADMIN")).isFalse();
        assertThat(user.hasRoleNamed("agent")).as("names are case-sensitive").isFalse();
        assertThat(user.hasRoleNamed("ROLE_AGENT")).isFalse();
    }

    @Test
    void grantsOneAuthorityPerRole() {
        FrontdeskUser user = principal(1, "a", Role.EXPERT, Role.ADMIN);

        assertThat(user.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_EXPERT", "ROLE_ADMIN");
    }

    @Test
    void carriesTheAccountsValues() {
        FrontdeskUser user = principal(42, "jan", Role.AGENT);

        assertThat(user.id()).isEqualTo(42L);
        assertThat(user.getUsername()).isEqualTo("jan");
        assertThat(user.displayName()).isEqualTo("User jan");
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getPassword()).isEqualTo("{noop}secret-password");
    }

    @Test
    void isEqualByUsername() {
        assertThat(principal(1, "jan", Role.AGENT)).isEqualTo(principal(2, "jan", Role.ADMIN));
        assertThat(principal(1, "jan", Role.AGENT)).isNotEqualTo(principal(1, "piet", Role.AGENT));
    }
}
