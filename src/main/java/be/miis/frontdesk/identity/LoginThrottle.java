package be.miis.frontdesk.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks a username out for a while after repeated failed logins. The counter lives in the database (one
 * atomic upsert per failure), so it holds across application instances, and it is kept for usernames that
 * do not exist too, so that the answer does not tell which accounts exist.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;

    LoginThrottle(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** When the username is locked out now: until when. */
    @Transactional(readOnly = true)
    Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from login_attempt where username = :username")
                .param("username", key(username))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now));
    }

    /**
     * Counts a failure; failures older than the lock-out window start a new count.
     *
     * @return until when the username is locked out, if this failure locked it
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<Instant> registerFailure(String username) {
        Instant now = clock.instant();
        Instant windowStart = now.minus(properties.lockout());
        Instant lockUntil = now.plus(properties.lockout());
        return jdbc.sql("""
                        insert into login_attempt as a (username, failures, last_failure_at, locked_until)
                        values (:username, 1, :now, case when cast(:max as integer) <= 1 then cast(:lockUntil as timestamptz) end)
                        on conflict (username) do update set
                            failures = case when a.last_failure_at < cast(:windowStart as timestamptz) then 1 else a.failures + 1 end,
                            last_failure_at = :now,
                            locked_until = case
                                when (case when a.last_failure_at < cast(:windowStart as timestamptz) then 1 else a.failures + 1 end) >= cast(:max as integer)
                                then cast(:lockUntil as timestamptz) else a.locked_until end
                        returning locked_until
                        """)
                .param("username", key(username))
                .param("now", Timestamp.from(now))
                .param("windowStart", Timestamp.from(windowStart))
                .param("lockUntil", Timestamp.from(lockUntil))
                .param("max", properties.maxFailedLogins())
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant)
                .filter(until -> until.isAfter(now));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void reset(String username) {
        jdbc.sql("delete from login_attempt where username = :username")
                .param("username", key(username))
                .update();
    }

    private static String key(String username) {
        String trimmed = username.trim().toLowerCase(Locale.ROOT);
        return trimmed.length() <= 64 ? trimmed : trimmed.substring(0, 64);
    }
}
