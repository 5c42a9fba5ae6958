package be.miis.frontdesk.identity;

import static be.miis.frontdesk.identity.UserAccountMother.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import be.miis.frontdesk.test.FrontdeskDataJpaTest;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

@FrontdeskDataJpaTest
class UserAccountRepositoryTests {

    @Autowired
    UserAccountRepository users;

    @Autowired
    EntityManager entityManager;

    @Test
    void findsAndKnowsAUsernameWhateverItsCase() {
        users.saveAndFlush(account("Repo.User", Role.AGENT));

        assertThat(users.findByUsername("repo.user")).isPresent();
        assertThat(users.findByUsername("REPO.USER")).isPresent();
        assertThat(users.existsByUsername("rEpO.uSeR")).isTrue();
        assertThat(users.existsByUsername("repo.user2")).isFalse();
    }

    @Test
    void theDatabaseRefusesTheSameUsernameInAnotherCase() {
        users.saveAndFlush(account("dup.user", Role.AGENT));

        assertThatExceptionOfType(DataIntegrityViolationException.class)
                .isThrownBy(() -> users.saveAndFlush(account("DUP.user", Role.EXPERT)));
    }

    @Test
    void savesAndReadsBackTheRoles() {
        Long id = users.saveAndFlush(account("roles.user", Role.EXPERT, Role.MANAGER))
                .getId();
        entityManager.clear();

        assertThat(users.findById(id).orElseThrow().getRoles()).containsExactlyInAnyOrder(Role.EXPERT, Role.MANAGER);
    }

    @Test
    void listsEveryUserOnceOrderedByUsernameIgnoringCase() {
        users.saveAndFlush(account("zz-b-user", Role.AGENT, Role.EXPERT, Role.ADMIN));
        users.saveAndFlush(account("ZZ-a-user", Role.AGENT));
        entityManager.clear();

        List<String> names = users.findAllWithRoles().stream()
                .map(UserAccount::getUsername)
                .filter(name -> name.toLowerCase().startsWith("zz-"))
                .toList();

        assertThat(names).containsExactly("ZZ-a-user", "zz-b-user");
    }

    @Test
    void eachSaveRaisesTheVersion() {
        UserAccount user = users.saveAndFlush(account("versioned", Role.AGENT));
        int before = user.getVersion();

        user.disable(UserAccountMother.CREATED.plusSeconds(1));
        users.saveAndFlush(user);

        assertThat(user.getVersion()).isEqualTo(before + 1);
    }
}
