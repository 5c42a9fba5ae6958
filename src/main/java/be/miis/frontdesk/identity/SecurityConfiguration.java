package be.miis.frontdesk.identity;

import io.github.wimdeblauwe.htmx.spring.boot.security.HxRefreshHeaderAuthenticationEntryPoint;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Who may go where. Four filter chains:
 *
 * <ul>
 *   <li>the OpenAPI document and the actuator: read-only (GET), for ADMIN (health for everyone), by HTTP
 *       Basic, API token or an existing admin session, so that the Swagger UI and the admin's links work;
 *   <li>the API ({@code /api/**}): HTTP Basic or a personal API token, stateless, no CSRF (no cookies are
 *       involved), refusals as problem details;
 *   <li>the public portal ({@code /portal/**}): anonymous and stateless, the pages' headers;
 *   <li>the pages: form login (with a second factor where one applies; and single sign-on when configured), a
 *       session in the database, CSRF, and a strict Content-Security-Policy.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    /**
     * Only the application's own scripts and styles. {@code data:} images are for Bootstrap's inline SVG icons
     * (select arrows, close buttons), which are part of its own stylesheet.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * API answers are data, never pages: nothing in them may load, run or be framed, and no address leaks on
     * (docs/security.md, "Security headers").
     */
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    /** A year: browsers keep to HTTPS for that long after seeing the header once. */
    private static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    private static final String[] PUBLIC_ASSETS = {
        "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            FrontdeskUserDetailsService userDetailsService,
            PasswordEncoder passwordEncoder,
            LoginThrottle throttle,
            AuditLog audit) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle, audit));
    }

    @Bean
    ApiProblemResponder apiProblemResponder(MessageSource messages, LocaleResolver localeResolver, Clock clock) {
        return new ApiProblemResponder(messages, localeResolver, clock);
    }

    @Bean
    ApiAuthentication apiAuthentication(
            AuthenticationManager authenticationManager,
            ApiTokenService tokens,
            FrontdeskUserDetailsService userDetailsService,
            ApiProblemResponder problems,
            SecondFactors secondFactors) {
        return new ApiAuthentication(
                new PasswordOnlyWhereAllowed(authenticationManager, secondFactors),
                tokens,
                userDetailsService,
                problems);
    }

    /**
     * How the API chains (the API, and the read-only documents and actuator) take credentials: a personal API token,
     * or HTTP Basic where no second factor applies; refusals as problem details. No cookie carries a credential of
     * the API's, so there is nothing for CSRF to protect, and no page to return to after a login.
     */
    static final class ApiAuthentication extends AbstractHttpConfigurer<ApiAuthentication, HttpSecurity> {

        private final AuthenticationManager passwords;
        private final ApiTokenService tokens;
        private final FrontdeskUserDetailsService userDetailsService;
        private final ApiProblemResponder problems;

        ApiAuthentication(
                AuthenticationManager passwords,
                ApiTokenService tokens,
                FrontdeskUserDetailsService userDetailsService,
                ApiProblemResponder problems) {
            this.passwords = passwords;
            this.tokens = tokens;
            this.userDetailsService = userDetailsService;
            this.problems = problems;
        }

        @Override
        public void init(HttpSecurity http) {
            http.authenticationManager(passwords)
                    .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                    .addFilterBefore(
                            new ApiTokenAuthenticationFilter(tokens, userDetailsService, problems),
                            BasicAuthenticationFilter.class)
                    .exceptionHandling(
                            ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                    .csrf(csrf -> csrf.disable())
                    .requestCache(cache -> cache.disable());
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain readOnlyOperationsSecurity(
            HttpSecurity http, ApiAuthentication api, SecurityProperties properties) throws Exception {
        // The YAML form of the document too: outside this chain it fell to the API's "any signed-in user" rule (the
        // authorisation matrix found it).
        http.securityMatcher(
                        "/api/v1/openapi", "/api/v1/openapi/**", "/api/v1/openapi.yaml", "/actuator", "/actuator/**")
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                                .permitAll()
                                .requestMatchers(HttpMethod.GET)
                                .hasRole(Role.ADMIN.name())
                                .anyRequest()
                                .denyAll())
                .with(api, Customizer.withDefaults())
                // Reads an existing admin session (Swagger UI, the admin's links) but never creates one.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(headers -> apiHeaders(headers, properties));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, ApiAuthentication api, SecurityProperties properties)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/v1/users", "/api/v1/users/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/v1/organisations/import", "/api/v1/import/**")
                        .hasRole(Role.ADMIN.name())
                        // Everything stored about a person, in one answer: administrators only (docs/privacy.md).
                        .requestMatchers("/api/v1/contacts/*/personal-data")
                        .hasRole(Role.ADMIN.name())
                        // The mail outbox holds every address written to: administrators only.
                        .requestMatchers("/api/v1/mail/**")
                        .hasRole(Role.ADMIN.name())
                        // Answer reviews name agents and their scores: managers only (docs/reviews.md).
                        .requestMatchers("/api/v1/quality/reviews", "/api/v1/quality/reviews/**")
                        .hasRole(Role.MANAGER.name())
                        // Figures without personal data, for those who steer on them.
                        .requestMatchers("/api/v1/statistics/**", "/api/v1/satisfaction/**")
                        .hasAnyRole(Role.MANAGER.name(), Role.ADMIN.name())
                        // The complaints of a period: the managers' (docs/complaints.md, "API").
                        .requestMatchers("/api/v1/complaints", "/api/v1/complaints/**")
                        .hasRole(Role.MANAGER.name())
                        // Moving the whole base (every draft, internal articles too): experts, or an administrator
                        // migrating it. The services check the same (docs/roles.md).
                        .requestMatchers(HttpMethod.POST, "/api/v1/faq/import")
                        .hasAnyRole(Role.EXPERT.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/v1/faq/export")
                        .hasAnyRole(Role.EXPERT.name(), Role.ADMIN.name())
                        // A queue's work list is the backoffice's, as its pages are.
                        .requestMatchers("/api/v1/queues/*/tickets")
                        .hasRole(Role.EXPERT.name())
                        // Agents and experts read and propose FAQ articles; only experts take the review decisions.
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/faq/*/publish",
                                "/api/v1/faq/*/send-back",
                                "/api/v1/faq/*/archive")
                        .hasRole(Role.EXPERT.name())
                        // Tickets and the directory hold personal data: only the roles that work with them.
                        .requestMatchers(
                                "/api/v1/tickets",
                                "/api/v1/tickets/**",
                                "/api/v1/organisations/**",
                                "/api/v1/organisations",
                                "/api/v1/contacts/**",
                                "/api/v1/faq",
                                "/api/v1/faq/**")
                        .hasAnyRole(Role.AGENT.name(), Role.EXPERT.name())
                        .anyRequest()
                        .authenticated())
                .with(api, Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> apiHeaders(headers, properties));
        return http.build();
    }

    /**
     * The public portal (docs/portal.md): anonymous, stateless (no session is read or created, so reading needs no
     * cookie and an expired back-office session never sends a visitor to the login form), with the pages' headers.
     * Its forms, the helpful vote and "call me back", carry a token the portal derives from the visitor (and the
     * article) under a server secret and checks itself (HelpfulVotes in the selfservice module): Spring's CSRF token
     * needs a session.
     */
    @Bean
    @Order(3)
    SecurityFilterChain portalSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
        http.securityMatcher("/portal", "/portal/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> pageHeaders(headers, properties));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain webSecurity(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            LocaleResolver localeResolver,
            AuditLog audit,
            Clock clock,
            SecurityProperties properties,
            FindByIndexNameSessionRepository<? extends Session> sessions,
            SecondFactors secondFactors,
            ObjectProvider<OidcLogin> oidcLogin)
            throws Exception {
        // Single sign-on beside the form, when configured (docs/security.md, "Single sign-on (OpenID Connect)").
        OidcLogin oidc = oidcLogin.getIfAvailable();
        if (oidc != null) {
            http.oauth2Login(oidc.configurer());
        }
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_ASSETS)
                        .permitAll()
                        .requestMatchers("/login")
                        .permitAll()
                        // Taking, dispatching and handing back an escalated ticket are the backoffice's decisions, on
                        // the ticket page as in the queue list (and again in the ticket service: docs/roles.md).
                        .requestMatchers(
                                HttpMethod.POST,
                                "/frontdesk/tickets/*/take",
                                "/frontdesk/tickets/*/assign",
                                "/frontdesk/tickets/*/return")
                        .hasRole(Role.EXPERT.name())
                        .requestMatchers("/frontdesk/**")
                        .hasAnyRole(Role.AGENT.name(), Role.EXPERT.name())
                        .requestMatchers(
                                HttpMethod.POST,
                                "/knowledge/articles/*/publish",
                                "/knowledge/articles/*/sendBack",
                                "/knowledge/articles/*/archive")
                        .hasRole(Role.EXPERT.name())
                        // What the portal's readers tell the FAQ (words searched in vain, "not helpful" comments):
                        // the experts', who decide what the FAQ publishes (docs/portal.md, "Figures").
                        .requestMatchers("/knowledge/feedback", "/knowledge/feedback/**")
                        .hasRole(Role.EXPERT.name())
                        .requestMatchers("/knowledge", "/knowledge/**")
                        .hasAnyRole(Role.AGENT.name(), Role.EXPERT.name())
                        // SLA warnings reach queue leads too, and a manager may lead a queue.
                        .requestMatchers("/backoffice/notices", "/backoffice/notices/**")
                        .hasAnyRole(Role.EXPERT.name(), Role.MANAGER.name())
                        // Complaints: their handlers (experts of the complaints queue) and managers; the quality
                        // service checks the queue (docs/complaints.md, "Who sees what").
                        .requestMatchers("/backoffice/complaints", "/backoffice/complaints/**")
                        .hasAnyRole(Role.EXPERT.name(), Role.MANAGER.name())
                        .requestMatchers("/backoffice/**")
                        .hasRole(Role.EXPERT.name())
                        // Low ratings to follow up: the queue leads' (experts) and the managers'
                        // (docs/satisfaction.md);
                        // the service narrows an expert to their own queues.
                        .requestMatchers("/quality/follow-ups", "/quality/follow-ups/**")
                        .hasAnyRole(Role.EXPERT.name(), Role.MANAGER.name())
                        .requestMatchers("/manager/**")
                        .hasRole(Role.MANAGER.name())
                        .requestMatchers("/admin/**", "/swagger-ui/**", "/swagger-ui.html")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                // A password, then the second factor where one applies (docs/security.md, "Two-factor sign-in").
                .authenticationManager(new SecondFactorStep(authenticationManager, secondFactors))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(new LoginSuccessHandler(localeResolver, audit, clock))
                        .failureHandler(new LoginFailureHandler(clock))
                        .permitAll())
                .logout(logout -> logout.logoutRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"))
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null) {
                                audit.record(
                                        authentication.getName(),
                                        AuditAction.LOGOUT,
                                        "user",
                                        authentication.getName(),
                                        null);
                            }
                        })
                        // Without its cookie, the next request after logout is not taken for an expired session.
                        .deleteCookies("SESSION")
                        .logoutSuccessUrl("/login?logout"))
                // At most maxSessions signed-in sessions per user, found across instances in the session table; one
                // sign-in more ends the one unused the longest (docs/security.md, "Sessions").
                .sessionManagement(session -> session.invalidSessionUrl("/login?expired")
                        .maximumSessions(properties.maxSessions())
                        .sessionRegistry(new SpringSessionBackedSessionRegistry<>(sessions))
                        .expiredUrl("/login?expired"))
                .addFilterAfter(
                        new AbsoluteSessionTimeout(clock, properties.absoluteSessionTimeout()),
                        SecurityContextHolderFilter.class)
                .addFilterBefore(new SecondFactorGate(), AuthorizationFilter.class)
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                                new HxRefreshHeaderAuthenticationEntryPoint(),
                                new RequestHeaderRequestMatcher("HX-Request"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true))
                .headers(headers -> pageHeaders(headers, properties));
        return http.build();
    }

    /** The headers of every page, back office and portal alike. */
    private static void pageHeaders(HeadersConfigurer<HttpSecurity> headers, SecurityProperties properties) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"))
                .httpStrictTransportSecurity(hsts -> strictTransportSecurity(hsts, properties));
    }

    /**
     * The API's headers; Spring Security adds X-Content-Type-Options, X-Frame-Options and Cache-Control by
     * default. They are written before the response is committed, so an error answered through /error keeps
     * them.
     */
    private static void apiHeaders(HeadersConfigurer<HttpSecurity> headers, SecurityProperties properties) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .httpStrictTransportSecurity(hsts -> strictTransportSecurity(hsts, properties));
    }

    /**
     * Behind HTTPS (FRONTDESK_SECURE_COOKIES) on every response: a proxy that terminates TLS forwards plain HTTP,
     * which Spring Security's default (HSTS on secure requests only) would never answer with HSTS. Otherwise the
     * default stays, so HSTS still goes out when Tomcat itself serves HTTPS; browsers ignore it over plain HTTP.
     */
    private static void strictTransportSecurity(
            HeadersConfigurer<HttpSecurity>.HstsConfig hsts, SecurityProperties properties) {
        if (properties.secureCookies()) {
            hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                    .maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)
                    .includeSubDomains(false);
        }
    }
}
