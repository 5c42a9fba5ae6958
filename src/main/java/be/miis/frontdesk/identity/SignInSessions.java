package be.miis.frontdesk.identity;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of a user, kept in the database by Spring Session (docs/security.md, "Sessions"): how many
 * there are, and signing a user out of all of them — at their own request ("sign out everywhere"), and when an
 * administrator resets their password or disables them, so that a stolen session does not outlive the remedy.
 */
@Component
public class SignInSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final AuditLog audit;
    private final Limits limits;

    SignInSessions(
            FindByIndexNameSessionRepository<? extends Session> sessions,
            AuditLog audit,
            SecurityProperties properties,
            @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        this.sessions = sessions;
        this.audit = audit;
        this.limits = new Limits(idleTimeout, properties.absoluteSessionTimeout(), properties.maxSessions());
    }

    /**
     * What ends a session, to tell the user on their account page.
     *
     * @param idle unused this long
     * @param absolute this long after sign-in, however busy
     * @param maxSessions at most this many at once
     */
    public record Limits(Duration idle, Duration absolute, int maxSessions) {}

    public Limits limits() {
        return limits;
    }

    /** The sessions of this user that have not expired. */
    public int count(String username) {
        return (int) find(username).values().stream()
                .filter(session -> !session.isExpired())
                .count();
    }

    /**
     * Ends every session of the user but {@code keep} (the one asking, when it is theirs; null for none), on the audit
     * trail as {@code actor}.
     *
     * @return how many sessions were ended
     */
    public int signOut(String username, @Nullable String keep, String actor) {
        int ended = 0;
        for (String id : find(username).keySet()) {
            if (!id.equals(keep)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        if (ended > 0) {
            audit.record(actor, AuditAction.SIGNED_OUT_EVERYWHERE, "user", username, "sessions=" + ended);
        }
        return ended;
    }

    private Map<String, ? extends Session> find(String username) {
        return sessions.findByPrincipalName(username);
    }
}
