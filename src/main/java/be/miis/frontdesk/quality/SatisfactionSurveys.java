package be.miis.frontdesk.quality;

import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.EscalationView;
import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.shared.SecretTokens;
import be.miis.frontdesk.ticket.TicketAnswered;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers' rating of their answers (docs/satisfaction.md): a survey per answer mailed, its link, the rating
 * page's view of it and the rating itself, counted once; a low one opens a follow-up task for the lead of the queue
 * that answered.
 */
@Service
public class SatisfactionSurveys {

    /** The longest comment kept with a rating. */
    public static final int MAX_COMMENT = 1000;

    private final JdbcClient jdbc;
    private final EscalationService escalations;
    private final QueueAdministration queues;
    private final SatisfactionProperties properties;
    private final Clock clock;
    private final String portalUrl;

    SatisfactionSurveys(
            JdbcClient jdbc,
            EscalationService escalations,
            QueueAdministration queues,
            SatisfactionProperties properties,
            Clock clock,
            @Value("${frontdesk.portal.url:http://localhost:8080/portal}") String portalUrl) {
        this.jdbc = jdbc;
        this.escalations = escalations;
        this.queues = queues;
        this.properties = properties;
        this.clock = clock;
        this.portalUrl = portalUrl.replaceAll("/+$", "");
    }

    /**
     * The rating link of an answer about to be mailed, in the mail's transaction: a new survey, or empty when the
     * answer has one already (its event delivered again: the mail is not written twice either).
     */
    @Transactional
    public Optional<Invitation> invite(TicketAnswered answer) {
        String token = SecretTokens.newToken();
        Instant expires = answer.answeredAt().plus(properties.linkValidity());
        Long queueId = escalations.findByTickets(List.of(answer.ticketId())).values().stream()
                .map(EscalationView::queueId)
                .findFirst()
                .orElse(null);
        int inserted = jdbc.sql("""
                        insert into satisfaction_survey (token_hash, answer_id, ticket_id, reference, language, channel,
                            queue_id, agent, answered_at, expires_at)
                        values (:hash, :answer, :ticket, :reference, :language, :channel, :queue, :agent, :answeredAt,
                            :expires)
                        on conflict (answer_id) do nothing
                        """)
                .param("hash", SecretTokens.hash(token))
                .param("answer", answer.answerId())
                .param("ticket", answer.ticketId())
                .param("reference", answer.reference())
                .param("language", answer.customer().language().code())
                .param("channel", answer.customer().channel().name())
                .param("queue", queueId)
                .param("agent", answer.answeredBy())
                .param("answeredAt", Timestamp.from(answer.answeredAt()))
                .param("expires", Timestamp.from(expires))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        String base = portalUrl + "/" + answer.customer().language().code() + "/rating/" + token;
        return Optional.of(new Invitation(base, expires));
    }

    /**
     * A survey's link: the page that asks to confirm; {@code url(score)} preselects a score (the mail's one-click
     * faces), which still counts only once confirmed on the page.
     */
    public record Invitation(String url, Instant expiresAt) {
        public String url(int score) {
            return url + "?score=" + score;
        }
    }

    /** What the rating page shows; empty for an unknown token and an expired one alike. */
    @Transactional(readOnly = true)
    public Optional<Survey> find(String token) {
        if (!SecretTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("""
                        select id, reference, answered_at, expires_at, score, rated_at
                        from satisfaction_survey where token_hash = :hash
                        """)
                .param("hash", SecretTokens.hash(token))
                .query((rs, n) -> new Survey(
                        rs.getLong("id"),
                        rs.getString("reference"),
                        rs.getTimestamp("answered_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(),
                        (Integer) rs.getObject("score", Integer.class),
                        rs.getTimestamp("rated_at") == null
                                ? null
                                : rs.getTimestamp("rated_at").toInstant()))
                .optional()
                .filter(survey -> now.isBefore(survey.expiresAt()));
    }

    /** A survey as its page shows it: the answer it is about and, once given, the rating. */
    public record Survey(
            long id,
            String reference,
            Instant answeredAt,
            Instant expiresAt,
            @Nullable Integer score,
            @Nullable Instant ratedAt) {

        public boolean rated() {
            return score != null;
        }
    }

    /**
     * Counts a confirmed rating, once: a second confirmation (a double click, the page reloaded, a link opened
     * twice) changes nothing and says so. A score at or below the configured one opens the follow-up task.
     *
     * @throws InvalidRatingException for a score outside 1 to 5 or a comment too long
     */
    @Transactional
    public Rated rate(String token, int score, @Nullable String comment) {
        if (score < 1 || score > 5) {
            throw new InvalidRatingException("score", "quality.rating.score.invalid");
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new InvalidRatingException("comment", "quality.rating.comment.tooLong");
        }
        Survey survey = find(token).orElseThrow(SurveyNotFoundException::new);
        Instant now = clock.instant();
        // The condition makes a concurrent second confirmation update nothing: counted once, whatever the timing.
        // The update answers with the answering queue, so that a low rating's task needs no second read.
        record Counted(@Nullable Long queueId) {}
        Optional<Counted> counted = jdbc.sql("""
                        update satisfaction_survey set score = :score, comment = :comment, rated_at = :now
                        where id = :id and rated_at is null
                        returning queue_id
                        """)
                .param("score", score)
                .param("comment", text)
                .param("now", Timestamp.from(now))
                .param("id", survey.id())
                .query((rs, n) -> new Counted((Long) rs.getObject("queue_id", Long.class)))
                .optional();
        if (counted.isEmpty()) {
            return Rated.ALREADY;
        }
        if (score <= properties.followUpAtOrBelow()) {
            openFollowUp(survey.id(), counted.get().queueId(), now);
            return Rated.FOLLOWED_UP;
        }
        return Rated.COUNTED;
    }

    public enum Rated {
        COUNTED,
        /** Counted, and low enough for a follow-up task. */
        FOLLOWED_UP,
        /** Counted before: nothing changed. */
        ALREADY
    }

    private void openFollowUp(long surveyId, @Nullable Long queueId, Instant now) {
        String lead = queueId == null
                ? null
                : queues.findQueue(queueId).map(QueueSummary::leadUsername).orElse(null);
        jdbc.sql("""
                        insert into satisfaction_follow_up (survey_id, assignee, created_at) values (:survey, :lead, :now)
                        on conflict (survey_id) do nothing
                        """)
                .param("survey", surveyId)
                .param("lead", lead)
                .param("now", Timestamp.from(now))
                .update();
    }
}
