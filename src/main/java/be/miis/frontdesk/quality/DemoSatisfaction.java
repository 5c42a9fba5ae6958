package be.miis.frontdesk.quality;

import be.miis.frontdesk.shared.DemoDataPolicy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year of customer ratings for the demo (docs/satisfaction.md, "Demo data"), so that the statistics page shows
 * satisfaction at the first start: about one answer in two by mail or the portal is rated, mostly 4 and 5, a few
 * low ones with a comment; the low ratings of the last two weeks wait as follow-up tasks, older ones are closed.
 * Scores are drawn from each answer's id (the same demo every time). The demo answers' own mails may have made their
 * surveys already (the mail listener runs as the demo tickets are written): those are rated in place, the others
 * made here with a token nobody keeps. Loaded once, on a demo database without ratings.
 */
@Component
@Order(40)
class DemoSatisfaction implements ApplicationRunner {

    private final DemoDataPolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoSatisfaction(DemoDataPolicy policy, JdbcClient jdbc, Clock clock) {
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        boolean rated = jdbc.sql("select exists (select 1 from satisfaction_survey where rated_at is not null)")
                .query(Boolean.class)
                .single();
        if (!policy.isEnabled() || rated) {
            return;
        }
        Instant now = clock.instant();
        // The demo reads the ticket module's answers directly, as the statistics' roll-up does: a loader of sample
        // data, not a path any user's request takes.
        jdbc.sql("""
                        insert into satisfaction_survey (token_hash, answer_id, ticket_id, reference, language, channel,
                            queue_id, agent, answered_at, expires_at, score, comment, rated_at)
                        select encode(sha256(convert_to('demo-survey-' || e.id, 'UTF8')), 'hex'),
                               coalesce(e.uid, gen_random_uuid()), t.id, t.reference, t.language, t.channel,
                               x.queue_id, e.author, e.created_at, e.created_at + cast(:validity as interval),
                               case when s.draw < 4 then 1 when s.draw < 10 then 2 when s.draw < 22 then 3
                                    when s.draw < 60 then 4 else 5 end,
                               case when s.draw < 4 then :commentLow when s.draw < 10 then :commentSlow end,
                               e.created_at + make_interval(hours => 2 + (e.id % 70)::int)
                        from ticket_entry e
                        join ticket t on t.id = e.ticket_id
                        left join escalation x on x.ticket_id = t.id
                        cross join lateral (select (e.id * 7919) % 100 as draw) s
                        where e.kind = 'ANSWER' and e.channel in ('EMAIL', 'WEB') and e.id % 2 = 0
                          and e.created_at > :since and e.created_at + make_interval(hours => 2 + (e.id % 70)::int) < :now
                        on conflict (answer_id) do update
                            set score = excluded.score, comment = excluded.comment, rated_at = excluded.rated_at
                            where satisfaction_survey.rated_at is null
                        """)
                .param("validity", "28 days")
                .param("commentLow", "Het antwoord beantwoordde mijn vraag niet.")
                .param("commentSlow", "Pas na drie dagen een antwoord.")
                .param("since", Timestamp.from(now.minus(Duration.ofDays(366))))
                .param("now", Timestamp.from(now))
                .update();
        jdbc.sql("""
                        insert into satisfaction_follow_up (survey_id, assignee, created_at, done_at, done_by, note)
                        select s.id, q.lead_username, s.rated_at,
                               case when s.rated_at < :recent then s.rated_at + interval '1 day' end,
                               case when s.rated_at < :recent then coalesce(q.lead_username, 'manager') end,
                               case when s.rated_at < :recent then 'Teruggebeld en het antwoord aangevuld.' end
                        from satisfaction_survey s
                        left join escalation_queue q on q.id = s.queue_id
                        where s.score <= 2
                        """)
                .param("recent", Timestamp.from(now.minus(Duration.ofDays(14))))
                .update();
    }
}
