package be.miis.frontdesk.identity;

import be.miis.frontdesk.shared.SecretTokens;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor of a sign-in (docs/security.md, "Two-factor sign-in"): which roles must have one, a user's
 * TOTP secret and recovery codes, remembered devices, and the administrator's reset. Every change is audited.
 */
@Service
public class SecondFactors {

    static final int RECOVERY_CODES = 10;

    private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L: a recovery code is read off paper. */
    private static final String RECOVERY_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final SecurityProperties properties;
    private volatile byte @Nullable [] key;

    SecondFactors(JdbcClient jdbc, Clock clock, AuditLog audit, SecurityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.properties = properties;
    }

    /** A new secret to enrol with: shown as a QR code and as text, kept by the caller until a code confirms it. */
    public record Enrolment(String secret, String otpauthUri, String qrSvg) {}

    /** Where a user stands: enrolled or not, and whether one of their roles requires it. */
    public record Status(boolean enrolled, boolean required, int recoveryCodesLeft) {}

    // ---- the policy ------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public Set<Role> requiredRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from second_factor_required_role")
                .query(String.class)
                .list()
                .forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    @Transactional
    public void requireFor(Set<Role> roles, String actor) {
        Set<Role> before = requiredRoles();
        if (before.equals(roles)) {
            return;
        }
        jdbc.sql("delete from second_factor_required_role").update();
        for (Role role : roles) {
            jdbc.sql("""
                            insert into second_factor_required_role (role, required_since, required_by)
                            values (:role, :now, :actor)
                            """)
                    .param("role", role.name())
                    .param("now", Timestamp.from(clock.instant()))
                    .param("actor", actor)
                    .update();
        }
        audit.record(actor, AuditAction.SECOND_FACTOR_POLICY_CHANGED, "policy", "second-factor", roles.toString());
    }

    /** Whether this user must sign in with a second factor: one of their roles requires it. */
    @Transactional(readOnly = true)
    public boolean isRequired(FrontdeskUser user) {
        if (user.roles().isEmpty()) {
            return false;
        }
        return jdbc.sql("select exists (select 1 from second_factor_required_role where role in (:roles))")
                .param("roles", user.roles().stream().map(Role::name).toList())
                .query(Boolean.class)
                .single();
    }

    /** Whether a password alone signs this user in nowhere: enrolled, or required to be. */
    @Transactional(readOnly = true)
    public boolean applies(FrontdeskUser user) {
        return isEnrolled(user.id()) || isRequired(user);
    }

    @Transactional(readOnly = true)
    public Status status(FrontdeskUser user) {
        int left = jdbc.sql("select count(*) from second_factor_recovery_code where user_id = :id and used_at is null")
                .param("id", user.id())
                .query(Integer.class)
                .single();
        return new Status(isEnrolled(user.id()), isRequired(user), left);
    }

    /** The user ids that have a second factor, among those asked about (one query for a list of users). */
    @Transactional(readOnly = true)
    public Set<Long> enrolled(List<Long> userIds) {
        if (userIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select user_id from second_factor where user_id in (:ids)")
                .param("ids", userIds)
                .query(Long.class)
                .list());
    }

    boolean isEnrolled(Long userId) {
        return jdbc.sql("select exists (select 1 from second_factor where user_id = :id)")
                .param("id", userId)
                .query(Boolean.class)
                .single();
    }

    // ---- enrolment -------------------------------------------------------------------------------------------

    public Enrolment startEnrolment(FrontdeskUser user, String qrTitle) {
        return enrolment(user, Totp.base32(Totp.newSecret()), qrTitle);
    }

    /** The same secret shown again, after a wrong confirmation code: the app already holds it. */
    public Enrolment enrolment(FrontdeskUser user, String secret, String qrTitle) {
        String uri = Totp.otpauthUri(properties.secondFactorIssuer(), user.getUsername(), Totp.fromBase32(secret));
        return new Enrolment(secret, uri, QrCode.svg(uri, qrTitle));
    }

