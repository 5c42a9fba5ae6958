package be.miis.frontdesk.selfservice;

import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Was this helpful?": one vote per visitor, article and day, without an account and without a cookie. The
 * visitor is an HMAC-SHA-256 of IP address, user agent, day and article under the server secret: the same visitor
 * gets the same value for the same article that day and a different, unlinkable one otherwise, and nobody without
 * the secret can turn it back into an address (docs/portal.md, "Helpful votes").
 *
 * <p>The vote form carries a token derived the same way: only a page served to this visitor (address and browser)
 * for this article today or yesterday holds it, so another site cannot make a visitor's browser vote (the portal is
 * stateless, there is no session to bind a CSRF token to).
 */
@Component
public class HelpfulVotes {

    public static final int MAX_COMMENT = 1000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final byte[] secret;

    HelpfulVotes(JdbcClient jdbc, Clock clock, PortalProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        String configured = properties.voteSecret();
        if (configured == null || configured.isBlank()) {
            this.secret = new byte[32];
            new SecureRandom().nextBytes(this.secret);
        } else {
            this.secret = configured.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The token for the vote form of this article, for this visitor, today. */
    public String formToken(long articleId, Visitor visitor) {
        return hmac("form", visitorHash(articleId, visitor, today()));
    }

    /** Whether the token was handed to this visitor for this article today or yesterday (a page left open overnight). */
    public boolean validToken(long articleId, Visitor visitor, String token) {
        LocalDate today = today();
        return equal(token, hmac("form", visitorHash(articleId, visitor, today)))
                || equal(token, hmac("form", visitorHash(articleId, visitor, today.minusDays(1))));
    }

    /**
     * The token of a form that belongs to no article (the call-back form): bound to this visitor and the form's
     * name today, checked as the vote's is. The name is never a number, so it never equals an article's token.
     */
    public String formToken(String form, Visitor visitor) {
        return hmac("form", formHash(form, visitor, today()));
    }

    /** Whether the form's token was handed to this visitor today or yesterday. */
    public boolean validToken(String form, Visitor visitor, String token) {
        LocalDate today = today();
        return equal(token, hmac("form", formHash(form, visitor, today)))
                || equal(token, hmac("form", formHash(form, visitor, today.minusDays(1))));
    }

    private String formHash(String form, Visitor visitor, LocalDate day) {
        return hmac("visitor", visitor.address() + "\n" + visitor.userAgent() + "\n" + day + "\n" + form);
    }

    /**
     * Records the vote; false when this visitor already voted on this article today (the first vote stands).
     * The comment is stored as typed (trimmed), shown later only as text.
     */
    @Transactional
    public boolean vote(
            long articleId, ContentLanguage language, boolean helpful, @Nullable String comment, Visitor visitor) {
        LocalDate day = today();
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        return jdbc.sql("""
                        insert into portal_helpful_vote
                            (article_id, day, visitor_hash, language, helpful, comment, created_at)
                        values (:article, :day, :visitor, :language, :helpful, :comment, :now)
                        on conflict (article_id, day, visitor_hash) do nothing
                        """)
                        .param("article", articleId)
                        .param("day", day)
                        .param("visitor", visitorHash(articleId, visitor, day))
                        .param("language", language.code())
                        .param("helpful", helpful)
                        .param("comment", text)
                        .param("now", java.sql.Timestamp.from(clock.instant()))
                        .update()
                > 0;
    }

    /** Yes and no votes of an article on a day (for the statistics of a later slice, and the tests). */
    public Tally tally(long articleId, LocalDate day) {
        return jdbc.sql("""
                        select count(*) filter (where helpful) as yes, count(*) filter (where not helpful) as no
                        from portal_helpful_vote where article_id = :article and day = :day
                        """)
                .param("article", articleId)
                .param("day", day)
                .query((rs, n) -> new Tally(rs.getLong("yes"), rs.getLong("no")))
                .single();
    }

    String visitorHash(long articleId, Visitor visitor, LocalDate day) {
        return hmac("visitor", visitor.address() + "\n" + visitor.userAgent() + "\n" + day + "\n" + articleId);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BusinessTime.ZONE);
    }

    private String hmac(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /** Who votes, as far as the portal knows: the request's address and browser. */
    public record Visitor(String address, String userAgent) {}

    public record Tally(long yes, long no) {}
}
