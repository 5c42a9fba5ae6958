package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.test.FrontdeskDataJpaTest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;

@FrontdeskDataJpaTest
@Import(IdentityTestConfiguration.class)
class IdentityServiceTests {

    @Autowired
    IdentityService identity;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeEach
    void onlyTheAdministratorsOfThisTest() {
        // The test database may hold administrators of other test runs; inside this rolled-back transaction
        // they are disabled, so that "the last administrator" means one created here.
        users.findAllWithRoles().stream()
                .filter(u -> u.getRoles().contains(Role.ADMIN))
                .forEach(u -> u.disable(Instant.now()));
        users.flush();
    }

    @Test
    void createsAnAccountWithAnEncodedPassword() {
        UserView created = identity.create(command("Nieuw.User", Role.AGENT), "admin");

        UserAccount saved = users.findById(created.id()).orElseThrow();
        assertThat(saved.getUsername()).isEqualTo("Nieuw.User");
        assertThat(saved.getPasswordHash()).isNotEqualTo("a long enough password");
        assertThat(passwordEncoder.matches("a long enough password", saved.getPasswordHash()))
                .isTrue();
        assertThat(created.enabled()).isTrue();
    }

    @Test
    void aUsernameIsTakenWhateverItsCase() {
        identity.create(command("Marie.Dubois", Role.AGENT), "admin");

        assertThatExceptionOfType(UsernameTakenException.class)
                .isThrownBy(() -> identity.create(command("marie.dubois", Role.EXPERT), "admin"));
        assertThatExceptionOfType(UsernameTakenException.class)
                .isThrownBy(() -> identity.create(command("MARIE.DUBOIS", Role.EXPERT), "admin"));
        assertThat(identity.findByUsername("mArIe.DuBoIs")).isPresent();
    }

    @Test
    void anUpdateWithTheCurrentVersionIsSaved() {
        UserView user = identity.create(command("editee", Role.AGENT), "admin");

        UserView updated = identity.update(
                user.id(),
                new UpdateUser("Edited", "e@ocmw.be", Language.FR, EnumSet.of(Role.EXPERT), user.version()),
                "admin");

        assertThat(updated.displayName()).isEqualTo("Edited");
        assertThat(updated.roles()).containsExactly(Role.EXPERT);
        assertThat(updated.version()).isGreaterThan(user.version());
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndChangesNothing() {
        UserView user = identity.create(command("stale", Role.AGENT), "admin");
        UserView first = identity.update(
                user.id(), new UpdateUser("First", null, Language.NL, Set.of(Role.AGENT), user.version()), "admin");

        assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
                .isThrownBy(() -> identity.update(
                        user.id(),
                        new UpdateUser("Second", null, Language.NL, Set.of(Role.ADMIN), user.version()),
                        "admin"));

        UserView now = identity.get(user.id());
        assertThat(now.displayName()).isEqualTo("First");
        assertThat(now.roles()).containsExactly(Role.AGENT);
        assertThat(now.version()).isEqualTo(first.version());
    }

    @Test
    void theLastEnabledAdministratorCannotBeDisabled() {
        UserView admin = identity.create(command("only-admin", Role.ADMIN), "admin");

        assertThatExceptionOfType(LastAdminException.class).isThrownBy(() -> identity.disable(admin.id(), "admin"));
        assertThat(identity.get(admin.id()).enabled()).isTrue();
    }

    @Test
    void theLastEnabledAdministratorCannotLoseTheRole() {
        UserView admin = identity.create(command("only-admin", Role.ADMIN), "admin");

        assertThatExceptionOfType(LastAdminException.class)
                .isThrownBy(() -> identity.update(
                        admin.id(),
                        new UpdateUser("Demoted", null, Language.NL, Set.of(Role.AGENT), admin.version()),
                        "admin"));
        assertThat(identity.get(admin.id()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void aDisabledAdministratorDoesNotCountAsAnother() {
        UserView first = identity.create(command("admin-one", Role.ADMIN), "admin");
        UserView second = identity.create(command("admin-two", Role.ADMIN), "admin");
        identity.disable(second.id(), "admin");

        assertThatExceptionOfType(LastAdminException.class).isThrownBy(() -> identity.disable(first.id(), "admin"));
    }

    @Test
    void withAnotherEnabledAdministratorOneMayBeDisabledOrDemoted() {
        UserView first = identity.create(command("admin-one", Role.ADMIN), "admin");
        UserView second = identity.create(command("admin-two", Role.ADMIN, Role.AGENT), "admin");

        identity.update(
                second.id(), new UpdateUser("Two", null, Language.NL, Set.of(Role.AGENT), second.version()), "admin");
        assertThat(identity.get(second.id()).roles()).containsExactly(Role.AGENT);

        UserView third = identity.create(command("admin-three", Role.ADMIN), "admin");
        identity.disable(first.id(), "admin");
        assertThat(identity.get(first.id()).enabled()).isFalse();
        assertThatExceptionOfType(LastAdminException.class).isThrownBy(() -> identity.disable(third.id(), "admin"));
    }

    @Test
    void changingOnesOwnPasswordNeedsTheCurrentOne() {
        identity.create(command("changer", Role.AGENT), "admin");

        assertThat(identity.changeOwnPassword("changer", "wrong password", "another long password"))
                .isFalse();
        assertThat(passwordEncoder.matches(
                        "a long enough password",
                        users.findByUsername("changer").orElseThrow().getPasswordHash()))
                .isTrue();

        assertThat(identity.changeOwnPassword("CHANGER", "a long enough password", "another long password"))
                .isTrue();
        String hash = users.findByUsername("changer").orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("another long password", hash)).isTrue();
        assertThat(passwordEncoder.matches("a long enough password", hash)).isFalse();
    }

    @Test
    void anAdministratorResetsAPasswordWithoutKnowingTheOldOne() {
        UserView user = identity.create(command("forgetful", Role.AGENT), "admin");

        identity.resetPassword(user.id(), "handed over password", "admin");

        assertThat(passwordEncoder.matches(
                        "handed over password",
                        users.findById(user.id()).orElseThrow().getPasswordHash()))
                .isTrue();
    }

    private static CreateUser command(String username, Role... roles) {
        return new CreateUser(
                username,
                "User " + username,
                " ",
                "a long enough password",
                Language.NL,
                EnumSet.copyOf(Set.of(roles)));
    }
}
