package be.miis.frontdesk.quality;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The personal data quality keeps about a ticket (docs/privacy.md): the comment of a rating and the texts of a
 * complaint's handling. Scores, stages, outcomes, root causes and dates stay, as the quality figures count them.
 */
@Service
public class QualityPersonalData {

    private static final String ANONYMISED = "—";

    private final JdbcClient jdbc;

    QualityPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A rating of an answer. */
    public record RatingRecord(
            long ticketId,
            @Nullable Integer score,
            @Nullable String comment,
            @Nullable Instant ratedAt) {}

    /** A complaint about the service. */
    public record ComplaintRecord(
            long ticketId,
            String stage,
            @Nullable String outcome,
            @Nullable String explanation,
            @Nullable String answer,
            Instant receivedAt,
            @Nullable Instant closedAt) {}

    /** Clears the rating comments and complaint texts of those tickets. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void anonymiseTickets(Collection<Long> ticketIds) {
        if (ticketIds.isEmpty()) {
            return;
        }
        Long[] ids = ticketIds.toArray(Long[]::new);
        jdbc.sql(
                        "update satisfaction_survey set comment = :anonymised where ticket_id = any(:ids) and comment is not null")
                .param("anonymised", ANONYMISED)
                .param("ids", ids)
                .update();
        jdbc.sql("update satisfaction_follow_up set note = null where note is not null and survey_id in "
                        + "(select id from satisfaction_survey where ticket_id = any(:ids))")
                .param("ids", ids)
                .update();
        jdbc.sql("""
                        update complaint_case
                        set explanation = case when explanation is null then null else :anonymised end,
                            answer = case when answer is null then null else :anonymised end,
                            action_taken = case when action_taken is null then null else :anonymised end,
                            concerned_user = null, version = version + 1
                        where ticket_id = any(:ids)
                        """).param("anonymised", ANONYMISED).param("ids", ids).update();
    }

    /** The ratings of those tickets' answers. */
    @Transactional(readOnly = true)
    public List<RatingRecord> ratings(Collection<Long> ticketIds) {
        return jdbc.sql("""
                        select ticket_id, score, comment, rated_at from satisfaction_survey
                        where ticket_id = any(:ids) order by answered_at, id
                        """)
                .param("ids", ticketIds.toArray(Long[]::new))
                .query((rs, n) -> new RatingRecord(
                        rs.getLong("ticket_id"),
                        rs.getObject("score", Integer.class),
                        rs.getString("comment"),
                        rs.getTimestamp("rated_at") == null
                                ? null
                                : rs.getTimestamp("rated_at").toInstant()))
                .list();
    }

    /** The complaints those tickets are. */
    @Transactional(readOnly = true)
    public List<ComplaintRecord> complaints(Collection<Long> ticketIds) {
        return jdbc.sql("""
                        select ticket_id, stage, outcome, explanation, answer, received_at, closed_at
                        from complaint_case where ticket_id = any(:ids) order by received_at, id
                        """)
                .param("ids", ticketIds.toArray(Long[]::new))
                .query((rs, n) -> new ComplaintRecord(
                        rs.getLong("ticket_id"),
                        rs.getString("stage"),
                        rs.getString("outcome"),
                        rs.getString("explanation"),
                        rs.getString("answer"),
                        rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("closed_at") == null
                                ? null
                                : rs.getTimestamp("closed_at").toInstant()))
                .list();
    }
}
