package be.miis.frontdesk.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * A real OpenID provider for the single sign-on tests: Spring Authorization Server in its own small web application
 * on a free port, with Frontdesk as its one client and users whose ID tokens carry the claims a test gives them. It
 * signs users in with its own login form, as an organisation's provider would.
 */
final class TestOpenIdProvider implements AutoCloseable {

    static final String CLIENT_ID = "frontdesk";
    static final String CLIENT_SECRET = "the client's secret";
    static final String PASSWORD = "the provider's password";
    static final String ROLES_CLAIM = "frontdesk_roles";

    private static final String CLIENT_REGISTRATION_ID = "frontdesk-client";

    private final AnnotationConfigServletWebServerApplicationContext context;
    private final InMemoryUserDetailsManager users;
    private final Map<String, Map<String, Object>> claims;
    private final InMemoryRegisteredClientRepository clients;

    private TestOpenIdProvider(AnnotationConfigServletWebServerApplicationContext context) {
        this.context = context;
        this.users = context.getBean(InMemoryUserDetailsManager.class);
        this.claims = context.getBean(Claims.class).byUser();
        this.clients = context.getBean(InMemoryRegisteredClientRepository.class);
    }

    private static @Nullable TestOpenIdProvider shared;

    /**
     * The one provider of this test JVM, started at first use and stopped with the JVM: the test classes that share the
     * application context configured for it share it too (SingleSignOnIntegrationTest).
     */
    static synchronized TestOpenIdProvider shared() {
        if (shared == null) {
            TestOpenIdProvider provider = start();
            Runtime.getRuntime().addShutdownHook(new Thread(provider::close, "test-openid-provider-stop"));
            shared = provider;
        }
        return shared;
    }

    static TestOpenIdProvider start() {
        AnnotationConfigServletWebServerApplicationContext context =
                new AnnotationConfigServletWebServerApplicationContext();
        context.register(ProviderConfiguration.class);
        context.refresh();
        return new TestOpenIdProvider(context);
    }

    String issuer() {
        return "http://localhost:" + context.getWebServer().getPort();
    }

    int port() {
        return context.getWebServer().getPort();
    }

    /** Frontdesk's address to come back to with the code (its port is known only once it runs). */
    void allowRedirectTo(String redirectUri) {
        clients.save(client(redirectUri));
    }

    /** A user the provider knows, with these claims in their ID token besides the standard ones. */
    void user(String username, Map<String, Object> idTokenClaims) {
        if (users.userExists(username)) {
            users.deleteUser(username);
        }
        users.createUser(User.withUsername(username)
                .password("{noop}" + PASSWORD)
                .roles("USER")
                .build());
        claims.put(username, Map.copyOf(idTokenClaims));
    }

    @Override
    public void close() {
        context.close();
    }

    private static RegisteredClient client(String redirectUri) {
        return RegisteredClient.withId(CLIENT_REGISTRATION_ID)
                .clientId(CLIENT_ID)
                .clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .build())
                .build();
    }

    /** The claims per user, read when the provider issues an ID token. */
    record Claims(Map<String, Map<String, Object>> byUser) {}

    /** Not component-scanned into Frontdesk's own test contexts: it is a {@link TestConfiguration}. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class ProviderConfiguration {

        @Bean
        TomcatServletWebServerFactory webServerFactory() {
            return new TomcatServletWebServerFactory(0);
        }

        /** Tomcat runs the filters (all the provider is) only for requests that reach a servlet. */
        @Bean
        DispatcherServlet dispatcherServlet() {
            return new DispatcherServlet();
        }

        @Bean
        SecurityFilterChain providerSecurity(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                    // The user info endpoint takes the access token Frontdesk got.
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()))
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryRegisteredClientRepository registeredClientRepository() {
            return new InMemoryRegisteredClientRepository(client("http://localhost/not-yet-known"));
        }

        @Bean
        InMemoryUserDetailsManager userDetailsService() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        Claims claims() {
            return new Claims(new ConcurrentHashMap<>());
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(Claims claims) {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    Map<String, Object> own =
                            claims.byUser().get(context.getPrincipal().getName());
                    if (own != null) {
                        context.getClaims().claims(all -> all.putAll(own));
                    }
                }
            };
        }

        @Bean
        JWKSource<SecurityContext> jwkSource() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            var keyPair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                    .privateKey((RSAPrivateKey) keyPair.getPrivate())
                    .keyID(UUID.randomUUID().toString())
                    .build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
        }

        @Bean
        AuthorizationServerSettings authorizationServerSettings() {
            return AuthorizationServerSettings.builder().build();
        }
    }
}
