package be.miis.frontdesk.organisation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import be.miis.frontdesk.organisation.ImportKind;
import be.miis.frontdesk.organisation.ImportReport;
import be.miis.frontdesk.organisation.ImportStatus;
import be.miis.frontdesk.organisation.OrganisationService;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.web.DisplayFormat;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The organisation import's pages, made of the shared import fragments. */
@WebMvcTest(OrganisationImportController.class)
@Import({WebSliceSecurityConfiguration.class, DisplayFormat.class})
class OrganisationImportControllerTests {

    private static final Instant STARTED = Instant.parse("2026-11-29T10:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    OrganisationService organisations;

    @MockitoBean
    IdentityService identity;

    @Test
    void theImportPageOffersBothKindsAndListsTheRecentImports() {
        given(organisations.recentImports()).willReturn(List.of(report(ImportStatus.DONE, List.of())));

        assertThat(mvc.get().uri("/admin/imports").with(admin()))
                .hasViewName("organisation/imports")
                .bodyText()
                .contains("id=\"kind-ORGANISATIONS\"", "id=\"kind-CONTACTS\"", "id=\"dryRun\"")
                .contains("href=\"/admin/imports/7\"", "gemeenten.csv")
                .contains("Klaar");
    }

    @Test
    void aRunningImportPollsItsFragmentAndAFinishedOneStopsAndListsItsProblems() {
        given(organisations.findImport(7)).willReturn(report(ImportStatus.RUNNING, List.of()));

        assertThat(mvc.get()
                        .uri("/admin/imports/7")
                        .header("HX-Request", "true")
                        .with(admin()))
                .hasViewName("organisation/import :: report")
                .bodyText()
                .contains("hx-trigger=\"every 1s\"")
                .contains("<progress id=\"import-progress\"")
                .contains("value=\"25\"");

        given(organisations.findImport(7))
                .willReturn(report(
                        ImportStatus.DONE,
                        List.of(new ImportProblem(3, "region", "organisation.import.region", "Mars"))));
        assertThat(mvc.get().uri("/admin/imports/7").with(admin()))
                .hasViewName("organisation/import")
                .bodyText()
                .doesNotContain("hx-trigger")
                .contains("id=\"import-problems\"")
                .contains("Mars");
    }

    @Test
    void anInterruptedImportStopsPollingAndSaysHowFarItGot() {
        given(organisations.findImport(7)).willReturn(report(ImportStatus.INTERRUPTED, List.of()));

        assertThat(mvc.get().uri("/admin/imports/7").with(admin()))
                .bodyText()
                .doesNotContain("hx-trigger")
                .contains("Onderbroken")
                .contains("500 van 2.000 regels waren al verwerkt");
    }

    private static ImportReport report(ImportStatus status, List<ImportProblem> problems) {
        return new ImportReport(
                7,
                ImportKind.ORGANISATIONS,
                true,
                "gemeenten.csv",
                status,
                2_000,
                500,
                0,
                0,
                0,
                problems,
                problems.size(),
                problems.size(),
                List.of(),
                STARTED,
                status == ImportStatus.RUNNING ? null : STARTED.plusSeconds(30));
    }

    private static RequestPostProcessor admin() {
        return user(UserAccountMother.principal(4, "admin", Role.ADMIN));
    }
}
