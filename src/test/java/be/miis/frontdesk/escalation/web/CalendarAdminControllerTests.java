package be.miis.frontdesk.escalation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import be.miis.frontdesk.escalation.CalendarAdministration;
import be.miis.frontdesk.escalation.EscalationService;
import be.miis.frontdesk.escalation.InvalidCalendarException;
import be.miis.frontdesk.escalation.OpeningInterval;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.identity.UserAccountMother;
import be.miis.frontdesk.identity.WebSliceSecurityConfiguration;
import be.miis.frontdesk.shared.web.DisplayFormat;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The opening hours form: a wrong line comes back beside its weekday, a week that makes no calendar above. */
@WebMvcTest(CalendarAdminController.class)
@Import({WebSliceSecurityConfiguration.class, DisplayFormat.class})
class CalendarAdminControllerTests {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    EscalationService escalation;

    @MockitoBean
    CalendarAdministration businessCalendar;

    @MockitoBean
    IdentityService identity;

    @BeforeEach
    void calendar() {
        given(businessCalendar.closureDays(anyInt())).willReturn(List.of());
    }

    @Test
    void showsEachWeekdaysHoursAsText() {
        given(businessCalendar.openingHours())
                .willReturn(Map.of(
                        DayOfWeek.MONDAY,
                        List.of(
                                new OpeningInterval(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                                new OpeningInterval(LocalTime.of(13, 0), LocalTime.of(17, 0)))));

        assertThat(mvc.get().uri("/admin/calendar").with(admin()))
                .hasStatusOk()
                .bodyText()
                .contains("id=\"hours-monday\"", "value=\"09:00-12:00, 13:00-17:00\"", "id=\"hours-sunday\"")
                .doesNotContain("id=\"hours-error\"", "is-invalid");
    }

    @Test
    void aLineThatDoesNotReadComesBackBesideItsWeekdayAsTyped() {
        assertThat(mvc.post()
                        .uri("/admin/calendar/opening-hours")
                        .with(admin())
                        .with(csrf())
                        .param("monday", "09:00-17:00")
                        .param("friday", "nine to five"))
                .hasStatus(400)
                .bodyText()
                .contains("id=\"hours-friday-error\"", "Schrijf de uren als 09:00-12:00", "value=\"nine to five\"")
                .doesNotContain("id=\"hours-error\"");
        verify(businessCalendar, never()).changeOpeningHours(any());
    }

    @Test
    void aWeekWithoutAnyOpeningIsRefusedAboveTheForm() {
        given(businessCalendar.changeOpeningHours(any()))
                .willThrow(InvalidCalendarException.forParameter("openingHours", "escalation.calendar.noOpeningHours"));

        assertThat(mvc.post().uri("/admin/calendar/opening-hours").with(admin()).with(csrf()))
                .hasStatus(400)
                .bodyText()
                .contains("id=\"hours-error\"", "Een kalender zonder enig openingsuur")
                .doesNotContain("is-invalid");
    }

    @Test
    void aWeekThatReadsIsSavedAsIntervals() {
        given(businessCalendar.changeOpeningHours(any())).willReturn(0);

        assertThat(mvc.post()
                        .uri("/admin/calendar/opening-hours")
                        .with(admin())
                        .with(csrf())
                        .param("monday", "9:00-12:00; 13:00 – 17:00"))
                .hasRedirectedUrl("/admin/calendar");
        verify(businessCalendar)
                .changeOpeningHours(Map.of(
                        DayOfWeek.MONDAY,
                        List.of(
                                new OpeningInterval(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                                new OpeningInterval(LocalTime.of(13, 0), LocalTime.of(17, 0))),
                        DayOfWeek.TUESDAY,
                        List.of(),
                        DayOfWeek.WEDNESDAY,
                        List.of(),
                        DayOfWeek.THURSDAY,
                        List.of(),
                        DayOfWeek.FRIDAY,
                        List.of(),
                        DayOfWeek.SATURDAY,
                        List.of(),
                        DayOfWeek.SUNDAY,
                        List.of()));
    }

    private static RequestPostProcessor admin() {
        return user(UserAccountMother.principal(4, "admin", Role.ADMIN));
    }
}
