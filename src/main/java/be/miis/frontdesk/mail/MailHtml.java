package be.miis.frontdesk.mail;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongFunction;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * The HTML of a received mail, made safe to show to an agent ("view the original formatting"; docs/mail.md,
 * "Attachments"). The same kind of jsoup allow-list as the FAQ's answers (knowledge.HtmlSanitiser), widened to what
 * mails use (headings, divisions, tables, images) and narrowed where mail is hostile: no script, style, form, frame
 * or event handler survives, links get {@code rel="noopener noreferrer nofollow"}, and an image may only show one of
 * the mail's own parts ({@code cid:}), never an address on the internet (a tracking pixel, a remote picture).
 */
final class MailHtml {

    private static final String CID = "cid:";

    private static final Safelist SAFELIST = Safelist.basic()
            .addTags(
                    "h1", "h2", "h3", "h4", "h5", "h6", "div", "hr", "table", "thead", "tbody", "tfoot", "tr", "th",
                    "td", "caption", "img")
            .addAttributes("th", "scope", "colspan", "rowspan")
            .addAttributes("td", "colspan", "rowspan")
            .addAttributes("img", "src", "alt", "width", "height")
            .addProtocols("img", "src", "cid")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer nofollow");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings()
            .escapeMode(Entities.EscapeMode.xhtml)
            .charset("UTF-8")
            .prettyPrint(false);

    private MailHtml() {}

    /** The mail's HTML sanitised, or null when nothing visible is left. */
    static @Nullable String sanitised(String html) {
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(html, "", SAFELIST, OUTPUT));
        // An image whose remote address was refused has no source left: nothing to show.
        clean.body().select("img:not([src])").remove();
        if (clean.body().text().isBlank() && clean.body().select("img").isEmpty()) {
            return null;
        }
        clean.outputSettings(OUTPUT);
        return clean.body().html();
    }

    /**
     * The stored HTML as the page shows it: cleaned once more (what is stored is never trusted blindly), each {@code
     * cid:} image pointed at its kept attachment, and an image without one removed.
     *
     * @param images the kept image attachments by their Content-ID (without {@code <>}, lower case)
     */
    static String shown(String stored, Map<String, Long> images, LongFunction<String> href) {
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(stored, "", SAFELIST, OUTPUT));
        for (Element image : clean.body().select("img")) {
            Long attachment = images.get(contentId(image.attr("src")));
            if (attachment == null) {
                image.remove();
            } else {
                image.attr("src", href.apply(attachment));
            }
        }
        clean.outputSettings(OUTPUT);
        return clean.body().html();
    }

    /** The Content-ID a {@code cid:} address names (RFC 2392: URL-encoded, without {@code <>}), lower case. */
    static String contentId(String src) {
        if (!src.regionMatches(true, 0, CID, 0, CID.length())) {
            return "";
        }
        String id = src.substring(CID.length());
        try {
            id = URLDecoder.decode(id.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            // Taken as written.
        }
        return key(id);
    }

    /** A Content-ID as it is compared: without {@code <>}, lower case. */
    static String key(String contentId) {
        String id = contentId.strip();
        if (id.startsWith("<") && id.endsWith(">")) {
            id = id.substring(1, id.length() - 1);
        }
        return id.toLowerCase(Locale.ROOT);
    }
}
