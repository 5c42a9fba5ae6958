package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.test.FrontdeskModuleTest;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.LongConsumer;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * One message the server will not give, or gives no more, never stops the mailbox, and a connection lost in the
 * middle of a poll loses and doubles nothing (docs/mail.md, "Fetch errors"). The IMAP server is GreenMail behind
 * {@link ImapProxy}, which cuts the connection or answers a fetch with {@code NO} when the poller is about to read a
 * given message; a second IMAP client deletes a message at that moment. The context is {@link MailIntakeIT}'s.
 */
@FrontdeskModuleTest
@Import(MailIntakeIT.Acknowledgements.class)
// One mail a batch: a batch of several is read whole in one fetch (docs/mail.md, "Performance"), before the seam
// between listing and reading that MailboxFetchIT uses; the three classes share this one context.
@TestPropertySource(properties = "frontdesk.mail.batch-size=1")
class MailboxFetchIT {

    @RegisterExtension
    static final GreenMailExtension mailServer = new GreenMailExtension(
            new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()});

    @Autowired
    MailProperties properties;

    @Autowired
    MailIntake intake;

    @Autowired
    MailboxStates states;

    @Autowired
    MailboxConnector connector;

    @Autowired
    LockProvider locks;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    ImapProxy proxy;
    MailProperties.Mailbox mailbox;
    String run;

    @BeforeEach
    void mailboxBehindAProxy() throws IOException {
        mailServer.setUser(TestMail.DESK, TestMail.DESK, TestMail.SECRET);
        proxy = new ImapProxy(mailServer.getImap().getPort());
        run = UUID.randomUUID().toString().substring(0, 8);
        mailbox = TestMail.mailbox("fetch-" + run, proxy.port(), MailProperties.Security.NONE);
    }

    @AfterEach
    void proxyDown() throws IOException {
        proxy.close();
    }

    @Test
    void aMessageDeletedByAnotherClientBetweenTheListingAndTheFetchIsSkippedWithNothingHalfWritten() throws Exception {
        send(3);
        List<Long> uids = uids();
        // The last one listed: GreenMail renumbers the other session's messages at once when one is expunged, which
        // RFC 3501 (7.4.1) forbids and real servers do not do, so deleting an earlier one would read a later one in
        // its place; the poller is not to be tested against that.
        long last = uids.get(2);

        poller(uid -> {
                    if (uid == last) {
                        deleteWithAnotherClient(last);
                    }
                })
                .poll(mailbox);

        assertThat(takenSubjects()).containsExactly("Question 1 " + run, "Question 2 " + run);
        assertThat(held()).isEmpty();
        assertThat(jdbc.sql("select count(*) from mail_message where direction = 'IN' and mailbox = :m")
                        .param("m", mailbox.name())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(lastUid()).isEqualTo(uids.get(2));
        assertThat(lastError()).isNull();
    }

    @Test
    void aMessageTheServerWillNotGiveIsHeldWithItsHeadersAndTheReasonAndThePollGoesOnPastIt() throws Exception {
        send(3);
        List<Long> uids = uids();

        poller(uid -> {
                    if (uid == uids.get(1)) {
                        proxy.refuseNextBodyFetch(
                                "The requested message could not be converted to an RFC-822 compatible format.");
                    }
                })
                .poll(mailbox);

        assertThat(takenSubjects()).containsExactly("Question 1 " + run, "Question 3 " + run);
        assertThat(held()).singleElement().satisfies(reason -> assertThat(reason)
                // Jakarta Mail does not pass the server's text on: it reads the refused fetch as no content.
                .startsWith("unreadable on the server: ")
                .contains("the server gave no content for a message of"));
        String kept = new String(
                jdbc.sql("select raw from mail_quarantine where mailbox = :m")
                        .param("m", mailbox.name())
                        .query(byte[].class)
                        .single(),
                StandardCharsets.ISO_8859_1);
        assertThat(kept).contains("Subject: Question 2 " + run).doesNotContain("Bonjour");
        assertThat(lastUid()).isEqualTo(uids.get(2));
        assertThat(lastError()).isNull();

        // Never fetched again: the next poll finds nothing new, and the held mail stays held once.
        poller(uid -> {}).poll(mailbox);

        assertThat(takenSubjects()).hasSize(2);
        assertThat(held()).hasSize(1);
    }

    @Test
    void aConnectionLostInTheMiddleOfAPollIsRecordedAndTheNextPollResumesWhereItStopped() throws Exception {
        send(3);
        List<Long> uids = uids();

        poller(uid -> {
                    if (uid == uids.get(1)) {
                        cut();
                    }
                })
                .poll(mailbox);

        assertThat(takenSubjects()).containsExactly("Question 1 " + run);
        assertThat(held()).isEmpty();
        assertThat(lastUid()).isEqualTo(uids.get(0));
        assertThat(lastError()).isNotNull();

        poller(uid -> {}).poll(mailbox);

        assertThat(takenSubjects()).containsExactly("Question 1 " + run, "Question 2 " + run, "Question 3 " + run);
        assertThat(held()).isEmpty();
        assertThat(lastUid()).isEqualTo(uids.get(2));
    }

    @Test
    void aBacklogIsTakenOverSeveralPollsWhenOnePollsTimeIsUpAndNothingIsTakenTwice() throws Exception {
        send(3);
        List<Long> uids = uids();
        // A poll whose time is up after its first batch (of one mail here): what is left waits for the next poll.
        MailboxPoller hurried = new MailboxPoller(properties, intake, states, locks, clock, connector) {
            @Override
            Duration pollBudget() {
                return Duration.ZERO;
            }
        };

        hurried.poll(mailbox);

        assertThat(takenSubjects()).containsExactly("Question 1 " + run);
        assertThat(lastUid()).isEqualTo(uids.get(0));
        assertThat(lastError()).isNull();

        hurried.poll(mailbox);
        hurried.poll(mailbox);
        hurried.poll(mailbox);

        assertThat(takenSubjects()).containsExactly("Question 1 " + run, "Question 2 " + run, "Question 3 " + run);
        assertThat(lastUid()).isEqualTo(uids.get(2));
    }

    /** The application's poller, with something happening just before it reads the message with a given UID. */
    private MailboxPoller poller(LongConsumer beforeReading) {
        return new MailboxPoller(properties, intake, states, locks, clock, connector) {
            @Override
            void beforeReading(long uid) {
                beforeReading.accept(uid);
            }
        };
    }

    private void send(int count) throws Exception {
        for (int i = 1; i <= count; i++) {
            TestMail.send(
                    mailServer.getSmtp().getPort(),
                    "From: client-%s@example.test\nTo: %s\nSubject: Question %d %s\n\nBonjour, question %d.\n"
                            .formatted(run, TestMail.DESK, i, run, i));
        }
    }

    private void cut() {
        try {
            proxy.cut();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteWithAnotherClient(long uid) {
        try (Store store = directStore()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            Message message = ((UIDFolder) inbox).getMessageByUID(uid);
            message.setFlag(Flags.Flag.DELETED, true);
            inbox.close(true);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Long> uids() throws Exception {
        try (Store store = directStore()) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            UIDFolder folder = (UIDFolder) inbox;
            List<Long> uids = java.util.Arrays.stream(inbox.getMessages())
                    .map(message -> {
                        try {
                            return folder.getUID(message);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            inbox.close(false);
            return uids;
        }
    }

    private Store directStore() throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", mailServer.getImap().getPort(), TestMail.DESK, TestMail.SECRET);
        return store;
    }

    private List<String> takenSubjects() {
        return jdbc.sql("""
                        select t.subject from mail_message m join ticket t on t.id = m.ticket_id
                        where m.direction = 'IN' and m.mailbox = :m order by m.uid
                        """).param("m", mailbox.name()).query(String.class).list();
    }

    private List<String> held() {
        return jdbc.sql("select reason from mail_quarantine where mailbox = :m and status = 'HELD'")
                .param("m", mailbox.name())
                .query(String.class)
                .list();
    }

    private long lastUid() {
        return jdbc.sql("select last_uid from mailbox_state where name = :m")
                .param("m", mailbox.name())
                .query(Long.class)
                .single();
    }

    private String lastError() {
        return jdbc.sql("select last_error from mailbox_state where name = :m")
                .param("m", mailbox.name())
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