    /**
     * Stores the secret once a code from the app proves it was read correctly, and draws the recovery codes, which
     * are returned to be shown once and kept only as hashes. Replaces an earlier secret, its codes and remembered
     * devices.
     *
     * @return the recovery codes, or empty when the code does not match the secret
     */
    @Transactional
    public Optional<List<String>> completeEnrolment(FrontdeskUser user, String secret, String code) {
        byte[] raw;
        try {
            raw = Totp.fromBase32(secret);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        OptionalLong step = Totp.matchingStep(raw, code.strip(), now);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        forget(user.id());
        jdbc.sql("""
                        insert into second_factor (user_id, secret, enrolled_at, last_step)
                        values (:id, :secret, :now, :step)
                        """)
                .param("id", user.id())
                .param("secret", encrypt(raw))
                .param("now", Timestamp.from(now))
                .param("step", step.getAsLong())
                .update();
        List<String> codes = storeRecoveryCodes(user.id());
        audit.record(user.getUsername(), AuditAction.SECOND_FACTOR_ENROLLED, "user", user.getUsername(), null);
        return Optional.of(codes);
    }

    @Transactional
    public List<String> newRecoveryCodes(FrontdeskUser user) {
        jdbc.sql("delete from second_factor_recovery_code where user_id = :id")
                .param("id", user.id())
                .update();
        List<String> codes = storeRecoveryCodes(user.id());
        audit.record(
                user.getUsername(), AuditAction.SECOND_FACTOR_RECOVERY_CODES_RENEWED, "user", user.getUsername(), null);
        return codes;
    }

    /** One's own second factor given up; refused (false) while a role requires it, or when there is none. */
    @Transactional
    public boolean remove(FrontdeskUser user) {
        if (isRequired(user) || !isEnrolled(user.id())) {
            return false;
        }
        forget(user.id());
        audit.record(user.getUsername(), AuditAction.SECOND_FACTOR_REMOVED, "user", user.getUsername(), null);
        return true;
    }

    /**
     * An administrator's reset, for a lost phone: secret, recovery codes and remembered devices go; if a role
     * requires a second factor the user enrols again at the next sign-in.
     */
    @Transactional
    public void reset(Long userId, String username, String actor) {
        forget(userId);
        audit.record(actor, AuditAction.SECOND_FACTOR_RESET, "user", username, null);
    }

    private void forget(Long userId) {
        for (String table : List.of("second_factor", "second_factor_recovery_code", "second_factor_device")) {
            jdbc.sql("delete from " + table + " where user_id = :id")
                    .param("id", userId)
                    .update();
        }
    }

    private List<String> storeRecoveryCodes(Long userId) {
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = recoveryCode();
            codes.add(code);
            jdbc.sql("insert into second_factor_recovery_code (user_id, code_hash) values (:id, :hash)")
                    .param("id", userId)
                    .param("hash", SecretTokens.hash(normalise(code)))
                    .update();
        }
        return codes;
    }

