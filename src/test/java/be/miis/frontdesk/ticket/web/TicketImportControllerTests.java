package be.miis.frontdesk.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import be.miis.frontdesk.shared.ImportProblem;
import be.miis.frontdesk.shared.web.DisplayFormat;
import be.miis.frontdesk.ticket.TicketImportReport;
import be.miis.frontdesk.ticket.TicketImportStatus;
import be.miis.frontdesk.ticket.TicketImports;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(TicketImportController.class)
@Import({WebSliceSecurityConfiguration.class, DisplayFormat.class})
class TicketImportControllerTests {

    private static final Instant STARTED = Instant.parse("2026-11-29T10:00:00Z");

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    TicketImports imports;

    @MockitoBean
    IdentityService identity;

    @Test
    void onlyAdministratorsReachTheImport() {
        assertThat(mvc.get()
                        .uri("/admin/ticket-imports")
                        .with(user(UserAccountMother.principal(1, "agent", Role.AGENT))))
                .hasStatus(403);
        assertThat(mvc.get().uri("/admin/ticket-imports").with(admin()))
                .hasStatusOk()
                .hasViewName("ticket/imports");
    }

    @Test
    void anUploadStartsTheImportWithTheChoiceOfSkippingAndShowsItsProgress() {
        // The import takes over the copy of the upload and deletes it when done; here the mock does.
        given(imports.startImport(eq("historiek.csv"), any(Path.class), eq(true), eq("admin")))
                .willAnswer(call -> {
                    Path copy = call.getArgument(1);
                    assertThat(copy).hasContent("received_at,channel\n2024-01-01T10:00,PHONE");
                    Files.delete(copy);
                    return 42L;
                });

        assertThat(mvc.post()
                        .uri("/admin/ticket-imports")
                        .multipart()
                        .file(new MockMultipartFile(
                                "file",
                                "historiek.csv",
                                "text/csv",
                                "received_at,channel\n2024-01-01T10:00,PHONE\n".getBytes(StandardCharsets.UTF_8)))
                        .param("skipInvalid", "true")
                        .with(admin())
                        .with(csrf()))
                .hasRedirectedUrl("/admin/ticket-imports/42");
    }

    @Test
    void anEmptyUploadIsRefusedWithoutStartingAnything() {
        assertThat(mvc.post()
                        .uri("/admin/ticket-imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "leeg.csv", "text/csv", new byte[0]))
                        .with(admin())
                        .with(csrf()))
                .hasRedirectedUrl("/admin/ticket-imports");
        verify(imports, never()).startImport(anyString(), any(Path.class), anyBoolean(), anyString());
    }

    @Test
    void aRunningImportPollsItsFragmentAndAFinishedOneStops() {
        given(imports.findImport(7)).willReturn(report(TicketImportStatus.RUNNING, List.of()));

        assertThat(mvc.get()
                        .uri("/admin/ticket-imports/7")
                        .header("HX-Request", "true")
                        .with(admin()))
                .hasViewName("ticket/import :: report")
                .bodyText()
                .contains("hx-trigger=\"every 1s\"")
                .contains("<progress id=\"import-progress\"")
                .contains("value=\"60\"");

        given(imports.findImport(7))
                .willReturn(report(
                        TicketImportStatus.REFUSED,
                        List.of(new ImportProblem(3, "channel", "ticket.import.channel", "FAX"))));
        assertThat(mvc.get().uri("/admin/ticket-imports/7").with(admin()))
                .hasViewName("ticket/import")
                .bodyText()
                .doesNotContain("hx-trigger")
                .contains("&quot;FAX&quot; is geen kanaal");
    }

    @Test
    void anInterruptedImportSaysHowFarItGot() {
        given(imports.findImport(8)).willReturn(report(TicketImportStatus.INTERRUPTED, List.of()));

        assertThat(mvc.get().uri("/admin/ticket-imports/8").with(admin()))
                .bodyText()
                .doesNotContain("hx-trigger")
                .contains("Onderbroken")
                .contains("12.000 van 20.000 tickets waren al ingelezen");
    }

    private static TicketImportReport report(TicketImportStatus status, List<ImportProblem> problems) {
        return new TicketImportReport(
                7,
                "historiek.csv",
                false,
                status,
                TicketImportReport.Phase.IMPORTING,
                60,
                20_000,
                12_000,
                0,
                0,
                problems.size(),
                problems,
                STARTED,
                status == TicketImportStatus.RUNNING ? null : STARTED.plusSeconds(30));
    }

    private static RequestPostProcessor admin() {
        return user(UserAccountMother.principal(4, "admin", Role.ADMIN));
    }
}
