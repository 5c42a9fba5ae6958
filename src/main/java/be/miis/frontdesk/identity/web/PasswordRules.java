package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.PasswordPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.Errors;

/** The password policy ({@link PasswordPolicy}) as a form's field error, for every password a person chooses. */
final class PasswordRules {

    private PasswordRules() {}

    static void check(String password, @Nullable String username, String field, Errors errors) {
        PasswordPolicy.check(password, username)
                .ifPresent(refusal -> errors.rejectValue(field, refusal.messageKey(), refusal.arguments(), null));
    }
}
