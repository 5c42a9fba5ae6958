package be.miis.frontdesk.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The admin's alert on the mailboxes (docs/mail.md, "OAuth2"): {@code /actuator/health} component {@code mailboxes},
 * DOWN while a polled mailbox fails, whether its last poll failed (login refused, server unreachable) or its OAuth2
 * token cannot be refreshed even though the previous token still serves. The details, for ADMIN only
 * ({@code management.endpoint.health.show-details=when-authorized}), name each mailbox with its error; never a
 * secret, which no error holds. Read from {@code mailbox_state}, so every instance tells the same, whichever polled.
 * Not part of the readiness or liveness probes: a failing mailbox must not take the application out of service.
 */
@Component
class MailboxesHealthIndicator implements HealthIndicator {

    private final MailProperties properties;
    private final MailboxStates states;

    MailboxesHealthIndicator(MailProperties properties, MailboxStates states) {
        this.properties = properties;
        this.states = states;
    }

    @Override
    public Health health() {
        if (!properties.enabled()) {
            return Health.up().withDetail("polling", "off").build();
        }
        List<MailProperties.Mailbox> mailboxes = properties.mailboxes();
        List<String> names =
                mailboxes.stream().map(MailProperties.Mailbox::name).toList();
        Set<String> withOAuth2 = mailboxes.stream()
                .filter(mailbox -> mailbox.imap().oauth2() != null)
                .map(MailProperties.Mailbox::name)
                .collect(Collectors.toSet());
        // A mailbox switched back from OAuth2 to a password keeps its old token state, which must not alert for ever.
        List<MailboxStates.Health> polled = states.health(names).stream()
                .map(state -> withOAuth2.contains(state.name()) ? state : state.withoutToken())
                .toList();
        Health.Builder health = polled.stream().anyMatch(MailboxStates.Health::failing) ? Health.down() : Health.up();
        for (String name : names) {
            health.withDetail(
                    name,
                    polled.stream()
                            .filter(state -> state.name().equals(name))
                            .findFirst()
                            .map(MailboxesHealthIndicator::details)
                            .orElse(Map.of("status", "NOT_POLLED_YET")));
        }
        return health.build();
    }

    private static Map<String, Object> details(MailboxStates.Health state) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("status", state.failing() ? "DOWN" : "UP");
        putIfSet(details, "lastPollAt", state.lastPollAt());
        putIfSet(details, "lastSuccessAt", state.lastSuccessAt());
        if (state.lastPollFailed()) {
            putIfSet(details, "lastError", state.lastError());
            putIfSet(details, "lastErrorAt", state.lastErrorAt());
        }
        if (state.tokenError() != null) {
            details.put("tokenError", state.tokenError());
            putIfSet(details, "tokenFailingSince", state.tokenErrorAt());
            // When the previous token stops serving, and the mailbox with it; "none": it is not polled already.
            details.put(
                    "tokenValidUntil",
                    state.tokenExpiresAt() == null
                            ? "none"
                            : state.tokenExpiresAt().toString());
        } else {
            putIfSet(details, "tokenValidUntil", state.tokenExpiresAt());
        }
        return details;
    }

    private static void putIfSet(Map<String, Object> details, String key, @Nullable Object value) {
        if (value != null) {
            details.put(key, value.toString());
        }
    }
}
