package be.miis.frontdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.test.FrontdeskModuleTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The ticket module on its own, with only the modules it depends on (docs/architecture.md, "Events"): it announces
 * what happens to every ticket, a listener after the commit gets each event through the event publication registry
 * even when it failed the first time, and without the backoffice module nothing can be escalated.
 */
@FrontdeskModuleTest
@TestPropertySource(
        properties = {
            // Resubmit a failed publication at once, so the test sees the retry within seconds.
            "frontdesk.events.retry.interval=PT0.2S",
            "frontdesk.events.retry.min-age=PT0S"
        })
@Import(TicketModuleIT.FlakyListener.class)
// Closed afterwards: its fast retry job must not run on under the tests that follow in the same JVM.
@DirtiesContext
class TicketModuleIT {

    @Autowired
    TicketService tickets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FlakyListener listener;

    @Test
    void loggingACallAnnouncesItWithWhatAListenerNeeds(Scenario scenario) {
        scenario.stimulate(() -> tickets.open(answered("Wat is het leefloon voor een student?"), "agent"))
                .andWaitForEventOfType(TicketAnswered.class)
                .matching(event -> event.answer().equals("Het tarief samenwonende."))
                .toArriveAndVerify((event, reference) -> {
                    assertThat(event.reference()).isEqualTo(reference);
                    assertThat(event.escalated()).isFalse();
                    assertThat(event.customer().language()).isEqualTo(ContentLanguage.FR);
                    assertThat(event.customer().channel()).isEqualTo(Channel.EMAIL);
                    // The answer named by the event is the entry the timeline holds.
                    assertThat(jdbc.sql("select body from ticket_entry where uid = :uid")
                                    .param("uid", event.answerId())
                                    .query(String.class)
                                    .single())
                            .isEqualTo("Het tarief samenwonende.");
                });
    }

    @Test
    void aListenerAfterTheCommitThatFailsGetsTheEventAgain() {
        String reference = tickets.open(answered("Een vraag voor de luisteraar die eerst faalt."), "agent");

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(listener.received()).contains(reference));
        assertThat(listener.attempts()).isGreaterThanOrEqualTo(2);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
                                        select count(*) from event_publication
                                        where listener_id like '%FlakyListener%' and completion_date is null
                                          and serialized_event like :reference
                                        """)
                        .param("reference", "%" + reference + "%")
                        .query(Long.class)
                        .single())
                .isZero());
    }

    @Test
    void withoutTheBackofficeNothingCanBeEscalatedAndNothingIsSaved() {
        OpenTicket escalated = new OpenTicket(
                Channel.PHONE,
                TicketType.QUESTION,
                "RMI",
                ContentLanguage.NL,
                null,
                null,
                "",
                "Een vraag voor de backoffice",
                null,
                null,
                OpenTicket.Outcome.ESCALATED,
                null);
        long before = jdbc.sql("select count(*) from ticket").query(Long.class).single();

        assertThatThrownBy(() -> tickets.open(escalated, "agent"))
                .isInstanceOfSatisfying(InvalidTicketException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("ticket.escalation.unavailable"));
        assertThat(jdbc.sql("select count(*) from ticket").query(Long.class).single())
                .isEqualTo(before);
    }

    private static OpenTicket answered(String question) {
        return new OpenTicket(
                Channel.EMAIL,
                TicketType.QUESTION,
                "RMI",
                ContentLanguage.FR,
                null,
                null,
                "",
                question,
                null,
                null,
                OpenTicket.Outcome.ANSWERED,
                "Het tarief samenwonende.");
    }

    /**
     * Fails on its first call for each ticket, as a mail server that is down for a moment would. Read through its
     * methods: the bean is a proxy (the listener runs asynchronously in a transaction of its own).
     */
    static class FlakyListener {

        private final AtomicInteger attempts = new AtomicInteger();
        private final List<String> failed = new CopyOnWriteArrayList<>();
        private final List<String> received = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(TicketOpened event) {
            attempts.incrementAndGet();
            if (!failed.contains(event.reference())) {
                failed.add(event.reference());
                throw new IllegalStateException("down for a moment");
            }
            received.add(event.reference());
        }

        List<String> received() {
            return received;
        }

        int attempts() {
            return attempts.get();
        }
    }
}
