package be.miis.frontdesk.shared;

import be.miis.frontdesk.shared.database.EmbeddedDatabaseAutoConfiguration.EmbeddedJdbcConnectionDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether demo data (demo users with the password "demo", sample OCMWs) may be loaded: on the embedded
 * database by default, on any other database only when {@code frontdesk.demo.enabled=true} says so, because
 * well-known passwords must never appear in production by accident.
 */
@Component
public class DemoDataPolicy {

    private static final Logger log = LoggerFactory.getLogger(DemoDataPolicy.class);

    private final boolean enabled;

    DemoDataPolicy(Environment env, ObjectProvider<EmbeddedJdbcConnectionDetails> embedded) {
        String setting = env.getProperty("frontdesk.demo.enabled", "").trim();
        this.enabled = setting.isEmpty() ? embedded.getIfAvailable() != null : Boolean.parseBoolean(setting);
        if (enabled) {
            log.warn("Demo data is enabled: demo users have the password 'demo'. Never use this in production.");
        }
    }

    public boolean isEnabled() {
        return enabled;
    }
}
