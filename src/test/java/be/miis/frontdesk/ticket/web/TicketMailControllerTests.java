package be.miis.frontdesk.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.web.DisplayFormat;
import be.miis.frontdesk.ticket.EntryAttachment;
import be.miis.frontdesk.ticket.EntryAttachments;
import be.miis.frontdesk.ticket.TicketNotFoundException;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketViewMother;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The attachments of a customer's mail on the ticket page: listed (kept ones with a link, refused ones with the
 * reason), downloaded as a file with a safe name and type, and the mail's formatting in a page of its own
 * (docs/mail.md, "Attachments").
 */
@WebMvcTest({TicketMailController.class, TicketController.class})
@Import({WebSliceSecurityConfiguration.class, DisplayFormat.class})
class TicketMailControllerTests {

    static final String REFERENCE = "CMI-2026-000007";

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TicketService tickets;

    @MockitoBean
    DomainCatalogue domains;

    @MockitoBean
    IdentityService identity;

    @Test
    void theTimelineListsKeptAttachmentsWithALinkAndRefusedOnesWithTheReason() {
        given(tickets.get(REFERENCE, "agent"))
                .willReturn(TicketViewMother.newQuestion(
                        REFERENCE,
                        List.of(TicketViewMother.mailWithAttachments(
                                "Bonjour, voici le dossier.",
                                List.of(
                                        new EntryAttachment(
                                                31, "dossier.pdf", 2_500_000, "application/pdf", null, "/api/x"),
                                        new EntryAttachment(
                                                32,
                                                "facture.pdf.exe",
                                                4096,
                                                "application/x-msdownload",
                                                EntryAttachments.NotKept.TYPE,
                                                null)),
                                5L))));

        assertThat(mvc.get().uri("/frontdesk/tickets/" + REFERENCE).with(agent()))
                .hasStatusOk()
                .bodyText()
                .contains("href=\"/frontdesk/tickets/" + REFERENCE + "/attachments/31\"", "dossier.pdf", "2,4 MB")
                .contains("facture.pdf.exe", "niet bewaard", "dit soort bestand wordt niet bewaard", "4 kB")
                .doesNotContain("/attachments/32")
                .contains("href=\"/frontdesk/tickets/" + REFERENCE + "/mails/5\"", "Oorspronkelijke opmaak bekijken");
    }

    @Test
    void anAttachmentIsDownloadedAsAFileUnderASafeNameAndItsAllowedType() {
        byte[] pdf = "%PDF-1.4 ...".getBytes(StandardCharsets.US_ASCII);
        given(tickets.attachment(REFERENCE, 31, "agent"))
                .willReturn(new EntryAttachments.Download(
                        "évaluation \"finale\".pdf", "application/pdf", pdf.length, new ByteArrayResource(pdf)));

        assertThat(mvc.get()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/attachments/31")
                        .with(agent()))
                .hasStatusOk()
                .hasContentType("application/pdf")
                .hasHeader(
                        "Content-Disposition",
                        "attachment; filename=\"_valuation _finale_.pdf\"; "
                                + "filename*=UTF-8''%C3%A9valuation%20%22finale%22.pdf")
                .hasHeader("X-Content-Type-Options", "nosniff")
                .hasHeader("Cache-Control", "no-store")
                .hasBodyTextEqualTo("%PDF-1.4 ...");
    }

    @Test
    void theFormattedMailIsShownInsideTheApplicationsPageWithItsImagesFromTheTicket() {
        given(tickets.formattedMail(eq(REFERENCE), eq(5L), any(), eq("agent")))
                .willAnswer(call -> "<p>Bonjour <img src=\""
                        + call.<LongFunction<String>>getArgument(2).apply(33)
                        + "\" alt=\"Logo\"></p>");

        assertThat(mvc.get().uri("/frontdesk/tickets/" + REFERENCE + "/mails/5").with(agent()))
                .hasStatusOk()
                .hasViewName("ticket/mail")
                .bodyText()
                .contains("<p>Bonjour <img src=\"/frontdesk/tickets/" + REFERENCE
                        + "/attachments/33\" alt=\"Logo\"></p>");
    }

    @Test
    void anUnknownAttachmentIsA404() {
        given(tickets.attachment(REFERENCE, 99, "agent")).willThrow(TicketNotFoundException.forReference(REFERENCE));

        assertThat(mvc.get()
                        .uri("/frontdesk/tickets/" + REFERENCE + "/attachments/99")
                        .with(agent()))
                .hasStatus(404);
    }

    private static RequestPostProcessor agent() {
        return user(UserAccountMother.principal(1, "agent", Role.AGENT));
    }
}
