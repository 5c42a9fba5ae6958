package be.miis.frontdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.miis.frontdesk.identity.CreateUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.Role;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.Language;
import be.miis.frontdesk.shared.NotPermittedException;
import be.miis.frontdesk.test.FrontdeskIntegrationTest;
import be.miis.frontdesk.test.WebSession;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Mystery calls (docs/reviews.md): recorded through the form with its checks, listed, counted per month. */
@FrontdeskIntegrationTest
class MysteryCallIT {

    @LocalServerPort
    int port;

    @Autowired
    MysteryCallService calls;

    @Autowired
    IdentityService identity;

    @Autowired
    Clock clock;

    private String user(Role... roles) {
        String username = "myst-" + UUID.randomUUID().toString().substring(0, 8);
        identity.create(
                new CreateUser(username, "Test", null, "demo", Language.EN, EnumSet.copyOf(List.of(roles))), "test");
        return username;
    }

    @Test
    void aReviewerRecordsATestCallThroughTheFormAndFollowsTheMonth() throws Exception {
        String reviewer = user(Role.MANAGER);
        WebSession session = new WebSession(port).login(reviewer);
        int before = calls.monthly(calls.currentMonth(), reviewer).get(11).calls();
        Document form = Jsoup.parse(session.get("/manager/mystery-calls/new").body());
        String calledAt = form.selectFirst("#calledAt").val();
        assertThat(calledAt).isNotBlank();

        // Bad input: the form again with the messages, nothing saved.
        HttpResponse<String> bad = session.post(
                "/manager/mystery-calls",
                "calledAt=gisteren&line=02+508+85+85&language=xx&secondsToAnswer=abc&answered=true&scenario=");
        Document again = Jsoup.parse(bad.body());
        assertThat(again.select("#error-summary li")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(calls.monthly(calls.currentMonth(), reviewer).get(11).calls())
                .isEqualTo(before);

        HttpResponse<String> saved = session.post(
                "/manager/mystery-calls",
                "calledAt=" + calledAt + "&line=02+508+85+85&language=fr&secondsToAnswer=42&answered=true"
                        + "&answeredBy=Sofie&scenario=Revenu+d%27int%C3%A9gration+d%27un+%C3%A9tudiant"
                        + "&score_CORRECT=4&score_COMPLETE=3&score_CLEAR=4&score_FRIENDLY=4&score_FAQ_CONSISTENT=0"
                        + "&score_ON_TIME=2&comment_ON_TIME=Lang+in+de+wachtrij");
        assertThat(saved.uri().getPath()).matches("/manager/mystery-calls/\\d+");
        Document page = Jsoup.parse(saved.body());
        assertThat(page.select("#call").text()).contains("Sofie", "42", "02 508 85 85");
        assertThat(page.select("#scores").text()).contains("Lang in de wachtrij");

        Document list = Jsoup.parse(session.get("/manager/mystery-calls").body());
        assertThat(list.select("#calls tbody tr")).isNotEmpty();
        MysteryCallFigures month = calls.monthly(calls.currentMonth(), reviewer).get(11);
        assertThat(month.calls()).isEqualTo(before + 1);
        assertThat(month.slowestSeconds()).isGreaterThanOrEqualTo(42);
        assertThat(month.mean(ReviewItem.FAQ_CONSISTENT)).isNull();
    }

    @Test
    void aCallNobodyAnsweredHasNoChecklistAndNothingIsInTheFuture() {
        String reviewer = user(Role.MANAGER);
        var now = clock.instant();
        long id = calls.record(
                new MysteryCallInput(
                        now.minus(Duration.ofHours(1)),
                        "02 508 85 85",
                        ContentLanguage.NL,
                        180,
                        false,
                        null,
                        "Leefloon student",
                        Map.of(),
                        "Na drie minuten opgehangen"),
                reviewer);
        assertThat(calls.get(id, reviewer).average()).isNull();

        assertThatThrownBy(() -> calls.record(
                        new MysteryCallInput(
                                now.plus(Duration.ofHours(1)),
                                "02 508 85 85",
                                ContentLanguage.NL,
                                10,
                                false,
                                null,
                                "Later",
                                Map.of(),
                                null),
                        reviewer))
                .hasMessageContaining("future");
        assertThatThrownBy(() -> calls.record(
                        new MysteryCallInput(
                                now, "02 508 85 85", ContentLanguage.NL, 10, false, "Sofie", "Wie?", Map.of(), null),
                        reviewer))
                .hasMessageContaining("notAnswered");
        assertThatThrownBy(() -> calls.record(
                        new MysteryCallInput(
                                now,
                                "02 508 85 85",
                                ContentLanguage.NL,
                                10,
                                true,
                                "Sofie",
                                "Onvolledig",
                                Map.of(ReviewItem.CORRECT, new ReviewScore(3, null)),
                                null),
                        reviewer))
                .isInstanceOf(InvalidReviewException.class);
        String agent = user(Role.AGENT);
        assertThatThrownBy(() -> calls.list(null, 10, agent)).isInstanceOf(NotPermittedException.class);
    }
}
