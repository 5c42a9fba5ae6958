package be.miis.frontdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class TicketTests {

    private static final Instant LATER = TicketMother.RECEIVED.plusSeconds(3600);

    @Test
    void aNewTicketStartsWithTheQuestionInItsTimeline() {
        Ticket ticket = TicketMother.newQuestion();

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.entries())
                .extracting(TicketEntry::kind, TicketEntry::channel, TicketEntry::body, TicketEntry::author)
                .containsExactly(tuple(
                        EntryKind.INCOMING,
                        Channel.PHONE,
                        "Hoe berekenen we het leefloon van een samenwonende student?",
                        "agent"));
    }

    @Test
    void answeringANewTicketRecordsTheAnswerAndTheStatusChange() {
        Ticket ticket = TicketMother.newQuestion();

        ticket.answer("Het tarief samenwonende is van toepassing.", Channel.EMAIL, "agent", LATER);

        assertThat(ticket.status()).isEqualTo(TicketStatus.ANSWERED);
        assertThat(ticket.answeredAt()).isEqualTo(LATER);
        assertThat(ticket.entries())
                .extracting(TicketEntry::kind, TicketEntry::channel, TicketEntry::oldValue, TicketEntry::newValue)
                .containsExactly(
                        tuple(EntryKind.INCOMING, Channel.PHONE, null, null),
                        tuple(EntryKind.ANSWER, Channel.EMAIL, null, null),
                        tuple(EntryKind.CHANGE, null, "NEW", "ANSWERED"));
    }

    @Test
    void whoeverAnswersAnEscalatedTicketTakesIt() {
        Ticket ticket = TicketMother.in(TicketStatus.ESCALATED);

        ticket.answer("Gedocumenteerd antwoord", Channel.EMAIL, "expert", LATER);

        assertThat(ticket.status()).isEqualTo(TicketStatus.ANSWERED);
        assertThat(ticket.assignee()).isEqualTo("expert");
        assertThat(ticket.entries())
                .filteredOn(entry -> "status".equals(entry.field()))
                .extracting(TicketEntry::newValue)
                .containsExactly("ESCALATED", "IN_PROGRESS", "ANSWERED");
    }

    @Test
    void anAnsweredOrClosedTicketCannotBeAnsweredAgainWithoutReopening() {
        for (TicketStatus status : new TicketStatus[] {TicketStatus.ANSWERED, TicketStatus.CLOSED}) {
            Ticket ticket = TicketMother.in(status);
            int entries = ticket.entries().size();

            assertThatThrownBy(() -> ticket.answer("Nog eens", Channel.PHONE, "agent", LATER))
                    .isInstanceOf(IllegalTransitionException.class);
            assertThat(ticket.entries()).as("nothing half-written").hasSize(entries);
        }
    }

    @Test
    void onlyAnAnsweredTicketCanBeClosed() {
        for (TicketStatus status : TicketStatus.values()) {
            Ticket ticket = TicketMother.in(status);
            if (status == TicketStatus.ANSWERED) {
                ticket.close("agent", LATER);
                assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
                assertThat(ticket.closedAt()).isEqualTo(LATER);
            } else {
                assertThatThrownBy(() -> ticket.close("agent", LATER))
                        .as(status.name())
                        .isInstanceOf(IllegalTransitionException.class)
                        .satisfies(e -> assertThat(((IllegalTransitionException) e).from())
                                .isEqualTo(status));
            }
        }
    }

    @Test
    void onlyANewTicketCanBeEscalatedAndEscalatingAnnouncesIt() {
        Ticket ticket = TicketMother.newQuestion();
        ReflectionTestUtils.setField(ticket, "id", 17L);
        ReflectionTestUtils.invokeMethod(ticket, "clearDomainEvents");

        ticket.escalate(
                new EscalationRequest(4L, EscalationPriority.URGENT, "  Checked the circular of 2024; no answer.  "),
                TicketMother.DESK,
                "agent",
                LATER);

        assertThat(ticket.status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(ticket.escalated()).isTrue();
        assertThat(ReflectionTestUtils.<Iterable<Object>>invokeMethod(ticket, "domainEvents"))
                .containsExactly(new TicketEscalated(
                        17L,
                        "CMI-2026-000001",
                        "RMI",
                        TicketType.QUESTION,
                        TicketMother.RECEIVED,
                        4L,
                        EscalationPriority.URGENT,
                        "agent",
                        LATER));
        assertThat(ticket.entries())
                .filteredOn(e -> e.kind() == EntryKind.NOTE)
                .extracting(TicketEntry::body)
                .containsExactly("Checked the circular of 2024; no answer.");
        assertThat(ticket.entries())
                .filteredOn(e -> "priority".equals(e.field()))
                .extracting(TicketEntry::newValue)
                .containsExactly("URGENT");
        for (TicketStatus status : TicketStatus.values()) {
            if (status != TicketStatus.NEW) {
                assertThatThrownBy(() -> TicketMother.in(status)
                                .escalate(EscalationRequest.toDomainQueue(), TicketMother.DESK, "agent", LATER))
                        .as(status.name())
                        .isInstanceOf(IllegalTransitionException.class);
            }
        }
    }

    @Test
    void aHandOffTheBackofficeRefusesIsTheTicketsOwnValidationErrorAndAnnouncesNothing() {
        Ticket ticket = TicketMother.newQuestion();
        ReflectionTestUtils.invokeMethod(ticket, "clearDomainEvents");
        List<EscalationDesk.HandOff> asked = new ArrayList<>();
        EscalationDesk closedQueue = handOff -> {
            asked.add(handOff);
            return new EscalationDesk.Refused("queueId", "escalation.queue.unknown");
        };

        assertThatThrownBy(() -> ticket.escalate(
                        new EscalationRequest(4L, EscalationPriority.NORMAL, "note"), closedQueue, "agent", LATER))
                .isInstanceOfSatisfying(InvalidTicketException.class, e -> {
                    assertThat(e.field()).isEqualTo("queueId");
                    assertThat(e.messageKey()).isEqualTo("escalation.queue.unknown");
                });

        assertThat(asked)
                .containsExactly(new EscalationDesk.HandOff(
                        1L,
                        "CMI-2026-000001",
                        "RMI",
                        TicketType.QUESTION,
                        TicketMother.RECEIVED,
                        4L,
                        EscalationPriority.NORMAL,
                        "agent",
                        LATER));
        assertThat(ReflectionTestUtils.<Iterable<Object>>invokeMethod(ticket, "domainEvents"))
                .isEmpty();
        assertThat(ticket.entries()).noneMatch(e -> e.kind() == EntryKind.NOTE);
        // Without a backoffice at all (the ticket module on its own), escalating is refused the same way.
        assertThatThrownBy(() -> TicketMother.newQuestion()
                        .escalate(EscalationRequest.toDomainQueue(), EscalationDesk.NONE, "agent", LATER))
                .isInstanceOf(InvalidTicketException.class);
    }

    @Test
    void everyStepOfEveryTicketIsAnnouncedWithWhatAListenerNeeds() {
        Ticket ticket = TicketMother.newQuestion();
        Customer customer = new Customer(Channel.PHONE, ContentLanguage.NL, 4L, 8L);

        ticket.waitForCustomer("Stuur het attest.", "agent", LATER);
        ticket.receiveReply("Hier is het attest.", Channel.LETTER, "agent", LATER);
        ticket.answer("Het tarief samenwonende.", Channel.EMAIL, "agent", LATER);
        ticket.close("agent", LATER);
        ticket.receiveReply("Nog een vraag.", Channel.PHONE, "agent", LATER);

        List<TicketEntry> entries = ticket.entries();
        Function<EntryKind, UUID> uid = kind -> entries.stream()
                .filter(e -> e.kind() == kind)
                .map(TicketEntry::uid)
                .findFirst()
                .orElseThrow();
        List<TicketEntry> incoming =
                entries.stream().filter(e -> e.kind() == EntryKind.INCOMING).toList();
        assertThat(ReflectionTestUtils.<Iterable<Object>>invokeMethod(ticket, "domainEvents"))
                .containsExactly(
                        new TicketOpened(
                                1L,
                                "CMI-2026-000001",
                                customer,
                                TicketType.QUESTION,
                                "RMI",
                                TicketMother.RECEIVED,
                                "agent",
                                TicketMother.RECEIVED),
                        new TicketPaused(
                                1L,
                                "CMI-2026-000001",
                                customer,
                                false,
                                uid.apply(EntryKind.REQUEST),
                                "Stuur het attest.",
                                "agent",
                                LATER),
                        new CustomerReplied(
                                1L,
                                "CMI-2026-000001",
                                customer,
                                incoming.get(1).uid(),
                                Channel.LETTER,
                                "Hier is het attest.",
                                "agent",
                                LATER),
                        new TicketResumed(1L, "CMI-2026-000001", false, "Hier is het attest.", "agent", LATER),
                        new TicketAnswered(
                                1L,
                                "CMI-2026-000001",
                                customer,
                                false,
                                uid.apply(EntryKind.ANSWER),
                                Channel.EMAIL,
                                "Het tarief samenwonende.",
                                "agent",
                                LATER),
                        new TicketClosed(1L, "CMI-2026-000001", customer, false, "agent", LATER),
                        new CustomerReplied(
                                1L,
                                "CMI-2026-000001",
                                customer,
                                incoming.get(2).uid(),
                                Channel.PHONE,
                                "Nog een vraag.",
                                "agent",
                                LATER),
                        new TicketReopened(1L, "CMI-2026-000001", false, "agent", LATER));
        assertThat(entries.stream().map(TicketEntry::uid).distinct()).hasSize(entries.size());
    }

    @Test
    void anEscalatedTicketIsAssignedAndHandedBackToTheFrontdesk() {
        Ticket ticket = TicketMother.in(TicketStatus.ESCALATED);
        ReflectionTestUtils.setField(ticket, "id", 18L);
        ReflectionTestUtils.invokeMethod(ticket, "clearDomainEvents");

        ticket.assign("eva", "lead", LATER);
        assertThat(ticket.status()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.assignee()).isEqualTo("eva");
        ticket.assign("eric", "eva", LATER);
        assertThat(ticket.assignee()).isEqualTo("eric");

        ticket.returnToFrontdesk("The answer is in FAQ 12: the frontdesk can give it.", "eric", LATER);

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.assignee()).isNull();
        assertThat(ReflectionTestUtils.<Iterable<Object>>invokeMethod(ticket, "domainEvents"))
                .containsExactly(
                        new TicketAssigned(18L, ticket.reference(), "eva", "lead", LATER),
                        new TicketAssigned(18L, ticket.reference(), "eric", "eva", LATER),
                        new TicketReturned(18L, ticket.reference(), "eric", LATER));
        // Back with the frontdesk: a wait and a reply bring it back to the frontdesk, not to the backoffice.
        ticket.waitForCustomer("Send the extract, please.", "agent", LATER);
        ticket.receiveReply("Here is the extract.", Channel.EMAIL, "agent", LATER);
        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThatThrownBy(() -> ticket.returnToFrontdesk("again", "eric", LATER))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aCustomerReplyResumesAWaitingTicketWhereItWas() {
        Ticket frontdesk = TicketMother.in(TicketStatus.WAITING_FOR_CUSTOMER);
        frontdesk.receiveReply("Hier is het attest", Channel.EMAIL, "agent", LATER);
        assertThat(frontdesk.status()).isEqualTo(TicketStatus.NEW);

        Ticket backoffice = TicketMother.in(TicketStatus.IN_PROGRESS);
        backoffice.waitForCustomer("Stuur het attest.", "expert", LATER);
        backoffice.receiveReply("Hier is het attest", Channel.EMAIL, "agent", LATER);
        assertThat(backoffice.status()).isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void waitingRecordsWhatWasAskedAndResumingWhatWasReceivedForTheMailToSend() {
        Ticket ticket = TicketMother.in(TicketStatus.NEW);

        ticket.waitForCustomer("Stuur het huurcontract.", "agent", LATER);
        ticket.resume("Huurcontract ontvangen per post.", Channel.LETTER, "agent", LATER);

        assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
        assertThat(ticket.entries())
                .filteredOn(e -> e.kind() == EntryKind.REQUEST || e.kind() == EntryKind.INCOMING)
                .extracting(TicketEntry::kind, TicketEntry::body)
                .containsExactly(
                        tuple(EntryKind.INCOMING, ticket.description()),
                        tuple(EntryKind.REQUEST, "Stuur het huurcontract."),
                        tuple(EntryKind.INCOMING, "Huurcontract ontvangen per post."));
        // Also for a ticket the frontdesk keeps: the request is for the customer, whoever has the ticket.
        assertThat(ReflectionTestUtils.<Iterable<Object>>invokeMethod(ticket, "domainEvents"))
                .containsExactly(
                        new TicketOpened(
                                1L,
                                ticket.reference(),
                                new Customer(Channel.PHONE, ContentLanguage.NL, 4L, 8L),
                                TicketType.QUESTION,
                                "RMI",
                                TicketMother.RECEIVED,
                                "agent",
                                TicketMother.RECEIVED),
                        new TicketPaused(
                                1L,
                                ticket.reference(),
                                new Customer(Channel.PHONE, ContentLanguage.NL, 4L, 8L),
                                false,
                                ticket.entries().get(2).uid(),
                                "Stuur het huurcontract.",
                                "agent",
                                LATER),
                        new CustomerReplied(
                                1L,
                                ticket.reference(),
                                new Customer(Channel.PHONE, ContentLanguage.NL, 4L, 8L),
                                ticket.entries().get(3).uid(),
                                Channel.LETTER,
                                "Huurcontract ontvangen per post.",
                                "agent",
                                LATER),
                        new TicketResumed(
                                1L, ticket.reference(), false, "Huurcontract ontvangen per post.", "agent", LATER));
    }

    @Test
    void onlyAWaitingTicketIsResumed() {
        Ticket ticket = TicketMother.in(TicketStatus.NEW);

        assertThatThrownBy(() -> ticket.resume("Iets ontvangen", Channel.EMAIL, "agent", LATER))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(ticket.entries()).hasSize(1);
    }

    @Test
    void aCustomerReplyReopensAnAnsweredOrClosedTicket() {
        Ticket closed = TicketMother.in(TicketStatus.CLOSED);

        closed.receiveReply("Nog een vraag hierover", Channel.PHONE, "agent", LATER);

        assertThat(closed.status()).isEqualTo(TicketStatus.NEW);
        assertThat(closed.closedAt()).isNull();
        assertThat(closed.entries().get(closed.entries().size() - 2).kind()).isEqualTo(EntryKind.INCOMING);
    }

    @Test
    void aReplyToAnOpenTicketOnlyAddsToTheConversation() {
        Ticket ticket = TicketMother.in(TicketStatus.ESCALATED);

        ticket.receiveReply("Aanvulling", Channel.EMAIL, "agent", LATER);

        assertThat(ticket.status()).isEqualTo(TicketStatus.ESCALATED);
        assertThat(ticket.entries().get(ticket.entries().size() - 1).body()).isEqualTo("Aanvulling");
    }

    @Test
    void reopeningGoesBackToWhoeverWorkedOnIt() {
        Ticket frontdesk = TicketMother.in(TicketStatus.ANSWERED);
        frontdesk.reopen("agent", LATER);
        assertThat(frontdesk.status()).isEqualTo(TicketStatus.NEW);

        Ticket backoffice = TicketMother.in(TicketStatus.IN_PROGRESS);
        backoffice.answer("Antwoord", Channel.EMAIL, "expert", LATER);
        backoffice.close("expert", LATER);
        backoffice.reopen("agent", LATER);
        assertThat(backoffice.status()).isEqualTo(TicketStatus.IN_PROGRESS);

        assertThatThrownBy(() -> TicketMother.newQuestion().reopen("agent", LATER))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aNoteIsAllowedInEveryStatusAndChangesNoStatus() {
        for (TicketStatus status : TicketStatus.values()) {
            Ticket ticket = TicketMother.in(status);

            ticket.addNote("Intern: navragen bij collega", "agent", LATER);

            assertThat(ticket.status()).isEqualTo(status);
            assertThat(ticket.entries().get(ticket.entries().size() - 1).kind()).isEqualTo(EntryKind.NOTE);
        }
    }

    @Test
    void reclassifyingRecordsOnlyWhatReallyChanged() {
        Ticket ticket = TicketMother.newQuestion();

        ticket.changeDomain("RMI", "agent", LATER);
        ticket.changeLanguage(ContentLanguage.NL, "agent", LATER);
        ticket.changeCaller(4L, 8L, "agent", LATER);
        assertThat(ticket.entries()).hasSize(1);

        ticket.changeDomain("ESF", "agent", LATER);
        ticket.changeLanguage(ContentLanguage.FR, "agent", LATER);
        ticket.changeCaller(5L, null, "agent", LATER);

        assertThat(ticket.entries())
                .filteredOn(entry -> entry.kind() == EntryKind.CHANGE)
                .extracting(TicketEntry::field, TicketEntry::oldValue, TicketEntry::newValue)
                .containsExactly(
                        tuple("domain", "RMI", "ESF"),
                        tuple("language", "nl", "fr"),
                        tuple("organisation", "4", "5"),
                        tuple("contact", "8", null));
        assertThat(ticket.domainCode()).isEqualTo("ESF");
        assertThat(ticket.contactId()).isNull();
    }
}
