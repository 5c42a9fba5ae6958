package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.Language;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The way into a new production database: while there are no users at all, an administrator is created from
 * {@code frontdesk.security.initial-admin-password} (FRONTDESK_INITIAL_ADMIN_PASSWORD). Without it, the log
 * says what to do instead of leaving an empty application nobody can log in to.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final IdentityService identity;
    private final Environment env;

    InitialAdministrator(IdentityService identity, Environment env) {
        this.identity = identity;
        this.env = env;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.hasUsers()) {
            return;
        }
        String username = env.getProperty("frontdesk.security.initial-admin-username", "admin");
        String password = env.getProperty("frontdesk.security.initial-admin-password", "");
        var refusal = PasswordPolicy.check(password, username);
        if (refusal.isPresent()) {
            log.warn(
                    "There are no users. Set FRONTDESK_INITIAL_ADMIN_PASSWORD ({} characters or more, not a common "
                            + "password nor the username; refused now: {}) to create the administrator '{}' at the "
                            + "next start, or FRONTDESK_DEMO_DATA=true for demo users.",
                    PasswordPolicy.MIN_LENGTH,
                    password.isEmpty() ? "not set" : refusal.get().messageKey(),
                    username);
            return;
        }
        identity.create(
                new CreateUser(username, "Administrator", null, password, Language.NL, EnumSet.of(Role.ADMIN)),
                "initial-setup");
        log.info("Created the initial administrator '{}'. Change its password after the first login.", username);
    }
}
