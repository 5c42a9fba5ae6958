package be.miis.frontdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The SLA warnings end to end on the real database: escalate, pass 75 % of the working time, pass the deadline;
 * each warning reaches the expert and the queue lead once, however many sweeps run and on however many instances.
 */
@FrontdeskIntegrationTest
class SlaSweepIT {

    // Monday 1 June 2026, 09:00 in Brussels: at risk from Tuesday 13:00 (12 of 16 working hours), due at 17:00.
    private static final Instant RECEIVED = Instant.parse("2026-06-01T07:00:00Z");
    private static final Instant AT_RISK = Instant.parse("2026-06-02T12:00:00Z");
    private static final Instant BREACHED = Instant.parse("2026-06-02T16:00:00Z");

    @Autowired
    TicketService tickets;

    @Autowired
    EscalationService escalations;

    @Autowired
    QueueAdministration queueAdmin;

    @Autowired
    SlaNotices notices;

    @Autowired
    SlaSweep scheduledSweep;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    IdentityService users;

    @Autowired
    Clock clock;

    private final List<SlaWarning> sent = new CopyOnWriteArrayList<>();

    @Test
    void theExpertAndTheLeadAreWarnedOnceAtRiskAndOnceBreachedWithTwoInstancesSweepingTwice() throws Exception {
        lead("SOCIAL_ECONOMY", "manager", Set.of("expert"));
        String reference = escalate("SOCIAL_ECONOMY", RECEIVED);
        tickets.take(reference, tickets.get(reference, "test").version(), "expert");

        sweepFromTwoInstances(RECEIVED.plus(Duration.ofHours(20)));
        assertThat(sentFor(reference)).as("before 75 %").isEmpty();

        sweepFromTwoInstances(AT_RISK);
        assertThat(sentFor(reference))
                .extracting(SlaWarning::recipient, SlaWarning::kind)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("expert", WarningKind.AT_RISK),
                        org.assertj.core.groups.Tuple.tuple("manager", WarningKind.AT_RISK));
        assertThat(noticesFor(reference)).containsExactlyInAnyOrder("expert AT_RISK", "manager AT_RISK");
        assertThat(sentFor(reference).get(0).deadline()).isEqualTo(Instant.parse("2026-06-02T15:00:00Z"));

        sweepFromTwoInstances(BREACHED);
        assertThat(sentFor(reference))
                .extracting(w -> w.recipient() + " " + w.kind())
                .containsExactlyInAnyOrder("expert AT_RISK", "manager AT_RISK", "expert BREACHED", "manager BREACHED");
        assertThat(noticesFor(reference))
                .containsExactlyInAnyOrder("expert AT_RISK", "manager AT_RISK", "expert BREACHED", "manager BREACHED");

