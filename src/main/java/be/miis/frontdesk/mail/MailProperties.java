package be.miis.frontdesk.mail;

import be.miis.frontdesk.shared.ContentLanguage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The mail channel (docs/mail.md). One mailbox comes entirely from the environment ({@code FRONTDESK_MAIL_IMAP_*},
 * issue #16), more from the list {@code frontdesk.mail.mailboxes[n].*} (docs/mail.md, "Several mailboxes");
 * {@link #mailboxes()} is the list the poller works through.
 *
 * @param enabled whether this instance polls (and, for the outbox, sends); off by default and in tests, which call
 *     the jobs themselves
 * @param address the centre's own address: the From of what it sends, and never acknowledged when it writes in
 * @param pollInterval the pause between the end of one poll and the start of the next
 * @param defaultLanguage the language of a mail whose sender is unknown and whose text tells none
 * @param defaultDomain the business domain of a new ticket from mail, until the agent reclassifies it
 * @param batchSize messages whose sizes are fetched in one round trip
 * @param maxMessageSize the largest mail taken into a ticket; a larger one is quarantined with its headers only, and
 *     stays on the server
 * @param listed the further mailboxes, {@code frontdesk.mail.mailboxes[n].*}, each with the settings of {@link #imap}
 * @param smtp how the outbox logs in to the SMTP server beyond Spring Boot's {@code spring.mail.*}: OAuth2
 */
@ConfigurationProperties("frontdesk.mail")
@Validated
record MailProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("frontdesk@localhost") @NotBlank String address,
        @DefaultValue("PT30S") Duration pollInterval,
        @DefaultValue @Valid Imap imap,
        @DefaultValue("NL") ContentLanguage defaultLanguage,
        @DefaultValue("OTHER") @NotBlank String defaultDomain,
        @DefaultValue("50") @Min(1) @Max(1000) int batchSize,
        @DefaultValue @Valid Acknowledgements acknowledgements,
        @DefaultValue("30MB") DataSize maxMessageSize,
        @Name("mailboxes") @DefaultValue List<@Valid Imap> listed,
        @DefaultValue @Valid Smtp smtp) {

    /**
     * The mailboxes to poll, each with its own defaults (else the ones above): the one of the environment when its host
     * is set or no other is listed (the development mail server's), then the listed ones.
     */
    List<Mailbox> mailboxes() {
        List<Mailbox> mailboxes = new ArrayList<>();
        if (imap.host() != null || listed.isEmpty()) {
            mailboxes.add(mailbox(imap));
        }
        listed.forEach(more -> mailboxes.add(mailbox(more)));
        return List.copyOf(mailboxes);
    }

    private Mailbox mailbox(Imap imap) {
        return new Mailbox(
                imap,
                imap.defaultLanguage() == null ? defaultLanguage : imap.defaultLanguage(),
                imap.defaultDomain() == null ? defaultDomain : imap.defaultDomain(),
                imap.maxMessageSize() == null ? maxMessageSize : imap.maxMessageSize());
    }

    /** A mailbox's name is its key in its state, the quarantine and its lock: two of one name would share them. */
    @AssertTrue(
            message = "two mailboxes have the same name (frontdesk.mail.imap.name, frontdesk.mail.mailboxes[n].name)")
    boolean isEveryMailboxNamedOnce() {
        List<String> names = mailboxes().stream().map(Mailbox::name).toList();
        return names.size() == new HashSet<>(names).size();
    }

    /** A listed mailbox has no host to fall back on: only the one of the environment defaults to localhost. */
    @AssertTrue(message = "every frontdesk.mail.mailboxes[n] needs its host")
    boolean isEveryListedMailboxWithItsHost() {
        return listed.stream()
                .allMatch(more -> more.host() != null && !more.host().isBlank());
    }

    /**
     * The domain of the Message-IDs we generate ({@code <uuid@frontdesk.domain>}): a mail with one of them as its own
     * Message-ID is ours come back, a loop.
     */
    String messageIdDomain() {
        return "frontdesk." + address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * How to reach one IMAP folder, and the defaults of its tickets when they differ from the global ones.
     *
     * @param name the mailbox's name in {@code mailbox_state}, the quarantine and the lock (letters, digits, {@code
     *     . _ -})
     * @param host the server; unset, {@code localhost} for the mailbox of the environment, required for a listed one
     * @param port 0 for the default of the security (993 for SSL, else 143)
     * @param password the login's password; none with {@code oauth2}
     * @param oauth2 to log in with XOAUTH2 and an access token from the provider instead of a password
     */
    record Imap(
            @DefaultValue("inbox") @NotBlank @Size(max = 40) @Pattern(regexp = NAME)
            String name,

            @Nullable String host,
            @DefaultValue("0") @Min(0) @Max(65535) int port,
            @DefaultValue("NONE") Security security,
            @Nullable String username,
            @Nullable String password,
            @DefaultValue("INBOX") @NotBlank String folder,
            @DefaultValue("PT30S") Duration timeout,
            @Nullable @Valid OAuth2 oauth2,
            @Nullable ContentLanguage defaultLanguage,
            @Nullable String defaultDomain,
            @Nullable DataSize maxMessageSize) {

        @ConstructorBinding
        Imap {}

        /** A mailbox that logs in with a password and takes the global defaults. */
        Imap(
                String name,
                String host,
                int port,
                Security security,
                @Nullable String username,
                @Nullable String password,
                String folder,
                Duration timeout) {
            this(name, host, port, security, username, password, folder, timeout, null, null, null, null);
        }

        String hostOrLocal() {
            return host == null || host.isBlank() ? "localhost" : host;
        }

        int effectivePort() {
            return port > 0 ? port : security == Security.SSL ? 993 : 143;
        }

        /** A token is the password of XOAUTH2: a mailbox with both would leave it unclear which one logs in. */
        @AssertTrue(message = "a mailbox logs in with a password or with oauth2, not both")
        boolean isOneWayToLogIn() {
            return password == null || password.isEmpty() || oauth2 == null;
        }

        /** XOAUTH2 names the mailbox's user beside the token. */
        @AssertTrue(message = "a mailbox with oauth2 needs its username")
        boolean isUserNamedForOAuth2() {
            return oauth2 == null || (username != null && !username.isBlank());
        }

        /** The settings may be printed (a binding failure, a debugger): never with the secret. */
        @Override
        public String toString() {
            return "Imap[name=%s, host=%s, port=%d, security=%s, username=%s, folder=%s, oauth2=%s]"
                    .formatted(name, host, port, security, username, folder, oauth2);
        }
    }

    /**
     * An OAuth2 client of the provider's token endpoint, by the client-credentials grant (docs/mail.md, "OAuth2"); the
     * access token it gives is the password of XOAUTH2.
     *
     * @param tokenUri the token endpoint, e.g. {@code https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token}
     * @param scope e.g. {@code https://outlook.office365.com/.default} for Microsoft 365
     * @param refreshBefore how long before its expiry a token is replaced
     * @param timeout how long the token endpoint may take to answer (it has 10 s to accept the connection)
     */
    record OAuth2(
            @NotNull URI tokenUri,
            @NotBlank String clientId,
            @NotBlank String clientSecret,
            @Nullable String scope,
            @DefaultValue("PT5M") Duration refreshBefore,
            @DefaultValue("PT10S") Duration timeout) {

        @AssertTrue(message = "the token-uri of oauth2 must be an http or https address")
        boolean isTokenUriWeb() {
            return tokenUri == null
                    || (("https".equalsIgnoreCase(tokenUri.getScheme())
                                    || "http".equalsIgnoreCase(tokenUri.getScheme()))
                            && tokenUri.getHost() != null);
        }

        @AssertTrue(message = "the timeout and refresh-before of oauth2 must be positive")
        boolean isPositive() {
            return !timeout.isNegative() && !timeout.isZero() && !refreshBefore.isNegative();
        }

        @Override
        public String toString() {
            return "OAuth2[tokenUri=%s, clientId=%s, scope=%s]".formatted(tokenUri, clientId, scope);
        }
    }

    /**
     * How the outbox logs in to the SMTP server of {@code spring.mail.*}: with {@code oauth2}, by XOAUTH2 as {@code
     * spring.mail.username} with a token of the provider instead of {@code spring.mail.password}.
     */
    record Smtp(@Nullable @Valid OAuth2 oauth2) {}

    /** NONE speaks plain IMAP (a local server only), STARTTLS upgrades it and requires the upgrade, SSL is IMAPS. */
    enum Security {
        NONE,
        STARTTLS,
        SSL
    }

    /**
     * The limits on acknowledgements, beyond the loop rules: a sender writing many mails in a short while (a script,
     * a loop the rules missed) gets at most {@code perSender} within {@code window}.
     */
    record Acknowledgements(
            @DefaultValue("3") @Min(0) @Max(1000) int perSender,
            @DefaultValue("PT1H") Duration window) {}

    /** A mailbox's name: a word that is safe in a lock's name, a log line and an address. */
    static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]*";

    /** A mailbox to poll with the defaults of its tickets. */
    record Mailbox(Imap imap, ContentLanguage defaultLanguage, String defaultDomain, DataSize maxMessageSize) {

        String name() {
            return imap.name();
        }
    }
}
