package be.miis.frontdesk.identity;

import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with single sign-on configured against the test's own OpenID provider
 * ({@link TestOpenIdProvider}), its roles claim included. Its subclasses share one application context (they inherit
 * the same property source) and the one provider; each test uses its own users.
 */
@FrontdeskIntegrationTest
abstract class SingleSignOnIntegrationTest {

    static final TestOpenIdProvider PROVIDER = TestOpenIdProvider.shared();

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("frontdesk.oidc.issuer-uri", PROVIDER::issuer);
        registry.add("frontdesk.oidc.client-id", () -> TestOpenIdProvider.CLIENT_ID);
        registry.add("frontdesk.oidc.client-secret", () -> TestOpenIdProvider.CLIENT_SECRET);
        registry.add("frontdesk.oidc.name", () -> "FedBe");
        registry.add("frontdesk.oidc.roles-claim", () -> TestOpenIdProvider.ROLES_CLAIM);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void frontdeskIsTheProvidersClient() {
        PROVIDER.allowRedirectTo("http://localhost:" + port + "/login/oauth2/code/oidc");
    }
}