    /** Ten characters of a 31-letter alphabet (about 50 bits), shown as two groups of five. */
    private static String recoveryCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String normalise(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    // ---- verification ----------------------------------------------------------------------------------------

    /** How a code was accepted, for the audit trail and the page shown after it. */
    public enum Verified {
        CODE,
        RECOVERY_CODE,
        REFUSED
    }

    /**
     * Checks a code from the app, or failing that an unused recovery code. A code's step must be newer than the
     * last one accepted (the update's condition), so a code works once even when two requests race.
     */
    @Transactional
    public Verified verify(FrontdeskUser user, String input) {
        String code = input.strip();
        Optional<byte[]> encrypted = jdbc.sql("select secret from second_factor where user_id = :id")
                .param("id", user.id())
                .query(byte[].class)
                .optional();
        if (encrypted.isEmpty()) {
            return Verified.REFUSED;
        }
        if (Totp.wellFormed(code)) {
            OptionalLong step = Totp.matchingStep(decrypt(encrypted.get()), code, clock.instant());
            if (step.isPresent()
                    && jdbc.sql("update second_factor set last_step = :step where user_id = :id and last_step < :step")
                                    .param("step", step.getAsLong())
                                    .param("id", user.id())
                                    .update()
                            == 1) {
                return Verified.CODE;
            }
        } else if (jdbc.sql("""
                                update second_factor_recovery_code set used_at = :now
                                where user_id = :id and code_hash = :hash and used_at is null
                                """)
                        .param("now", Timestamp.from(clock.instant()))
                        .param("id", user.id())
                        .param("hash", SecretTokens.hash(normalise(code)))
                        .update()
                == 1) {
            audit.record(
                    user.getUsername(), AuditAction.SECOND_FACTOR_RECOVERY_CODE_USED, "user", user.getUsername(), null);
            return Verified.RECOVERY_CODE;
        }
        audit.record(user.getUsername(), AuditAction.SECOND_FACTOR_FAILED, "user", user.getUsername(), null);
        return Verified.REFUSED;
    }

    // ---- remembered devices ----------------------------------------------------------------------------------

    /** How long a device is remembered; zero when remembering is switched off. */
    public Duration rememberDevice() {
        return properties.secondFactorRememberDevice();
    }

    /** A device to skip the code on until it expires: the token for its cookie (stored hashed). */
    @Transactional
    public String remember(FrontdeskUser user) {
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into second_factor_device (token_hash, user_id, created_at, expires_at)
                        values (:hash, :id, :now, :expires)
                        """)
                .param("hash", SecretTokens.hash(token))
                .param("id", user.id())
                .param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(now.plus(rememberDevice())))
                .update();
        // Expired devices of this user go now rather than by a job: the table stays as small as its use.
        jdbc.sql("delete from second_factor_device where user_id = :id and expires_at <= :now")
                .param("id", user.id())
                .param("now", Timestamp.from(now))
                .update();
        return token;
    }

    @Transactional(readOnly = true)
    public boolean isRemembered(FrontdeskUser user, @Nullable String token) {
        if (token == null || !SecretTokens.wellFormed(token) || rememberDevice().isZero()) {
            return false;
        }
        return jdbc.sql("""
                        select exists (select 1 from second_factor_device
                                       where token_hash = :hash and user_id = :id and expires_at > :now)
                        """)
                .param("hash", SecretTokens.hash(token))
                .param("id", user.id())
                .param("now", Timestamp.from(clock.instant()))
                .query(Boolean.class)
                .single();
    }

    // ---- the secrets' key ------------------------------------------------------------------------------------

    private byte[] encrypt(byte[] secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    private byte[] decrypt(byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(
                    Cipher.DECRYPT_MODE,
                    new SecretKeySpec(key(), "AES"),
                    new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a second-factor secret does not open with the configured key", e);
        }
    }

    /**
     * FRONTDESK_SECOND_FACTOR_KEY (32 bytes, base64) when set: the secrets are then safe in a copy of the database.
     * Without it a key is drawn once and kept in the database, which protects nothing against a copy of it but
     * keeps a development or demo installation working across restarts (a warning says so).
     */
    private byte[] key() {
        byte[] current = key;
        if (current != null) {
            return current;
        }
        String configured = properties.secondFactorKey();
        if (configured != null && !configured.isBlank()) {
            current = Base64.getDecoder().decode(configured.strip());
            if (current.length != 32) {
                throw new IllegalStateException("FRONTDESK_SECOND_FACTOR_KEY must be 32 bytes in base64");
            }
        } else {
            byte[] drawn = new byte[32];
            RANDOM.nextBytes(drawn);
            jdbc.sql("insert into second_factor_key (id, key) values (1, :key) on conflict (id) do nothing")
                    .param("key", drawn)
                    .update();
            current = jdbc.sql("select key from second_factor_key where id = 1")
                    .query(byte[].class)
                    .single();
            log.warn("FRONTDESK_SECOND_FACTOR_KEY is not set: two-factor secrets are encrypted with a key kept in the"
                    + " database itself. Set it in production (docs/security.md, \"Two-factor sign-in\").");
        }
        key = current;
        return current;
    }
}
