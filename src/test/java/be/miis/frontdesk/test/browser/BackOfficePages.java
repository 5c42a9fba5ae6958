package be.miis.frontdesk.test.browser;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The back-office pages a signed-in user reaches by following links from the page shown now (their home page),
 * one page of each kind: the first ticket stands for every ticket, the first queue for every queue. Downloads, the
 * API documentation, the actuator and the language switch are left out. New pages are found without a list to keep.
 */
public final class BackOfficePages {

    private static final List<String> AREAS =
            List.of("/frontdesk", "/backoffice", "/manager", "/admin", "/knowledge", "/account");
    private static final Pattern LEFT_OUT = Pattern.compile("/export|/admin/api|/swagger-ui|[?&]format=");
    /** Path segments with a digit are identifiers or references: /frontdesk/tickets/MI-2026-000042 is a ticket. */
    private static final Pattern IDENTIFIER = Pattern.compile("/[^/?]*[0-9][^/?]*");

    private static final String LINKS = "return Array.from(document.querySelectorAll('a[href]'), a => a.href)";

    private BackOfficePages() {}

    /** Path and query of up to {@code max} pages, the one shown now first, in the order they were found. */
    public static List<String> reachableFrom(Browser browser, int max) {
        String origin = browser.baseUrl();
        List<String> pages = new ArrayList<>();
        Set<String> kinds = new HashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(browser.pathAndQuery()));
        kinds.add(kind(browser.pathAndQuery()));
        while (!toVisit.isEmpty() && pages.size() < max) {
            String page = toVisit.removeFirst();
            browser.open(page);
            pages.add(page);
            @SuppressWarnings("unchecked")
            List<Object> links = (List<Object>) ((JavascriptExecutor) browser.driver()).executeScript(LINKS);
            for (Object link : links) {
                String href = String.valueOf(link);
                if (!href.startsWith(origin + "/")) {
                    continue;
                }
                String path = withoutLanguage(href.substring(origin.length()).replaceFirst("#.*", ""));
                if (AREAS.stream()
                                .anyMatch(area ->
                                        path.equals(area) || path.startsWith(area + "/") || path.startsWith(area + "?"))
                        && !LEFT_OUT.matcher(path).find()
                        && kinds.add(kind(path))) {
                    toVisit.addLast(path);
                }
            }
        }
        return pages;
    }

    /** The language links lead to the same page in another language: the page itself, not a page to visit. */
    private static String withoutLanguage(String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        if (query < 0) {
            return pathAndQuery;
        }
        String parameters = Arrays.stream(pathAndQuery.substring(query + 1).split("&"))
                .filter(parameter -> !parameter.startsWith("lang="))
                .collect(Collectors.joining("&"));
        return pathAndQuery.substring(0, query) + (parameters.isEmpty() ? "" : "?" + parameters);
    }

    private static String kind(String pathAndQuery) {
        return IDENTIFIER.matcher(pathAndQuery.replaceFirst("\\?.*", "")).replaceAll("/{}");
    }
}
