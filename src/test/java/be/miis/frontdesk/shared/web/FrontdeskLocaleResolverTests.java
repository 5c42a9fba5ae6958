package be.miis.frontdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class FrontdeskLocaleResolverTests {

    private final FrontdeskLocaleResolver resolver = new FrontdeskLocaleResolver();

    @Test
    void withoutCookieOrHeaderTheLanguageIsDutch() {
        assertThat(resolver.resolveLocale(new MockHttpServletRequest())).isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void aBrowserAskingForFrenchFirstGetsFrench() {
        assertThat(resolver.resolveLocale(browser("fr-BE,fr;q=0.9,nl;q=0.8"))).isEqualTo(Locale.forLanguageTag("fr"));
        assertThat(resolver.resolveLocale(browser("FR"))).isEqualTo(Locale.forLanguageTag("fr"));
    }

    @Test
    void aBrowserAskingForFrenchOnlySecondGetsDutch() {
        assertThat(resolver.resolveLocale(browser("nl-BE,fr;q=0.8"))).isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void anEnglishOrOtherBrowserGetsDutch() {
        assertThat(resolver.resolveLocale(browser("en-US,en;q=0.9"))).isEqualTo(Locale.forLanguageTag("nl"));
        assertThat(resolver.resolveLocale(browser("de-DE"))).isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void theApiAnswersInTheFirstLanguageAskedForThatItSpeaksEnglishIncluded() {
        assertThat(resolver.resolveLocale(api("en-GB,en;q=0.9"))).isEqualTo(Locale.forLanguageTag("en"));
        assertThat(resolver.resolveLocale(api("de-DE,fr;q=0.8,en;q=0.5")))
                .as("German is not a language of the back office: the next one asked for")
                .isEqualTo(Locale.forLanguageTag("fr"));
        assertThat(resolver.resolveLocale(api("nl;q=0.2,en;q=0.9")))
                .as("by quality")
                .isEqualTo(Locale.forLanguageTag("en"));
        assertThat(resolver.resolveLocale(api("de, it"))).isEqualTo(Locale.forLanguageTag("nl"));
        MockHttpServletRequest page = browser("en-GB");
        page.setRequestURI("/frontdesk");
        assertThat(resolver.resolveLocale(page)).as("pages keep their rule").isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void theCookieWinsOverTheBrowser() {
        MockHttpServletRequest request = browser("fr-BE");
        request.setCookies(new Cookie(FrontdeskLocaleResolver.COOKIE_NAME, "en"));

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("en"));
    }

    @Test
    void aCookieWithAnUnsupportedLanguageFallsBackToDutch() {
        MockHttpServletRequest request = browser("fr-BE");
        request.setCookies(new Cookie(FrontdeskLocaleResolver.COOKIE_NAME, "de"));

        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("nl"));
    }

    @Test
    void settingAnUnsupportedLanguageStoresDutch() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();

        resolver.setLocale(request, response, Locale.GERMAN);

        Cookie cookie = response.getCookie(FrontdeskLocaleResolver.COOKIE_NAME);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("nl");
        assertThat(cookie.isHttpOnly()).isTrue();
    }

    @Test
    void settingFrenchStoresItInTheCookie() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        resolver.setLocale(new MockHttpServletRequest(), response, Locale.FRANCE);

        assertThat(response.getCookie(FrontdeskLocaleResolver.COOKIE_NAME).getValue())
                .isEqualTo("fr");
    }

    private static MockHttpServletRequest browser(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Accept-Language", acceptLanguage);
        return request;
    }

    private static MockHttpServletRequest api(String acceptLanguage) {
        MockHttpServletRequest request = browser(acceptLanguage);
        request.setRequestURI("/api/v1/me");
        return request;
    }
}
