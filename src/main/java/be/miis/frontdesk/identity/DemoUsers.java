package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.DemoDataPolicy;
import be.miis.frontdesk.shared.Language;
import java.util.EnumSet;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** One demo user per role, password "demo", created only while there are no users at all. */
/* Before InitialAdministrator, which would otherwise warn about an empty user table that this fills. */
@Component
@Order(0)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo";

    private final DemoDataPolicy policy;
    private final IdentityService identity;

    DemoUsers(DemoDataPolicy policy, IdentityService identity) {
        this.policy = policy;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!policy.isEnabled() || identity.hasUsers()) {
            return;
        }
        create("agent", "Anna Agent", Language.NL, Role.AGENT);
        create("expert", "Eric Expert", Language.NL, Role.EXPERT);
        create("manager", "Marie Manager", Language.FR, Role.MANAGER);
        create("admin", "Adam Admin", Language.NL, Role.ADMIN);
    }

    private void create(String username, String name, Language language, Role role) {
        identity.create(
                new CreateUser(
                        username, name, username + "@demo.frontdesk.invalid", PASSWORD, language, EnumSet.of(role)),
                "demo-data");
    }
}
