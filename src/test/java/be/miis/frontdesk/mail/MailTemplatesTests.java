package be.miis.frontdesk.mail;

import static org.assertj.core.api.Assertions.assertThat;

import be.miis.frontdesk.shared.ContentLanguage;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTests {

    private static final String REFERENCE = "CMI-2026-000123";

    private final MailTemplates templates = new MailTemplates();

    @Test
    void theAcknowledgementSaysReferenceDeadlineAndFaqInEachLanguage() {
        Map<String, Object> model = Map.of("deadline", "4 december 2026", "faqUrl", "https://portal.test/faq");

        RenderedMail dutch =
                templates.render(OutboxKind.ACKNOWLEDGEMENT, ContentLanguage.NL, REFERENCE, "Leefloon", model);
        assertThat(dutch.subject()).isEqualTo("[CMI-2026-000123] Ontvangen: Leefloon");
        assertThat(dutch.text())
                .contains("Ze heeft de referentie CMI-2026-000123.")
                .contains("binnen twee werkdagen een gedocumenteerd antwoord, uiterlijk op 4 december 2026.")
                .contains("https://portal.test/faq")
                .contains("Met vriendelijke groeten,");
        assertThat(dutch.html())
                .contains("<html lang=\"nl\">")
                .contains("<a href=\"https://portal.test/faq\">https://portal.test/faq</a>")
                .contains("uiterlijk op 4 december 2026");

        assertThat(templates
                        .render(OutboxKind.ACKNOWLEDGEMENT, ContentLanguage.FR, REFERENCE, "RIS", model)
                        .subject())
                .isEqualTo("[CMI-2026-000123] Reçu : RIS");
        assertThat(templates
                        .render(OutboxKind.ACKNOWLEDGEMENT, ContentLanguage.DE, REFERENCE, "ÖSHZ", model)
                        .text())
                .contains("Sie hat die Referenz CMI-2026-000123.");
        assertThat(templates
                        .render(OutboxKind.ACKNOWLEDGEMENT, ContentLanguage.EN, REFERENCE, "Q", model)
                        .text())
                .contains("Its reference is CMI-2026-000123.");
    }

    @Test
    void thePortalsConfirmationGivesReferenceDateAndThePrivateLinkInEachLanguage() {
        String link = "https://portal.test/portal/fr/status/aksKr0IJdFur6mTuDHJ3iecTuwy08I45ygscrReXKJA";
        Map<String, Object> model = Map.of("deadline", "4 décembre 2026", "statusUrl", link);
        RenderedMail french = templates.render("confirmation", ContentLanguage.FR, REFERENCE, "Mazout", model);
        assertThat(french.subject()).isEqualTo("[CMI-2026-000123] Reçu : Mazout");
        assertThat(french.text())
                .contains("Sa référence est CMI-2026-000123.")
                .contains("au plus tard le 4 décembre 2026.")
                .contains(link)
                .contains("quiconque l'a peut lire la réponse")
                .contains("CMI-2026-000123 dans l’objet");
        assertThat(french.html()).contains("<a href=\"" + link + "\">" + link + "</a>");
        for (ContentLanguage language : ContentLanguage.values()) {
            RenderedMail mail = templates.render("confirmation", language, REFERENCE, "Q", model);
            assertThat(mail.text())
                    .as(language.code())
                    .contains(REFERENCE)
                    .contains(link)
                    .doesNotContain("??");
            assertThat(mail.html()).as(language.code()).contains("lang=\"" + language.code() + "\"");
        }
    }

    @Test
    void theAgentsTextIsEscapedInHtmlAndKeptAsItIsInText() {
        RenderedMail answer = templates.render(
                OutboxKind.ANSWER, ContentLanguage.FR, REFERENCE, "Question", Map.of("body", "1 < 2 & <b>gras</b>"));

        assertThat(answer.subject()).isEqualTo("[CMI-2026-000123] Question");
        assertThat(answer.text()).contains("Voici notre réponse à votre question CMI-2026-000123.");
        assertThat(answer.text()).contains("1 < 2 & <b>gras</b>");
        assertThat(answer.html())
                .contains("1 &lt; 2 &amp; &lt;b&gt;gras&lt;/b&gt;")
                .doesNotContain("<b>gras");
        assertThat(answer.html()).contains("en gardant la référence CMI-2026-000123 dans l’objet");
    }

    @Test
    void aNoticeNamesItsKindInTheRecipientsLanguage() {
        RenderedMail notice = templates.render(
                OutboxKind.SLA_NOTICE,
                ContentLanguage.EN,
                REFERENCE,
                templates.message("mail.notice.BREACHED", ContentLanguage.EN),
                Map.of("name", "Eva Expert", "bodyKey", "mail.notice.BREACHED.body", "deadline", "the deadline"));

        assertThat(notice.subject()).isEqualTo("[CMI-2026-000123] Deadline passed");
        assertThat(notice.text())
                .contains("Hello Eva Expert,")
                .contains("The deadline of ticket CMI-2026-000123 passed on the deadline without an answer.");
    }

    @Test
    void aCustomersEndlessSubjectIsShortenedToOneLine() {
        RenderedMail ack = templates.render(
                OutboxKind.ACKNOWLEDGEMENT,
                ContentLanguage.NL,
                REFERENCE,
                "Vraag\r\n  over " + "x".repeat(2_000),
                Map.of("deadline", "4 december 2026", "faqUrl", "https://portal.test"));

        assertThat(ack.subject())
                .startsWith("[CMI-2026-000123] Ontvangen: Vraag over xxx")
                .endsWith("x…")
                .hasSize("[CMI-2026-000123] Ontvangen: ".length() + MailTemplates.MAX_SUBJECT);
    }

    @Test
    void datesAreWrittenAsInTheLanguageInBrussels() {
        // 23:30 UTC is already the next day in Brussels.
        Instant lateEvening = Instant.parse("2026-12-03T23:30:00Z");
        assertThat(MailTemplates.date(lateEvening, ContentLanguage.NL)).isEqualTo("4 december 2026");
        assertThat(MailTemplates.date(lateEvening, ContentLanguage.FR)).isEqualTo("4 décembre 2026");
        assertThat(MailTemplates.date(lateEvening, ContentLanguage.DE)).isEqualTo("4. Dezember 2026");
        assertThat(MailTemplates.date(lateEvening, ContentLanguage.EN)).isEqualTo("December 4, 2026");
    }

    @Test
    void ourMessageIdsNameTheDomainOfTheCentresAddress() {
        assertThat(MailOutbox.messageIdDomain("Info@CMI.Example.be")).isEqualTo("frontdesk.cmi.example.be");
    }
}
