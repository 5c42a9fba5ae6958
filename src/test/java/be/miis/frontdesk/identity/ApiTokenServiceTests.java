package be.miis.frontdesk.identity;

import static be.miis.frontdesk.identity.UserAccountMother.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import be.miis.frontdesk.test.FrontdeskDataJpaTest;
import be.miis.frontdesk.test.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@FrontdeskDataJpaTest
@Import(IdentityTestConfiguration.class)
class ApiTokenServiceTests {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void setUp() {
        clock.set(Instant.parse("2026-03-02T08:00:00Z"));
        users.saveAndFlush(account("token-owner", Role.AGENT));
        users.saveAndFlush(account("token-other", Role.AGENT));
    }

    @Test
    void createsAPrefixedSecretAndStoresOnlyItsHash() {
        CreatedApiToken created = tokens.create("token-owner", " script ", null);

        assertThat(created.secret()).startsWith("fdt_").hasSize(4 + 43);
        assertThat(created.token().name()).isEqualTo("script");
        assertThat(created.secret()).startsWith(created.token().prefix());

        List<String> stored = jdbc.sql("select token_hash from api_token where id = :id")
                .param("id", created.token().id())
                .query(String.class)
                .list();
        assertThat(stored).containsExactly(ApiTokenService.sha256(created.secret()));
        assertThat(stored.get(0)).hasSize(64).doesNotContain(created.secret().substring(4));
        Integer secretsInTable = jdbc.sql("select count(*) from api_token t where position(:secret in t::text) > 0")
                .param("secret", created.secret().substring(4))
                .query(Integer.class)
                .single();
        assertThat(secretsInTable).isZero();
    }

    @Test
    void eachTokenIsDifferent() {
        assertThat(tokens.create("token-owner", "a", null).secret())
                .isNotEqualTo(tokens.create("token-owner", "b", null).secret());
    }

    @Test
    void theListShowsTheTokensWithoutSecrets() {
        CreatedApiToken created = tokens.create("token-owner", "script", null);

        assertThat(tokens.findByUsername("TOKEN-OWNER")).singleElement().satisfies(token -> {
            assertThat(token.id()).isEqualTo(created.token().id());
            assertThat(token.prefix()).hasSize(10).isEqualTo(created.secret().substring(0, 10));
        });
        assertThat(tokens.findByUsername("token-other")).isEmpty();
    }

    @Test
    void aTokenAuthenticatesItsOwnerAndIsMarkedUsed() {
        CreatedApiToken created = tokens.create("token-owner", "script", null);
        clock.advance(Duration.ofMinutes(5));

        assertThat(tokens.authenticate(created.secret())).contains("token-owner");
        assertThat(tokens.findByUsername("token-owner").get(0).lastUsedAt())
                .isEqualTo(Instant.parse("2026-03-02T08:05:00Z"));
    }

    @Test
    void anUnknownOrMalformedTokenAuthenticatesNobody() {
        String secret = tokens.create("token-owner", "script", null).secret();

        assertThat(tokens.authenticate(secret + "x")).isEmpty();
        assertThat(tokens.authenticate(secret.substring(4))).isEmpty();
        assertThat(tokens.authenticate("fdt_" + "a".repeat(200))).isEmpty();
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        CreatedApiToken created = tokens.create("token-owner", "script", null);

        assertThat(tokens.revoke("token-owner", created.token().id())).isTrue();

        assertThat(tokens.authenticate(created.secret())).isEmpty();
        assertThat(tokens.findByUsername("token-owner").get(0).revokedAt()).isNotNull();
        assertThat(tokens.revoke("token-owner", created.token().id()))
                .as("revoking twice")
                .isFalse();
    }

    @Test
    void nobodyCanRevokeSomebodyElsesToken() {
        CreatedApiToken created = tokens.create("token-owner", "script", null);

        assertThat(tokens.revoke("token-other", created.token().id())).isFalse();

        assertThat(tokens.authenticate(created.secret())).contains("token-owner");
    }

    @Test
    void anExpiredTokenNoLongerAuthenticates() {
        CreatedApiToken created =
                tokens.create("token-owner", "script", clock.instant().plus(Duration.ofDays(1)));

        assertThat(tokens.authenticate(created.secret())).contains("token-owner");
        clock.advance(Duration.ofDays(1));
        assertThat(tokens.authenticate(created.secret())).isEmpty();
    }

    @Test
    void creatingATokenIsAudited() {
        CreatedApiToken created = tokens.create("token-owner", "script", null);

        Integer audited = jdbc.sql("select count(*) from audit_event where action = 'API_TOKEN_CREATED'"
                        + " and actor = 'token-owner' and target_id = :id")
                .param("id", String.valueOf(created.token().id()))
                .query(Integer.class)
                .single();
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void anUnknownUserGetsNoToken() {
        assertThatExceptionOfType(UserNotFoundException.class)
                .isThrownBy(() -> tokens.create("nobody-here", "script", null));
    }
}
