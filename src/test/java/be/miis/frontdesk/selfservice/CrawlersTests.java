package be.miis.frontdesk.selfservice;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrawlersTests {

    @Test
    void obviousRobotsAreRecognisedByTheirUserAgentAndBrowsersAreNot() {
        assertThat(Crawlers.isRobot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"))
                .isTrue();
        assertThat(Crawlers.isRobot("Mozilla/5.0 (compatible; bingbot/2.0)")).isTrue();
        assertThat(Crawlers.isRobot("facebookexternalhit/1.1")).isTrue();
        assertThat(Crawlers.isRobot("curl/8.5.0")).isTrue();
        assertThat(Crawlers.isRobot("")).isTrue();
        assertThat(Crawlers.isRobot(null)).isTrue();
        assertThat(
                        Crawlers.isRobot(
                                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"))
                .isFalse();
        assertThat(Crawlers.isRobot("Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Mobile/15E148"))
                .isFalse();
    }
}
