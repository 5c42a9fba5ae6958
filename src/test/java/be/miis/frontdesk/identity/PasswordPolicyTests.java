package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.identity.PasswordPolicy.Refusal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTests {

    @Test
    void acceptsTwelveCharactersUpToSeventyTwoBytes() {
        assertThat(PasswordPolicy.check("vier kaarsen", "agent")).isEmpty();
        assertThat(PasswordPolicy.check("de kat slaapt op de warme vensterbank, " + "x".repeat(33), "agent"))
                .isEmpty();
    }

    @Test
    void refusesFewerThanTwelveCharactersWithTheMinimumAsArgument() {
        Refusal refusal = PasswordPolicy.check("vier kaarse", "agent").orElseThrow();

        assertThat(refusal.messageKey()).isEqualTo("identity.password.tooShort");
        assertThat(refusal.arguments()).containsExactly(12);
        assertThat(key("")).contains("identity.password.tooShort");
    }

    @Test
    void countsBytesForTheUpperBoundBecauseBcryptReadsBytes() {
        // 37 × "é" is 37 characters but 74 bytes in UTF-8.
        Refusal refusal = PasswordPolicy.check("é".repeat(37), null).orElseThrow();

        assertThat(refusal.messageKey()).isEqualTo("identity.password.tooLong");
        assertThat(refusal.arguments()).containsExactly(72);
        assertThat(PasswordPolicy.check("éèàù zonnig weer " + "é".repeat(20), null))
                .isEmpty();
    }

    /** From the breach corpus as they are, and as people dress them up. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "1q2w3e4r5t6y",
                "qwertyuiop12",
                "Password2024!",
                "!!Sunshine1234",
                "MonkeyMonkey",
                "dragondragon",
                "abcdefghijkl",
                "123456789012",
                "987654321098",
                "zzzzzzzzzzzz",
                "abcabcabcabc",
                "2024-2024-2024"
            })
    void refusesCommonAndTrivialPasswords(String password) {
        assertThat(key(password)).contains("identity.password.common");
    }

    @Test
    void refusesTheUsernameAndTheApplicationsName() {
        assertThat(PasswordPolicy.check("welkom-jansens-2026", "jansens").map(Refusal::messageKey))
                .contains("identity.password.context");
        assertThat(key("mijn Frontdesk wachtwoord")).contains("identity.password.context");
        assertThat(key("bel Call mi-is morgen")).contains("identity.password.context");
        // A two-letter username is too short to mean anything inside a sentence.
        assertThat(PasswordPolicy.check("de boot vaart uit", "de")).isEmpty();
    }

    @Test
    void noCompositionRules() {
        // Only lower-case letters and spaces, no digit, no symbol: long and uncommon is what counts.
        assertThat(PasswordPolicy.check("correct paard batterij nietje", "agent"))
                .isEmpty();
        assertThat(PasswordPolicy.check("correctpaardcorrectpaard", "agent")).isEmpty();
    }

    private static Optional<String> key(String password) {
        return PasswordPolicy.check(password, "someone").map(Refusal::messageKey);
    }
}
