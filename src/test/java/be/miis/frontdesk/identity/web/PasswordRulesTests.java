package be.miis.frontdesk.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.MapBindingResult;

class PasswordRulesTests {

    @Test
    void acceptsTenToSeventyTwoCharacters() {
        assertThat(check("a".repeat(10)).hasErrors()).isFalse();
        assertThat(check("a".repeat(72)).hasErrors()).isFalse();
    }

    @Test
    void refusesFewerThanTenCharacters() {
        Errors errors = check("a".repeat(9));

        FieldError error = errors.getFieldError("password");
        assertThat(error).isNotNull();
        assertThat(error.getCode()).isEqualTo("identity.password.tooShort");
        assertThat(error.getArguments()).containsExactly(10);
    }

    @Test
    void refusesAnEmptyPasswordAsTooShort() {
        assertThat(check("").getFieldError("password").getCode()).isEqualTo("identity.password.tooShort");
    }

    @Test
    void refusesMoreThanSeventyTwoCharacters() {
        FieldError error = check("a".repeat(73)).getFieldError("password");

        assertThat(error.getCode()).isEqualTo("identity.password.tooLong");
        assertThat(error.getArguments()).containsExactly(72);
    }

    @Test
    void countsBytesNotCharactersForTheUpperBoundBecauseBcryptReadsBytes() {
        // 37 × "é" is 37 characters but 74 bytes in UTF-8.
        assertThat(check("é".repeat(37)).getFieldError("password").getCode()).isEqualTo("identity.password.tooLong");
        assertThat(check("é".repeat(36)).hasErrors()).isFalse();
    }

    @Test
    void rejectsTheFieldItIsTold() {
        Errors errors = new MapBindingResult(new HashMap<>(Map.of("newPassword", "short")), "form");

        PasswordRules.check("short", "newPassword", errors);

        assertThat(errors.getFieldError("newPassword")).isNotNull();
        assertThat(errors.getFieldError("password")).isNull();
    }

    private static Errors check(String password) {
        Errors errors = new MapBindingResult(new HashMap<>(Map.of("password", password)), "form");
        PasswordRules.check(password, "password", errors);
        return errors;
    }
}