        sweepFromTwoInstances(BREACHED.plus(Duration.ofDays(3)));
        assertThat(sentFor(reference)).as("never again").hasSize(4);
    }

    @Test
    void aTicketFoundPastItsDeadlineGetsOnlyTheBreachWarning() throws Exception {
        lead("SOCIAL_ECONOMY", "manager", Set.of("expert"));
        String reference = escalate("SOCIAL_ECONOMY", RECEIVED);

        sweepFromTwoInstances(BREACHED);

        assertThat(sentFor(reference))
                .extracting(w -> w.recipient() + " " + w.kind())
                .containsExactly("manager BREACHED");
    }

    @Test
    void aLeadWhoHasTheTicketHimselfIsWarnedOnceAndAQueueWithoutLeadWarnsItsMembers() throws Exception {
        lead("INFOSEC", "expert", Set.of("expert"));
        String own = escalate("INFOSEC", RECEIVED);
        tickets.take(own, tickets.get(own, "test").version(), "expert");
        lead("HEATING_FUND", null, Set.of("expert"));
        String unwatched = escalate("HEATING_FUND", RECEIVED);

        sweepFromTwoInstances(AT_RISK);

        assertThat(sentFor(own)).extracting(SlaWarning::recipient).containsExactly("expert");
        assertThat(sentFor(unwatched)).extracting(SlaWarning::recipient).containsExactly("expert");
        assertThat(noticesFor(own)).containsExactly("expert AT_RISK");
    }

    @Test
    void aTicketWaitingForTheCustomerAndAnAnsweredOneAreNotWarned() throws Exception {
        lead("SOCIAL_ECONOMY", "manager", Set.of("expert"));
        // Received now and paused at once: it stood still long before 75 % of its time, whatever the hour now.
        String waiting = escalate("SOCIAL_ECONOMY", null);
        tickets.take(waiting, tickets.get(waiting, "test").version(), "expert");
        tickets.waitForCustomer(waiting, tickets.get(waiting, "test").version(), "Stuur het attest.", "expert");
        String answered = escalate("SOCIAL_ECONOMY", RECEIVED);
        tickets.answer(answered, tickets.get(answered, "test").version(), "Antwoord", Channel.EMAIL, "expert");

        sweepFromTwoInstances(clock.instant().plus(Duration.ofDays(30)));

        assertThat(sentFor(waiting)).isEmpty();
        assertThat(sentFor(answered)).isEmpty();
        assertThat(noticesFor(waiting)).isEmpty();
        assertThat(escalations.findByTicket(waiting).orElseThrow().paused()).isTrue();
    }

    @Test
    void theScheduledSweepRunsUnderTheDatabaseLockAndSkipsWhileAnotherInstanceHoldsIt() {
        lead("SOCIAL_ECONOMY", "manager", Set.of("expert"));
        String reference = escalate("SOCIAL_ECONOMY", RECEIVED);
        jdbc.sql("""
                        insert into shedlock (name, lock_until, locked_at, locked_by)
                        values (:name, timezone('utc', now()) + interval '1 hour', timezone('utc', now()), 'other')
                        on conflict (name) do update
                        set lock_until = excluded.lock_until, locked_at = excluded.locked_at, locked_by = 'other'
                        """).param("name", SlaSweep.LOCK).update();

        scheduledSweep.run();
        assertThat(noticesFor(reference)).as("another instance holds the lock").isEmpty();

        jdbc.sql("update shedlock set lock_until = timezone('utc', now()) - interval '1 second' where name = :name")
                .param("name", SlaSweep.LOCK)
                .update();
        scheduledSweep.run();

        assertThat(noticesFor(reference)).containsExactly("manager BREACHED");
        assertThat(jdbc.sql("""
                        select count(*) from shedlock
                        where name = :name and locked_by <> 'other' and lock_until > timezone('utc', now())
                        """).param("name", SlaSweep.LOCK).query(Long.class).single())
                .as("held for lockAtLeastFor after the run")
                .isEqualTo(1);
    }

    @Test
    void aUserSeesOnlyTheirOwnNoticesAndMarksThemRead() throws Exception {
        lead("SOCIAL_ECONOMY", "manager", Set.of("expert"));
        String reference = escalate("SOCIAL_ECONOMY", RECEIVED);
        sweepFromTwoInstances(BREACHED);
        long unread = notices.countUnread("manager");
        NoticeView notice = notices.findNotices("manager", null, 500).items().stream()
                .filter(n -> n.ticketReference().equals(reference))
                .findFirst()
                .orElseThrow();
        assertThat(notice.unread()).isTrue();

        assertThat(notices.markRead("expert", notice.id()))
                .as("not the expert's")
                .isFalse();
        assertThat(notices.markRead("manager", notice.id())).isTrue();
        assertThat(notices.countUnread("manager")).isEqualTo(unread - 1);
        assertThat(notices.findNotices("expert", null, 500).items())
                .noneMatch(n -> n.ticketReference().equals(reference));
    }

    /** Two scheduler instances on the same database, each sweeping twice, started at the same moment. */
    private void sweepFromTwoInstances(Instant now) throws Exception {
        List<SlaSweep> instances = List.of(newInstance(), newInstance());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = instances.stream()
                    .map(sweep -> threads.submit(() -> {
                        start.await();
                        return sweep.sweep(now) + sweep.sweep(now);
                    }))
                    .toList();
            start.countDown();
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private SlaSweep newInstance() {
        // A batch of 2 makes every sweep go through several batches of the rows the other tests left behind.
        return new SlaSweep(
                jdbc,
                jdbcTemplate,
                transactions,
                users,
                sent::add,
                clock,
                new SlaSweepProperties(false, Duration.ofMinutes(1), 2));
    }

    private List<SlaWarning> sentFor(String reference) {
        return sent.stream().filter(w -> w.ticketReference().equals(reference)).toList();
    }

    private List<String> noticesFor(String reference) {
        return jdbc.sql("select recipient || ' ' || kind from escalation_notice where ticket_reference = :reference")
                .param("reference", reference)
                .query(String.class)
                .list();
    }

    private void lead(String queueCode, @Nullable String lead, Set<String> members) {
        QueueSummary queue = queueAdmin.findQueues().stream()
                .filter(q -> q.code().equals(queueCode))
                .findFirst()
                .orElseThrow();
        queueAdmin.changeQueue(
                queue.id(),
                queue.version(),
                new QueueChange(
                        queue.nameNl(),
                        queue.nameFr(),
                        queue.nameDe(),
                        queue.nameEn(),
                        queue.slaWorkingDays(),
                        true,
                        lead,
                        members));
    }

    private String escalate(String domain, @Nullable Instant receivedAt) {
        return tickets.open(EscalationMother.escalated(domain, TicketType.QUESTION, receivedAt), "agent");
    }
}
