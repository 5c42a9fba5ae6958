package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.Language;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.test.util.ReflectionTestUtils;

/** Test users, saved or not; public so that the web slices in {@code identity.web} can log them in. */
public final class UserAccountMother {

    static final Instant CREATED = Instant.parse("2026-03-02T08:00:00Z");

    private UserAccountMother() {}

    static UserAccount account(String username, Role... roles) {
        return new UserAccount(
                username,
                "User " + username,
                username + "@example.org",
                "{noop}secret-password",
                Language.NL,
                EnumSet.copyOf(Set.of(roles)),
                CREATED);
    }

    /** A principal as the login would produce it, for a user with database id {@code id}. */
    public static FrontdeskUser principal(long id, String username, Role... roles) {
        UserAccount account = account(username, roles);
        ReflectionTestUtils.setField(account, "id", id);
        return new FrontdeskUser(account);
    }
}
