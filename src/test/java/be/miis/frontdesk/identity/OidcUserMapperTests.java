package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import be.miis.frontdesk.shared.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the provider's claims are read (docs/security.md, "Single sign-on (OpenID Connect)"). */
class OidcUserMapperTests {

    private final OidcUserMapper withRoles = new OidcUserMapper(mock(OidcAccounts.class), "upn", "groups");
    private final OidcUserMapper withoutRoles = new OidcUserMapper(mock(OidcAccounts.class), "upn", null);

    @Test
    void rolesAreReadFromAListOrAStringWithoutCaseWithOrWithoutThePrefixAndOtherValuesAreIgnored() {
        assertThat(OidcUserMapper.roles(List.of("agent", "ROLE_Expert", "janitor")))
                .containsExactlyInAnyOrder(Role.AGENT, Role.EXPERT);
        assertThat(OidcUserMapper.roles("MANAGER admin,  staff")).containsExactlyInAnyOrder(Role.MANAGER, Role.ADMIN);
        assertThat(OidcUserMapper.roles(null)).isEmpty();
        assertThat(OidcUserMapper.roles(List.of())).isEmpty();
    }

    @Test
    void theConfiguredClaimsGiveTheIdentity() {
        OidcAccounts.Identity identity = withRoles.identity(
                Map.of("upn", " jan.peeters ", "name", "Jan Peeters", "locale", "fr_BE", "groups", List.of("AGENT")));

        assertThat(identity.username()).isEqualTo("jan.peeters");
        assertThat(identity.displayName()).isEqualTo("Jan Peeters");
        assertThat(identity.language()).isEqualTo(Language.FR);
        assertThat(identity.roles()).containsExactly(Role.AGENT);
        assertThat(withRoles.identity(Map.of("upn", "jan")).roles())
                .as("a missing roles claim names no role")
                .isEmpty();
        assertThat(withRoles.identity(Map.of("upn", "jan", "locale", "de")).language())
                .as("a language Frontdesk's interface does not have")
                .isNull();
    }

    @Test
    void withoutARolesClaimTheRolesAreLeftToFrontdesk() {
        assertThat(withoutRoles
                        .identity(Map.of("upn", "jan", "groups", List.of("ADMIN")))
                        .roles())
                .isNull();
    }

    @Test
    void theProviderSendsTheUserBackToThePublicAddressWhenOneIsConfigured() {
        assertThat(OidcLogin.redirectUri("https://frontdesk.example.be/"))
                .isEqualTo("https://frontdesk.example.be/login/oauth2/code/{registrationId}");
        assertThat(OidcLogin.redirectUri("")).isEqualTo("{baseUrl}/login/oauth2/code/{registrationId}");
    }

    @Test
    void withoutTheUsernameClaimTheUserIsUnknown() {
        assertThatThrownBy(() -> withRoles.identity(Map.of("preferred_username", "jan")))
                .isInstanceOfSatisfying(OidcRefusedException.class, refused -> assertThat(refused.refusal())
                        .isEqualTo(SingleSignOn.Refusal.UNKNOWN));
    }
}
