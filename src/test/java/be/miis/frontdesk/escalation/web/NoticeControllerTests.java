package be.miis.frontdesk.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.escalation.NoticeView;
import be.miis.frontdesk.escalation.SlaNotices;
import be.miis.frontdesk.escalation.WarningKind;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import be.miis.frontdesk.shared.PagedResult;
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

@WebMvcTest(NoticeController.class)
@Import({WebSliceSecurityConfiguration.class, DisplayFormat.class})
class NoticeControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    SlaNotices notices;

    /** The layout's user model advice needs it; these pages never look a user up. */
    @MockitoBean
    IdentityService identity;

    @Test
    void anExpertSeesTheirWarningsNewestFirstWithALinkToTheTicket() {
        given(notices.findNotices("expert", null, NoticeController.PAGE_SIZE))
                .willReturn(new PagedResult<>(
                        List.of(new NoticeView(
                                7,
                                "CMI-2026-000007",
                                WarningKind.BREACHED,
                                Instant.parse("2026-06-02T16:00:00Z"),
                                null)),
                        "7"));
        given(notices.countUnread("expert")).willReturn(1L);

        assertThat(mvc.get().uri("/backoffice/notices").with(as("expert", Role.EXPERT)))
                .hasStatusOk()
                .hasViewName("escalation/notices")
                .bodyText()
                .contains("href=\"/frontdesk/tickets/CMI-2026-000007\"")
                .contains("/backoffice/notices/7/read")
                .contains("before=7");
    }

    @Test
    void aManagerWhoLeadsAQueueMayReadWarningsButAnAgentMayNot() {
        given(notices.findNotices("manager", null, NoticeController.PAGE_SIZE))
                .willReturn(new PagedResult<>(List.of(), null));

        assertThat(mvc.get().uri("/backoffice/notices").with(as("manager", Role.MANAGER)))
                .hasStatusOk();
        assertThat(mvc.get().uri("/backoffice/notices").with(as("agent", Role.AGENT)))
                .hasStatus(403);
        assertThat(mvc.get().uri("/backoffice/queues/1").with(as("manager", Role.MANAGER)))
                .as("the rest of the backoffice stays the experts'")
                .hasStatus(403);
    }

    @Test
    void theBadgeSaysHowManyAreUnreadAndIsNotSwappedWhenTheCountDidNotChange() {
        given(notices.countUnread("expert")).willReturn(3L);

        assertThat(mvc.get()
                        .uri("/backoffice/notices/badge")
                        .header("HX-Request", "true")
                        .with(as("expert", Role.EXPERT)))
                .hasStatusOk()
                .doesNotContainHeader("HX-Reswap")
                .bodyText()
                .contains("shown=3")
                .contains("3 nieuw");
        assertThat(mvc.get()
                        .uri("/backoffice/notices/badge?shown=3")
                        .header("HX-Request", "true")
                        .with(as("expert", Role.EXPERT)))
                .hasHeader("HX-Reswap", "none");
    }

    @Test
    void markingReadChangesOnlyTheUsersOwnNotices() {
        assertThat(mvc.post()
                        .uri("/backoffice/notices/7/read")
                        .with(as("expert", Role.EXPERT))
                        .with(csrf()))
                .hasRedirectedUrl("/backoffice/notices");
        verify(notices).markRead("expert", 7);

        assertThat(mvc.post()
                        .uri("/backoffice/notices/read")
                        .with(as("expert", Role.EXPERT))
                        .with(csrf()))
                .hasRedirectedUrl("/backoffice/notices");
        verify(notices).markAllRead("expert");
    }

    private static RequestPostProcessor as(String username, Role role) {
        return user(UserAccountMother.principal(1L, username, role));
    }
}
