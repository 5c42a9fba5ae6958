package be.miis.frontdesk.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTests {

    /** The SHA-1 key of RFC 6238, appendix B. */
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238's SHA-1 test vectors, whose 8-digit values end in the 6 digits an app shows. */
    @ParameterizedTest
    @CsvSource({
        "59, 287082",
        "1111111109, 081804",
        "1111111111, 050471",
        "1234567890, 005924",
        "2000000000, 279037",
        "20000000000, 353130"
    })
    void theCodesAreThoseOfRfc6238(long epochSecond, String expected) {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(epochSecond))))
                .isEqualTo(expected);
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterStillMatchesButNotTwoStepsAway() {
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step), now))
                .hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now))
                .hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now))
                .hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now))
                .isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now))
                .isEmpty();
    }

    @Test
    void onlySixDigitsAreACode() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.matchingStep(RFC_SECRET, "287082", now)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, "94287082", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "28708", now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, "28708a", now)).isEmpty();
    }

    @Test
    void base32IsRfc4648AndRoundTrips() {
        assertThat(Totp.base32(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SECRET);
        byte[] secret = Totp.newSecret();
        assertThat(secret).hasSize(20);
        assertThat(Totp.fromBase32(Totp.base32(secret))).isEqualTo(secret);
    }

    @Test
    void theUriIsTheKeyUriFormatAppsRead() {
        assertThat(Totp.otpauthUri("Frontdesk", "marie manager", RFC_SECRET))
                .isEqualTo("otpauth://totp/Frontdesk:marie%20manager?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                        + "&issuer=Frontdesk&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void theQrCodeIsAnSvgWithATitleAndModules() {
        String svg = QrCode.svg("otpauth://totp/Frontdesk:manager?secret=ABC", "Scan <me>");
        assertThat(svg)
                .startsWith("<svg")
                .contains("<title>Scan &lt;me&gt;</title>")
                .contains("h1v1h-1z");
    }
}
