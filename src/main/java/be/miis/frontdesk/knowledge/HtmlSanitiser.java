package be.miis.frontdesk.knowledge;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
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
}
