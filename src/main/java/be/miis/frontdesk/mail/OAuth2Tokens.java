package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.TextCut;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Access tokens for XOAUTH2, from the provider's token endpoint by the client-credentials grant (RFC 6749, 4.4), one
 * per login (a mailbox, the SMTP server), kept until {@code refreshBefore} their expiry and then replaced (docs/mail.md,
 * "OAuth2").
 *
 * <p>A failing refresh does not stop a login that still has a valid token: the old token is handed out with the
 * failure beside it, for the caller to record and alert on, until it expires; only then does the failure stop the
 * login. Neither a token nor the client secret is ever part of a message of this class.
 */
@Component
class OAuth2Tokens {

    /** A token endpoint that says nothing of its lifetime: assumed an hour, as Microsoft's and Google's give. */
    private static final Duration UNSTATED_LIFETIME = Duration.ofHours(1);

    private static final int REASON_MAX = 300;

    private final Clock clock;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();
    private final ConcurrentMap<String, Token> tokens = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> refreshing = new ConcurrentHashMap<>();

    OAuth2Tokens(Clock clock) {
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The token of this login: the one held while it has more than {@code refreshBefore} left, else a new one. When
     * getting a new one fails and the held one has not expired, the held one, with the failure.
     *
     * @param login who logs in, e.g. {@code imap:inbox}: one token each
     * @throws TokenRefreshException when there is no valid token
     */
    Token token(String login, MailProperties.OAuth2 client) {
        synchronized (refreshing.computeIfAbsent(login, key -> new Object())) {
            Instant now = clock.instant();
            Token held = tokens.get(login);
            if (held != null && now.isBefore(held.expiresAt().minus(client.refreshBefore()))) {
                return held.asHeld();
            }
            try {
                Token fresh = request(client, now);
                tokens.put(login, fresh);
                return fresh;
            } catch (TokenRefreshException failed) {
                if (held != null && now.isBefore(held.expiresAt())) {
                    return held.withFailure(failed.getMessage());
                }
                tokens.remove(login);
                throw failed;
            }
        }
    }

    /** The server refused the token: the next login asks for a new one instead of trying it again. */
    void forget(String login) {
        tokens.remove(login);
    }

    private Token request(MailProperties.OAuth2 client, Instant now) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_id", client.clientId());
        form.put("client_secret", client.clientSecret());
        if (client.scope() != null && !client.scope().isBlank()) {
            form.put("scope", client.scope());
        }
        HttpRequest request = HttpRequest.newBuilder(client.tokenUri())
                .timeout(client.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encoded(form)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException slow) {
            throw new TokenRefreshException(
                    "token endpoint %s did not answer within %s".formatted(shown(client), client.timeout()));
        } catch (IOException unreachable) {
            throw new TokenRefreshException("token endpoint %s unreachable: %s"
                    .formatted(shown(client), unreachable.getClass().getSimpleName()));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new TokenRefreshException("interrupted while asking " + shown(client) + " for a token");
        }
        JsonNode body = parsed(response.body());
        if (response.statusCode() != 200) {
            // RFC 6749, 5.2: a refusal names its error (invalid_client, unauthorized_client, invalid_scope …).
            String error = text(body, "error");
            String description = text(body, "error_description");
            throw new TokenRefreshException("token endpoint %s answered HTTP %d%s%s"
                    .formatted(
                            shown(client),
                            response.statusCode(),
                            error == null ? "" : ": " + error,
                            description == null ? "" : " (" + description + ")"));
        }
        String token = text(body, "access_token");
        if (token == null || token.isBlank()) {
            throw new TokenRefreshException(
                    "token endpoint %s answered without an access_token".formatted(shown(client)));
        }
        JsonNode expiresIn = body == null ? null : body.get("expires_in");
        Duration lifetime = expiresIn != null && expiresIn.canConvertToLong() && expiresIn.asLong() > 0
                ? Duration.ofSeconds(expiresIn.asLong())
                : UNSTATED_LIFETIME;
        // Counted from the request, not the answer: the token may have been made any time in between.
        return new Token(token, now.plus(lifetime), true, null);
    }

    private @Nullable JsonNode parsed(String body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JacksonException malformed) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable JsonNode body, String field) {
        JsonNode value = body == null ? null : body.get(field);
        return value == null || !value.isString() ? null : TextCut.atMost(value.asString(), REASON_MAX);
    }

    /** The endpoint as messages name it: without user info or query, where a secret could have been put. */
    private static String shown(MailProperties.OAuth2 client) {
        URI uri = client.tokenUri();
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getPath() == null ? "" : uri.getPath());
    }

    private static String encoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * An access token and when it expires.
     *
     * @param fresh whether it was fetched for this call (then a failure recorded earlier is over)
     * @param refreshFailure why no newer one could be fetched, when it is an old one still valid
     */
    record Token(
            String value,
            Instant expiresAt,
            boolean fresh,
            @Nullable String refreshFailure) {

        Token asHeld() {
            return new Token(value, expiresAt, false, null);
        }

        Token withFailure(@Nullable String failure) {
            return new Token(value, expiresAt, false, failure);
        }

        /** Never the token itself in a log line or a message. */
        @Override
        public String toString() {
            return "Token[expiresAt=%s, fresh=%s, refreshFailure=%s]".formatted(expiresAt, fresh, refreshFailure);
        }
    }

    /** No valid token: the endpoint refused, failed or could not be reached, and the old token (if any) expired. */
    static class TokenRefreshException extends RuntimeException {

        TokenRefreshException(String message) {
            super(message);
        }

        /** As the mailbox's last error shows it: what failed, in words, rather than this class's name. */
        @Override
        public String toString() {
            return "OAuth2 token refresh failed: " + getMessage();
        }
    }
}
