package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.TextCut;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing per user name <em>and</em> client address (docs/security.md, "Login throttling").
 * After {@code maxFailedLogins} failures of one user name from one address, that pair waits a delay that doubles
 * with every further failure, up to {@code lockout}; a successful login from the address forgets its failures.
 * Whoever guesses from one address slows down to a few attempts an hour, while the real user, from another
 * address, signs in as usual: guessing no longer locks anybody out. The counts live in the database (one atomic
 * upsert per failure), so they hold across application instances, and they are kept for user names that do not
 * exist too, so that the answer does not tell which accounts exist.
 */
@Service
public class LoginThrottle {

    static final String UNKNOWN_ADDRESS = "unknown";

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecurityProperties properties;
    private final AuditLog audit;

    LoginThrottle(JdbcClient jdbc, Clock clock, SecurityProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.audit = audit;
    }

    /** Until when this address must wait before it may try the user name again, if it must. */
    @Transactional(readOnly = true)
    Optional<Instant> blockedUntil(String username, @Nullable String address) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select blocked_until from login_throttle
                        where username = :username and client_address = :address and blocked_until > :now
                        """)
                .param("username", usernameKey(username))
                .param("address", addressKey(address))
                .param("now", Timestamp.from(now))
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    /**
     * Counts a failure of the user name from the address; failures older than {@code failureMemory} are forgotten
     * first. Its own transaction: the count must stay when the login's work is rolled back.
     *
     * @return until when the pair must wait, if this failure made it wait
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    Optional<Instant> registerFailure(String username, @Nullable String address) {
        Instant now = clock.instant();
        Row row = jdbc.sql("""
                        insert into login_throttle as t (username, client_address, failures, first_failure_at, last_failure_at)
                        values (:username, :address, 1, :now, :now)
                        on conflict (username, client_address) do update set
                            failures = case when t.last_failure_at < :forgotten then 1 else t.failures + 1 end,
                            first_failure_at = case when t.last_failure_at < :forgotten then :now else t.first_failure_at end,
                            last_failure_at = :now
                        returning id, failures
                        """)
                .param("username", usernameKey(username))
                .param("address", addressKey(address))
                .param("now", Timestamp.from(now))
                .param("forgotten", Timestamp.from(now.minus(properties.failureMemory())))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getInt(2)))
                .single();
        Optional<Instant> until = delayAfter(row.failures(), properties).map(now::plus);
        jdbc.sql("update login_throttle set blocked_until = :until where id = :id")
                .param("until", until.map(Timestamp::from).orElse(null))
                .param("id", row.id())
                .update();
        return until;
    }

    /** A successful login from the address: its failures for the user name are forgotten, nobody else's. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void succeeded(String username, @Nullable String address) {
        jdbc.sql("delete from login_throttle where username = :username and client_address = :address")
                .param("username", usernameKey(username))
                .param("address", addressKey(address))
                .update();
    }

    /**
     * The delay after this many failures in a row: none within {@code maxFailedLogins}, then {@code firstDelay},
     * doubled with every further failure, never more than {@code lockout}.
     */
    static Optional<Duration> delayAfter(int failures, SecurityProperties properties) {
        int beyond = failures - properties.maxFailedLogins();
        if (beyond < 0) {
            return Optional.empty();
        }
        // 2^30 times any delay of a second or more is beyond every sensible lock-out; the shift cannot overflow.
        Duration delay = properties.firstDelay().multipliedBy(1L << Math.min(beyond, 30));
        return Optional.of(delay.compareTo(properties.lockout()) > 0 ? properties.lockout() : delay);
    }

    /**
     * The pairs of user name and address whose failures still count, the most recent failure first, by keyset;
     * only those of one user name when given.
     */
    @Transactional(readOnly = true)
    public PagedResult<LoginThrottleView> find(@Nullable String username, @Nullable String cursor, int pageSize) {
        Instant now = clock.instant();
        StringBuilder sql = new StringBuilder("""
                select id, username, client_address, failures, first_failure_at, last_failure_at, blocked_until,
                       coalesce(blocked_until > :now, false) as blocked
                from login_throttle
                where (last_failure_at >= :forgotten or blocked_until > :now)
                """);
        Map<String, Object> params = new HashMap<>();
        params.put("now", Timestamp.from(now));
        params.put("forgotten", Timestamp.from(now.minus(properties.failureMemory())));
        if (username != null && !username.isBlank()) {
            sql.append(" and username = :username");
            params.put("username", usernameKey(username));
        }
        KeysetCursor after = KeysetCursor.parse(cursor);
        if (after != null) {
            sql.append(" and (last_failure_at, id) < (:afterAt, :afterId)");
            params.put("afterAt", Timestamp.from(after.at()));
            params.put("afterId", after.id());
        }
        sql.append(" order by last_failure_at desc, id desc limit :limit");
        params.put("limit", pageSize + 1);
        List<LoginThrottleView> rows = jdbc.sql(sql.toString())
                .params(params)
                .query(LoginThrottle::view)
                .list();
        return PagedResult.ofOneMore(rows, pageSize, last -> new KeysetCursor(last.lastFailureAt(), last.id()));
    }

    /**
     * An administrator lifts a throttle: the address may try the user name again at once, with a fresh count.
     * Recorded on the audit trail with the address.
     *
     * @return the throttle lifted, empty if there was none (any more)
     */
    @Transactional
    public Optional<LoginThrottleView> lift(long id, String administrator) {
        Optional<LoginThrottleView> lifted =
                jdbc.sql("""
                        delete from login_throttle where id = :id
                        returning id, username, client_address, failures, first_failure_at, last_failure_at,
                                  blocked_until, false as blocked
                        """).param("id", id).query(LoginThrottle::view).optional();
        lifted.ifPresent(throttle -> audit.record(
                administrator,
                AuditAction.LOGIN_THROTTLE_LIFTED,
                "user",
                throttle.username(),
                throttle.clientAddress() + ", " + throttle.failures()));
        return lifted;
    }

    /** Failures in a row from one address before the first delay (for the administrator's page). */
    public int maxFailedLogins() {
        return properties.maxFailedLogins();
    }

    /** The longest delay. */
    public Duration longestDelay() {
        return properties.lockout();
    }

    /** How long failures are remembered after the last one. */
    public Duration failureMemory() {
        return properties.failureMemory();
    }

    /** Failures nobody remembers any more are deleted; any instance may do it, twice does no harm. */
    @Scheduled(fixedDelay = 1, initialDelay = 1, timeUnit = TimeUnit.HOURS)
    @Transactional
    public void purgeForgotten() {
        Instant now = clock.instant();
        jdbc.sql("""
                        delete from login_throttle
                        where last_failure_at < :forgotten and (blocked_until is null or blocked_until <= :now)
                        """)
                .param("forgotten", Timestamp.from(now.minus(properties.failureMemory())))
                .param("now", Timestamp.from(now))
                .update();
    }

    private static LoginThrottleView view(ResultSet rs, int row) throws SQLException {
        Timestamp blockedUntil = rs.getTimestamp("blocked_until");
        return new LoginThrottleView(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("client_address"),
                rs.getInt("failures"),
                rs.getTimestamp("first_failure_at").toInstant(),
                rs.getTimestamp("last_failure_at").toInstant(),
                blockedUntil == null ? null : blockedUntil.toInstant(),
                rs.getBoolean("blocked"));
    }

    private static String usernameKey(String username) {
        return truncate(username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(@Nullable String address) {
        return address == null || address.isBlank() ? UNKNOWN_ADDRESS : truncate(address.trim());
    }

    /**
     * At most 64 characters, control characters replaced: whatever a login form or Basic header carries is counted,
     * and PostgreSQL refuses a NUL in text, which would otherwise turn a guess into a server error.
     */
    private static String truncate(String value) {
        String cut = TextCut.atMost(value, 64);
        return CONTROL.matcher(cut).replaceAll("?");
    }

    private record Row(long id, int failures) {}
}
