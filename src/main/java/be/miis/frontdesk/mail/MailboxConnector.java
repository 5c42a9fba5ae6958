package be.miis.frontdesk.mail;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.time.Clock;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Logs in to a mailbox over IMAP: with its password, or by XOAUTH2 with an access token of its OAuth2 client
 * (docs/mail.md, "OAuth2"). The token's state is recorded in the mailbox's state: a failing refresh is its last error
 * and raises the admin's alert (the {@code mailboxes} health, the admin's mailbox page), the previous token serving
 * until it expires; the next good refresh ends the alert.
 */
@Component
class MailboxConnector {

    private static final Logger log = LoggerFactory.getLogger(MailboxConnector.class);

    private final OAuth2Tokens tokens;
    private final MailboxStates states;
    private final ImapTls tls;
    private final Clock clock;

    MailboxConnector(OAuth2Tokens tokens, MailboxStates states, ImapTls tls, Clock clock) {
        this.tokens = tokens;
        this.states = states;
        this.tls = tls;
        this.clock = clock;
    }

    /** An open, logged-in store of the mailbox; the caller closes it. */
    Store connect(MailProperties.Mailbox mailbox) throws MessagingException {
        return connect(session(mailbox.imap()), mailbox);
    }

    /** The session a mailbox is reached in (its timeouts, security, the certificates trusted, and way to log in). */
    Session session(MailProperties.Imap imap) {
        Properties settings = sessionProperties(imap);
        tls.configure(settings);
        return Session.getInstance(settings);
    }

    /** Logs in to the mailbox in that session. */
    Store connect(Session session, MailProperties.Mailbox mailbox) throws MessagingException {
        MailProperties.Imap imap = mailbox.imap();
        String secret = imap.oauth2() == null ? imap.password() : token(mailbox.name(), imap.oauth2());
        Store store = session.getStore(imap.security() == MailProperties.Security.SSL ? "imaps" : "imap");
        try {
            store.connect(imap.hostOrLocal(), imap.effectivePort(), imap.username(), secret);
        } catch (AuthenticationFailedException refused) {
            if (imap.oauth2() != null) {
                // Revoked, or the server wants another scope: the next poll asks for a new token, not this one again.
                tokens.forget(login(mailbox.name()));
            }
            throw refused;
        }
        return store;
    }

    private String token(String mailbox, MailProperties.OAuth2 client) {
        try {
            OAuth2Tokens.Token token = tokens.token(login(mailbox), client);
            if (token.refreshFailure() != null) {
                log.error(
                        "Mailbox {}: the OAuth2 token could not be refreshed, the current one serves until {}: {}",
                        mailbox,
                        token.expiresAt(),
                        token.refreshFailure());
                states.tokenFailed(
                        mailbox,
                        "OAuth2 token refresh failed: " + token.refreshFailure(),
                        clock.instant(),
                        token.expiresAt());
            } else if (token.fresh()) {
                states.tokenRefreshed(mailbox, token.expiresAt());
            }
            return token.value();
        } catch (OAuth2Tokens.TokenRefreshException failed) {
            log.error("Mailbox {}: no OAuth2 token, the mailbox is not polled: {}", mailbox, failed.getMessage());
            states.tokenFailed(mailbox, failed.toString(), clock.instant(), null);
            throw failed;
        }
    }

    private static String login(String mailbox) {
        return "imap:" + mailbox;
    }

    /** The poller's session settings, and XOAUTH2 as the only mechanism for a mailbox with OAuth2. */
    static Properties sessionProperties(MailProperties.Imap imap) {
        Properties session = MailboxPoller.sessionProperties(imap);
        if (imap.oauth2() != null) {
            // XOAUTH2 with the token as the password and no other mechanism. (A server that offers no AUTH=XOAUTH2
            // gets a plain LOGIN from Angus Mail, and refuses the token: the mailbox's error then says so.)
            session.setProperty("mail.imap.auth.mechanisms", "XOAUTH2");
            session.setProperty("mail.imaps.auth.mechanisms", "XOAUTH2");
        }
        return session;
    }
}
