package be.miis.frontdesk.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.QueueAdministration;
import be.miis.frontdesk.escalation.QueueChange;
import be.miis.frontdesk.escalation.QueueSummary;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import be.miis.frontdesk.shared.web.DisplayFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The queue form: what was typed comes back with the reason above it; a saved queue goes back to the list. */
@WebMvcTest(QueueAdminController.class)
@Import({WebSliceSecurityConfiguration.class, DisplayFormat.class})
class QueueAdminControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    EscalationService escalation;

    @MockitoBean
    QueueAdministration queueAdmin;

    @MockitoBean
    IdentityService identity;

    @BeforeEach
    void queue() {
        given(queueAdmin.findQueue(5L))
                .willReturn(Optional.of(new QueueSummary(
                        5L,
                        "ESF",
                        "Europees Sociaal Fonds",
                        "Fonds social européen",
                        "Europäischer Sozialfonds",
                        "European Social Fund",
                        "ESF",
                        3,
                        true,
                        null,
                        new TreeSet<>(Set.of("expert")),
                        4)));
        given(queueAdmin.experts()).willReturn(List.of());
    }

    @Test
    void theFormShowsTheQueueAtItsVersion() {
        assertThat(mvc.get().uri("/admin/queues/5").with(admin()))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"version\" value=\"4\"", "value=\"Europees Sociaal Fonds\"", "value=\"3\"")
                .doesNotContain("alert-danger");
    }

    @Test
    void aQueueChangedMeanwhileIsRefusedWithWhatWasTypedKept() {
        willThrow(new ObjectOptimisticLockingFailureException("EscalationQueue", 5L))
                .given(queueAdmin)
                .changeQueue(anyLong(), anyInt(), any());

        assertThat(mvc.post()
                        .uri("/admin/queues/5")
                        .with(admin())
                        .with(csrf())
                        .param("version", "3")
                        .param("nameNl", "ESF-projecten")
                        .param("slaWorkingDays", "5"))
                .hasStatus(409)
                .bodyText()
                .contains(
                        "Iemand anders wijzigde deze wachtrij intussen",
                        "value=\"ESF-projecten\"",
                        "value=\"5\"",
                        "name=\"version\" value=\"4\"");
    }

    @Test
    void aGuaranteeThatIsNotANumberIsAnErrorOnThePageNotAFailure() {
        assertThat(mvc.post()
                        .uri("/admin/queues/5")
                        .with(admin())
                        .with(csrf())
                        .param("version", "4")
                        .param("slaWorkingDays", "drie"))
                .hasStatus(400)
                .bodyText()
                .contains("alert-danger");
        verify(queueAdmin, never()).changeQueue(anyLong(), anyInt(), any());
    }

    @Test
    void aSavedQueueGoesBackToTheList() {
        assertThat(mvc.post()
                        .uri("/admin/queues/5")
                        .with(admin())
                        .with(csrf())
                        .param("version", "4")
                        .param("nameNl", "ESF")
                        .param("nameFr", "FSE")
                        .param("nameDe", "ESF")
                        .param("nameEn", "ESF")
                        .param("slaWorkingDays", "2")
                        .param("active", "true")
                        .param("leadUsername", "")
                        .param("members", "expert", "expert2"))
                .hasRedirectedUrl("/admin/queues");
        verify(queueAdmin)
                .changeQueue(
                        5L, 4, new QueueChange("ESF", "FSE", "ESF", "ESF", 2, true, null, Set.of("expert", "expert2")));
    }

    private static RequestPostProcessor admin() {
        return user(UserAccountMother.principal(4, "admin", Role.ADMIN));
    }
}
