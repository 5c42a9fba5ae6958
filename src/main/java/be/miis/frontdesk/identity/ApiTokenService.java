package be.miis.frontdesk.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens for scripts and integrations. A token is 32 random bytes; only its SHA-256 is stored,
 * which is enough because the token has full entropy (no salt or slow hash is needed, unlike passwords).
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "fdt_";

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final AuditLog audit;
    private final Clock clock;

    ApiTokenService(JdbcClient jdbc, UserAccountRepository users, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CreatedApiToken create(String username, String name, @Nullable Instant expiresAt) {
        UserAccount user =
                users.findByUsername(username).orElseThrow(() -> UserNotFoundException.forUsername(username));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String displayPrefix = secret.substring(0, PREFIX.length() + 6);
        Instant now = clock.instant();
        Long id = jdbc.sql("""
                        insert into api_token (user_id, name, token_hash, token_prefix, created_at, expires_at)
                        values (:userId, :name, :hash, :prefix, :now, :expiresAt)
                        returning id
                        """)
                .param("userId", user.getId())
                .param("name", name.trim())
                .param("hash", sha256(secret))
                .param("prefix", displayPrefix)
                .param("now", Timestamp.from(now))
                .param("expiresAt", expiresAt == null ? null : Timestamp.from(expiresAt))
                .query(Long.class)
                .single();
        audit.record(username, AuditAction.API_TOKEN_CREATED, "api_token", String.valueOf(id), name.trim());
        return new CreatedApiToken(
                new ApiTokenView(id, name.trim(), displayPrefix, now, expiresAt, null, null), secret);
    }

    @Transactional(readOnly = true)
    public List<ApiTokenView> findByUsername(String username) {
        return jdbc.sql("""
                        select t.id, t.name, t.token_prefix, t.created_at, t.expires_at, t.last_used_at, t.revoked_at
                        from api_token t join user_account u on u.id = t.user_id
                        where lower(u.username) = lower(:username)
                        order by t.id desc
                        """)
                .param("username", username)
                .query((rs, row) -> new ApiTokenView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)),
                        instant(rs.getTimestamp(7))))
                .list();
    }

    /** Revokes one of the user's own tokens; a token of somebody else is left alone. */
    @Transactional
    public boolean revoke(String username, Long tokenId) {
        int updated = jdbc.sql("""
                        update api_token t set revoked_at = :now
                        from user_account u
                        where u.id = t.user_id and lower(u.username) = lower(:username)
                          and t.id = :id and t.revoked_at is null
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("username", username)
                .param("id", tokenId)
                .update();
        if (updated > 0) {
            audit.record(username, AuditAction.API_TOKEN_REVOKED, "api_token", String.valueOf(tokenId), null);
        }
        return updated > 0;
    }

    /** The username a valid (known, unrevoked, unexpired) token belongs to; marks the token as used. */
    @Transactional
    Optional<String> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                        update api_token t set last_used_at = :now
                        from user_account u
                        where u.id = t.user_id and t.token_hash = :hash and t.revoked_at is null
                          and (t.expires_at is null or t.expires_at > :now)
                        returning u.username
                        """)
                .param("now", Timestamp.from(now))
                .param("hash", sha256(secret))
                .query(String.class)
                .optional();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
