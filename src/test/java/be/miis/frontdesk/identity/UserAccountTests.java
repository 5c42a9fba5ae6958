package be.miis.frontdesk.identity;

import static be.miis.frontdesk.identity.UserAccountMother.CREATED;
import static be.miis.frontdesk.identity.UserAccountMother.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import be.miis.frontdesk.shared.Language;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTests {

    private static final Instant LATER = CREATED.plusSeconds(3600);

    @Test
    void aNewAccountIsEnabledWithItsRolesAndLanguage() {
        UserAccount user = new UserAccount(
                "jan", "Jan Peeters", null, "{noop}x", Language.FR, EnumSet.of(Role.AGENT, Role.ADMIN), CREATED);

        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getRoles()).containsExactlyInAnyOrder(Role.AGENT, Role.ADMIN);
        assertThat(user.getLanguage()).isEqualTo(Language.FR);
        assertThat(user.getCreatedAt()).isEqualTo(CREATED);
        assertThat(user.getUpdatedAt()).isEqualTo(CREATED);
    }

    @Test
    void refusesAnAccountWithoutRoles() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UserAccount("jan", "Jan", null, "x", Language.NL, Set.of(), CREATED));
    }

    @Test
    void refusesAProfileUpdateThatRemovesEveryRole() {
        UserAccount user = account("jan", Role.AGENT);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> user.updateProfile("Jan", null, Language.NL, Set.of(), LATER));
        assertThat(user.getRoles()).containsExactly(Role.AGENT);
    }

    @Test
    void aProfileUpdateReplacesTheRoles() {
        UserAccount user = account("jan", Role.AGENT, Role.EXPERT);

        user.updateProfile("Jan P.", "jan@ocmw.be", Language.EN, EnumSet.of(Role.MANAGER), LATER);

        assertThat(user.getRoles()).containsExactly(Role.MANAGER);
        assertThat(user.getDisplayName()).isEqualTo("Jan P.");
        assertThat(user.getEmail()).isEqualTo("jan@ocmw.be");
        assertThat(user.getLanguage()).isEqualTo(Language.EN);
        assertThat(user.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void theRolesHandedOutAreACopy() {
        UserAccount user = account("jan", Role.AGENT);

        user.getRoles().add(Role.ADMIN);

        assertThat(user.getRoles()).containsExactly(Role.AGENT);
    }

    @Test
    void disablingAndEnablingFlipTheFlagAndStampTheChange() {
        UserAccount user = account("jan", Role.AGENT);

        user.disable(LATER);
        assertThat(user.isEnabled()).isFalse();
        assertThat(user.getUpdatedAt()).isEqualTo(LATER);

        user.enable(LATER.plusSeconds(1));
        assertThat(user.isEnabled()).isTrue();
        assertThat(user.getUpdatedAt()).isEqualTo(LATER.plusSeconds(1));
    }

    @Test
    void changingThePasswordStoresTheNewHashAsGiven() {
        UserAccount user = account("jan", Role.AGENT);

        user.changePassword("{bcrypt}new-hash", LATER);

        assertThat(user.getPasswordHash()).isEqualTo("{bcrypt}new-hash");
        assertThat(user.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void changingTheLanguageKeepsEverythingElse() {
        UserAccount user = account("jan", Role.AGENT);

        user.changeLanguage(Language.FR, LATER);

        assertThat(user.getLanguage()).isEqualTo(Language.FR);
        assertThat(user.getRoles()).containsExactly(Role.AGENT);
        assertThat(user.getDisplayName()).isEqualTo("User jan");
    }

    @Test
    void anUnsavedAccountHasNoId() {
        assertThatIllegalStateException()
                .isThrownBy(() -> account("jan", Role.AGENT).getId());
    }
}
