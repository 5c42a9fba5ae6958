package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.test.TestClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Access tokens from a real token endpoint on loopback (docs/mail.md, "OAuth2"): the client-credentials grant, one
 * token kept per login and replaced before it expires, the previous one serving while a refresh fails, and each way
 * an endpoint fails named without the secret.
 */
class OAuth2TokensTests {

    static final Instant START = Instant.parse("2026-12-02T09:00:00Z");
    static final Duration MARGIN = Duration.ofMinutes(5);

    TokenEndpoint endpoint;
    TestClock clock = new TestClock(START);
    OAuth2Tokens tokens = new OAuth2Tokens(clock);
    MailProperties.OAuth2 client;

    @BeforeEach
    void endpoint() throws Exception {
        endpoint = new TokenEndpoint();
        client = endpoint.client(MARGIN);
    }

    @AfterEach
    void close() {
        endpoint.close();
    }

    @Test
    void asksByClientCredentialsAndKeepsTheTokenUntilItsMarginBeforeExpiry() {
        OAuth2Tokens.Token first = tokens.token("imap:inbox", client);

        assertThat(first.value()).isEqualTo("token-1");
        assertThat(first.fresh()).isTrue();
        assertThat(first.expiresAt()).isEqualTo(START.plusSeconds(3600));
        assertThat(endpoint.forms()).singleElement().satisfies(form -> {
            assertThat(form)
                    .containsEntry("method", "POST")
                    .containsEntry("Content-Type", "application/x-www-form-urlencoded")
                    .containsEntry("grant_type", "client_credentials")
                    .containsEntry("client_id", TokenEndpoint.CLIENT_ID)
                    .containsEntry("client_secret", TokenEndpoint.CLIENT_SECRET)
                    .containsEntry("scope", "https://outlook.office365.com/.default");
        });

        clock.set(START.plusSeconds(3600).minus(MARGIN).minusSeconds(1));
        OAuth2Tokens.Token kept = tokens.token("imap:inbox", client);
        assertThat(kept.value()).isEqualTo("token-1");
        assertThat(kept.fresh()).isFalse();
        assertThat(endpoint.requests()).isEqualTo(1);

        clock.set(START.plusSeconds(3600).minus(MARGIN));
        OAuth2Tokens.Token refreshed = tokens.token("imap:inbox", client);
        assertThat(refreshed.value()).isEqualTo("token-2");
        assertThat(refreshed.fresh()).isTrue();
        assertThat(refreshed.expiresAt()).isEqualTo(START.plusSeconds(7200).minus(MARGIN));
        assertThat(endpoint.requests()).isEqualTo(2);
    }

    @Test
    void eachLoginHasItsOwnToken() {
        assertThat(tokens.token("imap:inbox", client).value()).isEqualTo("token-1");
        assertThat(tokens.token("imap:support", client).value()).isEqualTo("token-2");
        assertThat(tokens.token("imap:inbox", client).value()).isEqualTo("token-1");
        assertThat(endpoint.requests()).isEqualTo(2);
    }

    @Test
    void aFailingRefreshHandsOutThePreviousTokenWithTheFailureUntilItExpires() {
        tokens.token("imap:inbox", client);
        endpoint.answer(TokenEndpoint.Mode.INVALID_CLIENT);

        clock.set(START.plusSeconds(3600).minusSeconds(60));
        OAuth2Tokens.Token old = tokens.token("imap:inbox", client);
        assertThat(old.value()).isEqualTo("token-1");
        assertThat(old.fresh()).isFalse();
        assertThat(old.refreshFailure())
                .contains("HTTP 400: invalid_client")
                .contains("AADSTS7000222")
                .doesNotContain(TokenEndpoint.CLIENT_SECRET);
        // Tried again at every use, not only once.
        assertThat(tokens.token("imap:inbox", client).refreshFailure()).isNotNull();
        assertThat(endpoint.requests()).isEqualTo(3);

        clock.set(START.plusSeconds(3600));
        assertThatThrownBy(() -> tokens.token("imap:inbox", client))
                .isInstanceOf(OAuth2Tokens.TokenRefreshException.class)
                .hasMessageContaining("invalid_client");

        endpoint.answer(TokenEndpoint.Mode.GRANT);
        OAuth2Tokens.Token next = tokens.token("imap:inbox", client);
        assertThat(next.value()).isEqualTo("token-2");
        assertThat(next.fresh()).isTrue();
        assertThat(next.refreshFailure()).isNull();
    }

    @Test
    void eachWayAnEndpointFailsIsNamedWithoutTheSecret() throws Exception {
        endpoint.answer(TokenEndpoint.Mode.UNAVAILABLE);
        assertThatThrownBy(() -> tokens.token("a", client))
                .hasMessageContaining("answered HTTP 503")
                .hasMessageNotContaining(TokenEndpoint.CLIENT_SECRET);

        endpoint.answer(TokenEndpoint.Mode.MALFORMED);
        assertThatThrownBy(() -> tokens.token("a", client)).hasMessageContaining("without an access_token");

        endpoint.answer(TokenEndpoint.Mode.NO_TOKEN);
        assertThatThrownBy(() -> tokens.token("a", client)).hasMessageContaining("without an access_token");

        endpoint.answer(TokenEndpoint.Mode.SILENT);
        MailProperties.OAuth2 impatient = new MailProperties.OAuth2(
                client.tokenUri(), client.clientId(), client.clientSecret(), null, MARGIN, Duration.ofMillis(300));
        assertThatThrownBy(() -> tokens.token("a", impatient)).hasMessageContaining("did not answer within PT0.3S");
        assertThat(endpoint.forms()).last().satisfies(form -> assertThat(form).doesNotContainKey("scope"));

        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        MailProperties.OAuth2 nowhere = new MailProperties.OAuth2(
                URI.create("http://127.0.0.1:" + port + "/token?code=hidden"),
                client.clientId(),
                client.clientSecret(),
                null,
                MARGIN,
                Duration.ofSeconds(5));
        assertThatThrownBy(() -> tokens.token("a", nowhere))
                .isInstanceOf(OAuth2Tokens.TokenRefreshException.class)
                .hasMessageContaining("http://127.0.0.1:" + port + "/token unreachable")
                .hasMessageNotContaining("hidden");
    }

    @Test
    void aTokenTheServerRefusedIsNotTriedAgain() {
        tokens.token("imap:inbox", client);
        tokens.forget("imap:inbox");
        assertThat(tokens.token("imap:inbox", client).value()).isEqualTo("token-2");
    }

    @Test
    void aTokenPrintsWithoutItsValue() {
        assertThat(tokens.token("imap:inbox", client).toString()).doesNotContain("token-1");
        assertThat(client.toString()).doesNotContain(TokenEndpoint.CLIENT_SECRET);
    }
}
