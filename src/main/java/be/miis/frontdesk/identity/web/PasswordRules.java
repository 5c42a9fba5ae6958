package be.miis.frontdesk.identity.web;

import org.springframework.validation.Errors;

/**
 * One rule for every password a person chooses or is given: long enough to resist guessing (NIST SP 800-63B
 * asks for length, not for symbol soup), short enough for BCrypt, which reads at most 72 bytes.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 72;

    private PasswordRules() {}

    static void check(String password, String field, Errors errors) {
        if (password.length() < MIN_LENGTH) {
            errors.rejectValue(field, "identity.password.tooShort", new Object[] {MIN_LENGTH}, null);
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            errors.rejectValue(field, "identity.password.tooLong", new Object[] {MAX_LENGTH}, null);
        }
    }
}
