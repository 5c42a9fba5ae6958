package be.miis.frontdesk.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * What a password a person chooses must be (docs/security.md, "Passwords"), after NIST SP 800-63B: long (12
 * characters at least), not longer than BCrypt reads (72 bytes), and not one an attacker tries first — none of the
 * 49 233 passwords of breach corpora shipped as data ({@code identity/common-passwords.txt}, no network), also not
 * one of them dressed up with digits or symbols at the ends or said twice, not one character repeated or a plain
 * run of the keyboard's digits or the alphabet, and not containing the username or the application's name. No
 * composition rules: "a sentence of a few words" is the advice, and it passes.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    /** Words of this application that a person is tempted to build a password on. */
    private static final List<String> CONTEXT = List.of("frontdesk", "callmiis", "call mi-is", "mi-is");

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Why a password is refused, as a message key with its arguments. */
    public record Refusal(String messageKey, Object... arguments) {}

    /** Empty when the password may be used; {@code username} is the account's, when known. */
    public static Optional<Refusal> check(String password, @Nullable String username) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(new Refusal("identity.password.tooShort", MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Refusal("identity.password.tooLong", MAX_BYTES));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null
                && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(new Refusal("identity.password.context"));
        }
        if (CONTEXT.stream().anyMatch(lower::contains)) {
            return Optional.of(new Refusal("identity.password.context"));
        }
        if (common(lower) || trivial(lower)) {
            return Optional.of(new Refusal("identity.password.common"));
        }
        return Optional.empty();
    }

    private static boolean common(String lower) {
        if (COMMON.contains(lower)) {
            return true;
        }
        // "Password2024!" and "!!monkey123": the common core with digits and symbols added at either end.
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (!core.isEmpty() && (COMMON.contains(core) || trivial(core))) {
            return true;
        }
        // "monkeymonkey", "2024-2024-2024": a common word or a short piece said again (separators aside).
        String candidate = core.isEmpty() ? lower.replaceAll("[^\\p{L}\\p{N}]", "") : core;
        for (int length = 1; length <= candidate.length() / 2; length++) {
            if (candidate.length() % length == 0
                    && candidate.equals(candidate.substring(0, length).repeat(candidate.length() / length))) {
                String unit = candidate.substring(0, length);
                return length < 4 || COMMON.contains(unit) || unit.chars().allMatch(Character::isDigit);
            }
        }
        return false;
    }

    /** One character repeated, or a run up or down the digits or the alphabet ("123456789012", "abcdefghijkl"). */
    private static boolean trivial(String text) {
        if (text.length() < 2) {
            return true;
        }
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < text.length(); i++) {
            int step = text.charAt(i) - text.charAt(i - 1);
            boolean digits = Character.isDigit(text.charAt(i)) && Character.isDigit(text.charAt(i - 1));
            up &= step == 1 || (digits && step == -9);
            down &= step == -1 || (digits && step == 9);
        }
        return up || down || text.chars().distinct().count() == 1;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(65_536);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords is missing from the build", e);
        }
        return Set.copyOf(passwords);
    }
}
