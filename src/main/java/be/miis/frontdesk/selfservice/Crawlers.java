package be.miis.frontdesk.selfservice;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Obvious robots by their user agent, left out of the portal's figures (views and searches): search engines and
 * link previews name themselves ("Googlebot", "bingbot", "facebookexternalhit", "…crawler…", "…spider…"), and
 * scripts without a browser send no user agent or their tool's name. A robot that poses as a browser is counted;
 * telling it apart would need more than a header (docs/portal.md, "Figures").
 */
final class Crawlers {

    private static final Pattern ROBOT = Pattern.compile(
            "bot(?![a-z])|crawl|spider|slurp|bingpreview|facebookexternalhit|archiver|^curl/|^wget/|python-requests"
                    + "|scrapy|go-http-client",
            Pattern.CASE_INSENSITIVE);

    private Crawlers() {}

    static boolean isRobot(@Nullable String userAgent) {
        return userAgent == null
                || userAgent.isBlank()
                || ROBOT.matcher(userAgent).find();
    }
}
