package be.miis.frontdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import be.miis.frontdesk.organisation.ContactData;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.ticket.Channel;
import be.miis.frontdesk.ticket.OpenTicket;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A question by mail answered by mail, as the rating tests need one: the path of its mail's rating link. */
public final class AnsweredByMail {

    private static final Pattern LINK = Pattern.compile("/portal/([a-z]{2})/rating/([A-Za-z0-9_-]{43})");

    private AnsweredByMail() {}

    /** A ticket by mail from a new contact, answered by mail; the rating link's path from the answer's mail. */
    public static String ratingLink(
            TicketService tickets, OrganisationService organisations, JdbcClient jdbc, ContentLanguage language) {
        long organisation = jdbc.sql("select id from organisation order by id limit 1")
                .query(Long.class)
                .single();
        String email = "r" + UUID.randomUUID().toString().substring(0, 12) + "@rating.example";
        long contact = organisations
                .addContact(organisation, new ContactData("Rita", "Rating", null, null, null, email, language, true))
                .id();
        String reference = tickets.open(
                new OpenTicket(
                        Channel.EMAIL,
                        TicketType.QUESTION,
                        "HEATING_FUND",
                        language,
                        organisation,
                        contact,
                        "Fonds mazout",
                        "Une question sur le fonds.",
                        null,
                        null,
                        OpenTicket.Outcome.OPEN,
                        null),
                "agent");
        tickets.answer(
                reference, tickets.get(reference, "test").version(), "Voici la réponse.", Channel.EMAIL, "agent");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !answerMails(jdbc, reference).isEmpty());
        String text = answerMails(jdbc, reference).get(0);
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a rating link in the answer's mail").isTrue();
        assertThat(link.group(1)).isEqualTo(language.code());
        return link.group();
    }

    private static List<String> answerMails(JdbcClient jdbc, String reference) {
        return jdbc.sql("select text_body from mail_outbox where ticket_reference = ? and kind = 'ANSWER'")
                .param(reference)
                .query(String.class)
                .list();
    }
}
