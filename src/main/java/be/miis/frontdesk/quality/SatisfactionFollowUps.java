package be.miis.frontdesk.quality;

import be.miis.frontdesk.identity.Permissions;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.RuleViolationException;
import be.miis.frontdesk.ticket.Channel;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks a low rating opens (docs/satisfaction.md, "Follow-up"): for the lead of the queue that answered, or the
 * managers when that queue has no lead or the frontdesk answered. Managers see and close every task; a lead sees and
 * closes their own.
 */
@Service
public class SatisfactionFollowUps {

    public static final int MAX_NOTE = 2000;

    private final JdbcClient jdbc;
    private final Permissions permissions;
    private final Clock clock;

    SatisfactionFollowUps(JdbcClient jdbc, Permissions permissions, Clock clock) {
        this.jdbc = jdbc;
        this.permissions = permissions;
        this.clock = clock;
    }

    /** An open task with what the customer said. */
    public record FollowUp(
            long id,
            String reference,
            int score,
            @Nullable String comment,
            Channel channel,
            String agent,
            @Nullable Long queueId,
            @Nullable String assignee,
            Instant ratedAt,
            Instant createdAt) {}

    /** The open tasks the viewer handles, oldest first, a page at a time (keyset on creation and id). */
    @Transactional(readOnly = true)
    public PagedResult<FollowUp> open(String viewer, @Nullable String after, int pageSize) {
        Set<Role> roles = permissions.rolesOf(viewer);
        boolean manager = roles.contains(Role.MANAGER);
        if (!manager && !roles.contains(Role.EXPERT)) {
            throw new NotPermittedException("quality.followUp.notPermitted");
        }
        KeysetCursor cursor = KeysetCursor.parse(after);
        String sql = """
                select f.id, s.reference, s.score, s.comment, s.channel, s.agent, s.queue_id, f.assignee, s.rated_at,
                       f.created_at
                from satisfaction_follow_up f join satisfaction_survey s on s.id = f.survey_id
                where f.done_at is null
                """ + (manager ? "" : " and f.assignee = :viewer")
                + (cursor == null ? "" : " and (f.created_at, f.id) > (:at, :id)")
                + " order by f.created_at, f.id limit :limit";
        JdbcClient.StatementSpec statement = jdbc.sql(sql).param("limit", pageSize + 1);
        if (!manager) {
            statement = statement.param("viewer", viewer);
        }
        if (cursor != null) {
            statement = statement.param("at", Timestamp.from(cursor.at())).param("id", cursor.id());
        }
        return PagedResult.ofOneMore(
                statement
                        .query((rs, n) -> new FollowUp(
                                rs.getLong("id"),
                                rs.getString("reference"),
                                rs.getInt("score"),
                                rs.getString("comment"),
                                Channel.valueOf(rs.getString("channel")),
                                rs.getString("agent"),
                                (Long) rs.getObject("queue_id", Long.class),
                                rs.getString("assignee"),
                                rs.getTimestamp("rated_at").toInstant(),
                                rs.getTimestamp("created_at").toInstant()))
                        .list(),
                pageSize,
                f -> new KeysetCursor(f.createdAt(), f.id()));
    }

    /**
     * Closes a task with what was done. Managers close any; a lead their own.
     *
     * @throws InvalidRatingException for a missing or too long note
     */
    @Transactional
    public void close(long id, String note, String actor) {
        String text = note.strip();
        if (text.isEmpty()) {
            throw new InvalidRatingException("note", "quality.followUp.note.missing");
        }
        if (text.length() > MAX_NOTE) {
            throw new InvalidRatingException("note", "quality.followUp.note.tooLong");
        }
        record Task(@Nullable String assignee, boolean done) {}
        Task task = jdbc.sql("select assignee, done_at is not null as done from satisfaction_follow_up where id = :id")
                .param("id", id)
                .query((rs, n) -> new Task(rs.getString("assignee"), rs.getBoolean("done")))
                .optional()
                .orElseThrow(() -> new FollowUpNotFoundException(id));
        Set<Role> roles = permissions.rolesOf(actor);
        if (!roles.contains(Role.MANAGER)
                && !(actor.equalsIgnoreCase(String.valueOf(task.assignee())) && roles.contains(Role.EXPERT))) {
            throw new NotPermittedException("quality.followUp.notPermitted");
        }
        int closed = jdbc.sql("""
                        update satisfaction_follow_up set done_at = :now, done_by = :actor, note = :note
                        where id = :id and done_at is null
                        """)
                .param("now", Timestamp.from(clock.instant()))
                .param("actor", actor)
                .param("note", text)
                .param("id", id)
                .update();
        if (closed == 0) {
            throw new FollowUpDoneException();
        }
    }

    /** A task that someone closed already. */
    public static class FollowUpDoneException extends RuleViolationException {

        FollowUpDoneException() {
            super("follow-up closed already");
        }

        @Override
        public String messageKey() {
            return "quality.followUp.done";
        }
    }
}
