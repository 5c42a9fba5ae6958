package be.miis.frontdesk.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import be.miis.frontdesk.organisation.ContactView;
import be.miis.frontdesk.organisation.EmailFailure;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.organisation.OrganisationSummary;
import be.miis.frontdesk.organisation.OrganisationView;
import be.miis.frontdesk.organisation.Region;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.web.DisplayFormat;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A contact whose address bounces shows it where the agent reads and corrects the address (docs/mail.md). */
@WebMvcTest(ContactController.class)
@Import({WebSliceSecurityConfiguration.class, DisplayFormat.class})
class ContactControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    OrganisationService organisations;

    @MockitoBean
    IdentityService identity;

    @Test
    void aFailingAddressShowsSinceWhenAndWhyOnTheContactAndInTheOrganisationsList() {
        ContactView failing = contact(new EmailFailure(
                Instant.parse("2026-11-30T09:12:00Z"),
                Instant.parse("2026-12-01T10:00:00Z"),
                "5.1.1",
                "The email account that you tried to reach does not exist."));
        given(organisations.openContact(8, "an")).willReturn(failing);
        given(organisations.get(4)).willReturn(organisation(failing));

        assertThat(mvc.get().uri("/frontdesk/contacts/8").with(user(UserAccountMother.principal(3, "an", Role.AGENT))))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"email-failure\"")
                .contains("Mail naar dit adres komt terug sinds 30/11/2026")
                .contains("Reden (5.1.1): The email account that you tried to reach does not exist.")
                .contains("Een gewijzigd adres of een nieuwe mail van dit adres wist deze melding.");
    }

    @Test
    void anAddressThatWorksShowsNoNotice() {
        ContactView fine = contact(null);
        given(organisations.openContact(8, "an")).willReturn(fine);
        given(organisations.get(4)).willReturn(organisation(fine));

        assertThat(mvc.get().uri("/frontdesk/contacts/8").with(user(UserAccountMother.principal(3, "an", Role.AGENT))))
                .hasStatusOk()
                .bodyText()
                .doesNotContain("email-failure")
                .doesNotContain("komt terug");
    }

    private static ContactView contact(@Nullable EmailFailure failure) {
        return new ContactView(
                8,
                4,
                "Sofie",
                "Maes",
                null,
                null,
                null,
                "sofie.maes@ocmw-gent.be",
                ContentLanguage.NL,
                true,
                2,
                failure);
    }

    private static OrganisationView organisation(ContactView contact) {
        return new OrganisationView(
                new OrganisationSummary(
                        4,
                        "44021",
                        "OCMW Gent",
                        "CPAS de Gand",
                        null,
                        List.of("9000"),
                        Region.FLANDERS,
                        List.of(ContentLanguage.NL),
                        true),
                null,
                null,
                null,
                null,
                List.of(),
                0,
                List.of(contact));
    }
}
