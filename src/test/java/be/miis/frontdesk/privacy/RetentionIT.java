package be.miis.frontdesk.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.statistics.StatisticsRollup;
import be.miis.frontdesk.test.ReferenceClockConfiguration;
import be.miis.frontdesk.test.ReferenceClockConfiguration.ReferenceClock;
import be.miis.frontdesk.test.SeparateDatabaseIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance of retention (issue #19, docs/privacy.md): over the demo year, five years and a half later, a dry run
 * lists what a run would anonymise and remove; the real run does exactly that (the same counts, the same tickets,
 * which an independent query names), leaves the tickets finished later untouched, and the manager's statistics — the
 * roll-up rows and the monthly figures of the API — are the same afterwards. A second run finds nothing to do.
 */
@SeparateDatabaseIntegrationTest
class RetentionIT {

    /** Every row of the roll-up, as text: what the manager's statistics are made of. */
    private static final List<String> ROLLUP = List.of(
            "select s::text from statistics_month s order by 1",
            "select s::text from statistics_working_time s order by 1",
            "select s::text from statistics_month_organisation s order by 1");

    @Autowired
    RetentionService retention;

    @Autowired
    StatisticsRollup rollup;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceClock clock;

    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDryRunOverTheDemoYearListsWhatTheRunThenDoesAndTheStatisticsStayTheSame() throws Exception {
        rollup.refresh();
        List<String> rollupBefore = rollup();
        String apiBefore = monthlyFigures();
        assertThat(rollupBefore).isNotEmpty();

        // Five years and a half after the reference day: the tickets answered in the first half of 2026 are old enough.
        clock.advance(Duration.between(ReferenceClockConfiguration.REFERENCE, Instant.parse("2031-07-01T00:00:00Z")));
        // Mail of the demo year: sent, failed and still waiting in the outbox; decided and held in the quarantine.
        mails(Instant.parse("2026-03-02T10:00:00Z"));
        RetentionRun dry = retention.dryRun("admin");
        Instant cutoff = dry.cutoffs().tickets();
        List<String> expected = jdbc.sql("""
                        select reference from ticket
                        where status in ('ANSWERED', 'CLOSED') and anonymised_at is null
                          and greatest(answered_at, closed_at) < :cutoff
                        order by greatest(answered_at, closed_at), id
                        """)
                .param("cutoff", Timestamp.from(cutoff))
                .query(String.class)
                .list();
        long closedLater = jdbc.sql("select count(*) from ticket where greatest(answered_at, closed_at) >= :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .query(Long.class)
                .single();
        assertThat(expected).as("demo tickets finished before %s", cutoff).isNotEmpty();
        assertThat(closedLater).as("demo tickets finished after it").isPositive();
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.tickets()).isEqualTo(expected.size());
        assertThat(dry.ticketReferences())
                .isEqualTo(expected.subList(0, Math.min(expected.size(), RetentionService.SAMPLE)));
        long auditBefore = count("select count(*) from audit_event");
        long outboxBefore = count("select count(*) from mail_outbox");
        long quarantineBefore = count("select count(*) from mail_quarantine");
        long pendingBefore = count("select count(*) from mail_outbox where status <> 'SENT'");
        long heldBefore = count("select count(*) from mail_quarantine where status = 'HELD'");
        // Tickets anonymised before (a contact person erased by another test of this database) are not chosen again.
        List<String> anonymisedBefore = anonymised();

        RetentionRun run = retention.run("admin");

        assertThat(run.dryRun()).isFalse();
        assertThat(run.tickets()).isEqualTo(dry.tickets());
        assertThat(run.ticketReferences()).isEqualTo(dry.ticketReferences());
        assertThat(run.auditEntries()).isEqualTo(dry.auditEntries());
        assertThat(run.quarantinedMails()).isEqualTo(dry.quarantinedMails());
        assertThat(run.outboxMails()).isEqualTo(dry.outboxMails());
        assertThat(run.outboxMails()).as("the sent mail").isPositive();
        assertThat(run.quarantinedMails()).as("the discarded mail").isPositive();
        assertThat(anonymised().stream()
                        .filter(r -> !anonymisedBefore.contains(r))
                        .toList())
                .as("exactly the tickets the dry run listed")
                .isEqualTo(expected);
        // Two audit entries were written since (the dry run's and the run's own), never removed by it.
        assertThat(count("select count(*) from audit_event")).isEqualTo(auditBefore - run.auditEntries() + 1);
        assertThat(count("select count(*) from mail_outbox")).isEqualTo(outboxBefore - run.outboxMails());
        assertThat(count("select count(*) from mail_outbox where status <> 'SENT'"))
                .as("never a mail still waiting or failed")
                .isEqualTo(pendingBefore);
        assertThat(count("select count(*) from mail_quarantine where status = 'HELD'"))
                .as("never a mail held for a decision")
                .isEqualTo(heldBefore);
        assertThat(count("select count(*) from mail_quarantine")).isEqualTo(quarantineBefore - run.quarantinedMails());

        // What is left of the anonymised tickets: no text, no contact, no mail address, no attachment.
        assertThat(count("""
                        select count(*) from ticket
                        where anonymised_at is not null and (subject <> '—' or description <> '—')
                        """)).isZero();
        assertThat(jdbc.sql("select count(*) from ticket where reference = any(:refs) and contact_id is not null")
                        .param("refs", expected.toArray(String[]::new))
                        .query(Long.class)
                        .single())
                .as("retention unlinks the contact person (an erasure keeps the link to the erased one)")
                .isZero();
        assertThat(count("""
                        select count(*) from ticket_entry e join ticket t on t.id = e.ticket_id
                        where t.anonymised_at is not null and e.body is not null and e.body <> '—'
                        """)).isZero();
        assertThat(count("""
                        select count(*) from mail_message m join ticket t on t.id = m.ticket_id
                        where t.anonymised_at is not null and (m.sender <> '—' or m.recipient is not null)
                        """)).isZero();
        assertThat(count("""
                        select count(*) from mail_attachment a join ticket t on t.id = a.ticket_id
                        where t.anonymised_at is not null
                        """)).isZero();
        assertThat(count("""
                        select count(*) from portal_question q join ticket t on t.id = q.ticket_id
                        where t.anonymised_at is not null and q.asker_email <> '—'
                        """)).isZero();
        assertThat(count("""
                        select count(*) from satisfaction_survey s join ticket t on t.id = s.ticket_id
                        where t.anonymised_at is not null and s.comment is not null and s.comment <> '—'
                        """)).isZero();
        // The tickets finished later keep their texts.
        assertThat(count("select count(*) from ticket where anonymised_at is null and subject = '—'"))
                .isZero();

        // The manager's statistics: every roll-up row recounted, and the API's monthly figures, the same.
        assertThat(rollup.refresh())
                .as("the anonymised tickets' months are recounted")
                .isNotEmpty();
        assertThat(rollup()).isEqualTo(rollupBefore);
        assertThat(monthlyFigures()).isEqualTo(apiBefore);

        // Idempotent: a second run finds nothing left, and changes nothing the statistics count.
        RetentionRun again = retention.run(RetentionService.SCHEDULER);
        assertThat(again.tickets()).isZero();
        assertThat(again.auditEntries()).isZero();
        assertThat(again.quarantinedMails()).isZero();
        assertThat(again.outboxMails()).isZero();
        rollup.refresh();
        assertThat(rollup()).isEqualTo(rollupBefore);

        // The log: the three runs, newest first, with who started them and their counts.
        List<RetentionRun> log = retention.runs(null, 3);
        assertThat(log).extracting(RetentionRun::id).containsExactly(again.id(), run.id(), dry.id());
        assertThat(log).extracting(RetentionRun::startedBy).containsExactly("scheduler", "admin", "admin");
        assertThat(retention.findRun(run.id()).tickets()).isEqualTo(run.tickets());
        assertThat(retention.runs(again.id(), 1)).extracting(RetentionRun::id).containsExactly(run.id());
        assertThat(jdbc.sql("""
                                select count(*) from audit_event
                                where action in ('RETENTION_RUN', 'RETENTION_DRY_RUN') and target_id = any(:ids)
                                """)
                        .param("ids", new String[] {"" + dry.id(), "" + run.id(), "" + again.id()})
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    private void mails(Instant at) {
        for (String status : List.of("SENT", "FAILED", "PENDING")) {
            jdbc.sql("""
                            insert into mail_outbox (kind, recipient, language, subject, text_body, html_body, message_id,
                                                     dedup_key, status, next_attempt_at, created_at, sent_at)
                            values ('ANSWER', 'jan@ocmw.example', 'nl', 'Antwoord', 'Tekst', '<p>Tekst</p>', :id, :id,
                                    :status, :at, :at, case when :status = 'SENT' then cast(:at as timestamptz) end)
                            """)
                    .param("id", "<retention-" + status + "@test>")
                    .param("status", status)
                    .param("at", Timestamp.from(at))
                    .update();
        }
        for (String status : List.of("DISCARDED", "HELD")) {
            jdbc.sql("""
                            insert into mail_quarantine (mailbox, uid, message_key, received_at, sender, subject, reason,
                                                         raw, status, decided_at, decided_by)
                            values ('info', 1, :key, :at, 'jan@ocmw.example', 'Vraag', 'test', :raw, :status,
                                    case when :status = 'HELD' then null else cast(:at as timestamptz) end,
                                    case when :status = 'HELD' then null else 'admin' end)
                            """)
                    .param("key", "retention-" + status)
                    .param("at", Timestamp.from(at))
                    .param("raw", "Subject: Vraag".getBytes(StandardCharsets.UTF_8))
                    .param("status", status)
                    .update();
        }
    }

    private List<String> anonymised() {
        return jdbc.sql("""
                        select reference from ticket where anonymised_at is not null
                        order by greatest(answered_at, closed_at), id
                        """).query(String.class).list();
    }

    private List<String> rollup() {
        return ROLLUP.stream()
                .flatMap(sql -> jdbc.sql(sql).query(String.class).list().stream())
                .toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** The manager's monthly figures of the demo year, as the API answers them. */
    private String monthlyFigures() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + "/api/v1/statistics/monthly?from=2025-12&to=2026-12"))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString(
                                                                "manager:demo".getBytes(StandardCharsets.UTF_8)))
                                .header("Accept", "application/json")
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("2026-06");
        return response.body();
    }
}
