package be.miis.frontdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * The rich-text subset of answers: headings, paragraphs, lists, links, bold/italic and tables. Everything else
 * (script, style, event handlers, javascript: links) is dropped on save, so what is stored is safe to show as is.
 */
final class HtmlSanitiser {

    private static final Safelist SAFELIST = Safelist.basic()
            .addTags("h2", "h3", "h4", "table", "thead", "tbody", "tr", "th", "td", "caption")
            .addAttributes("th", "scope")
            .addAttributes("td", "colspan", "rowspan")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .escapeMode(Entities.EscapeMode.xhtml)
            .charset("UTF-8")
            .prettyPrint(false);

    private HtmlSanitiser() {}

    static String sanitise(String html) {
        if (html.isBlank()) {
            return "";
        }
        return Jsoup.clean(html, "", SAFELIST, OUTPUT).strip();
    }

    /** The text of an answer, one line per block (paragraph, list item, table row), for line diffs. */
    static List<String> lines(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        List<String> lines = new ArrayList<>();
        for (Element block : body.select("h2, h3, h4, p, li, tr, caption")) {
            // The innermost blocks only, so a paragraph inside a list item is not counted twice.
            if (block.select("h2, h3, h4, p, li, tr, caption").size() == 1
                    && !block.text().isBlank()) {
                lines.add(block.text());
            }
        }
        if (lines.isEmpty() && !body.text().isBlank()) {
            lines.add(body.text());
        }
        return lines;
    }

    /**
     * The answer as plain text for a reply (tickets and mails are plain text): one paragraph per block, list items
     * as bullets, a link's address after its text, table cells separated by " | ".
     */
    static String plainText(String html) {
        StringBuilder out = new StringBuilder();
        appendText(Jsoup.parseBodyFragment(html).body(), out);
        return out.toString()
                .lines()
                .map(String::strip)
                .collect(java.util.stream.Collectors.joining("\n"))
                .replaceAll("\n{3,}", "\n\n")
                .strip();
    }

    private static void appendText(Element element, StringBuilder out) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                out.append(text.text());
            } else if (child instanceof Element e) {
                switch (e.normalName()) {
                    case "br" -> out.append('\n');
                    case "li" -> {
                        out.append("\n• ");
                        appendText(e, out);
                    }
                    case "td", "th" -> {
                        appendText(e, out);
                        out.append(" | ");
                    }
                    case "a" -> {
                        appendText(e, out);
                        String href = e.attr("href");
                        if (!href.isBlank() && !e.text().equals(href)) {
                            out.append(" (").append(href).append(')');
                        }
                    }
                    case "p", "h2", "h3", "h4", "ul", "ol", "table", "tr", "caption" -> {
                        out.append("\n\n".substring(e.normalName().equals("tr") ? 1 : 0));
                        appendText(e, out);
                        out.append('\n');
                    }
                    default -> appendText(e, out);
                }
            }
        }
    }

    /** A plain-text answer as the safe HTML of an article: paragraphs at blank lines, line breaks kept. */
    static String fromPlainText(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(String.join(
                                "<br />",
                                paragraph.strip().lines().map(Entities::escape).toList()))
                        .append("</p>");
            }
        }
        return html.toString();
    }
}
