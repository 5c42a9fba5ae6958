package be.miis.frontdesk.ticket.web;

import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.SearchHit;
import be.miis.frontdesk.knowledge.SearchQuery;
import be.miis.frontdesk.shared.ContentLanguage;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The FAQ panel of the ticket screens (htmx fragments): articles suggested for the question being logged, a search
 * as the agent types, and a published answer in the ticket's language to insert, with the version it cites.
 */
@Controller
class FaqPanelController {

    static final int HITS = 5;

    /**
     * The answer fields a panel may fill; anything else would let a request aim the text at another element. "none":
     * the page has no answer field (an answered ticket), so the hits offer nothing to insert.
     */
    private static final Set<String> TARGETS = Set.of("answer", "answer-text", "none");

    private static final int SEARCH_MAX = 200;

    /** The id of the panel's result region, which loads the first suggestions itself. */
    private static final String SUGGESTIONS = "faq-suggestions";

    private final KnowledgeService knowledge;

    FaqPanelController(KnowledgeService knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * Hits for the words in the search field, or, while it is empty, suggestions for the question (its words, any
     * of which may match). Only published articles; internal ones too, as agents answer from both.
     */
    @GetMapping("/frontdesk/faq")
    String showHits(
            @RequestParam(defaultValue = "") String faqQuery,
            @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "NL") ContentLanguage language,
            @RequestParam(defaultValue = "answer") String faqTarget,
            HtmxRequest htmx,
            Model model) {
        String words = clip(faqQuery);
        List<SearchHit> hits;
        boolean fromQuestion = words.isEmpty();
        if (!fromQuestion) {
            hits = knowledge.search(new SearchQuery(words, language, null, null, HITS));
        } else {
            hits = description.isBlank() ? List.of() : knowledge.suggest(description, language, HITS);
        }
        model.addAttribute("hits", hits);
        model.addAttribute("searched", !words.isEmpty() || !description.isBlank());
        model.addAttribute("fromQuestion", fromQuestion);
        model.addAttribute("target", target(faqTarget));
        // Suggestions the panel loads with its page are not announced: the page's own news (an answer saved
        // through htmx) goes to the live region, and "5 articles found" must not talk over it.
        model.addAttribute("announce", !SUGGESTIONS.equals(htmx.getTriggerId()));
        return "ticket/faq :: hits";
    }

    /**
     * The current published answer of an article in the language asked for, or in the source language when it has
     * no such translation (the fragment says so); the client puts the text into the answer field.
     */
    @GetMapping("/frontdesk/faq/{articleId}/answer")
    String showAnswer(
            @PathVariable long articleId,
            @RequestParam(defaultValue = "NL") ContentLanguage language,
            @RequestParam(defaultValue = "answer") String faqTarget,
            Model model) {
        model.addAttribute(
                "answer", knowledge.findPublishedVersion(articleId, language).orElse(null));
        model.addAttribute("language", language);
        model.addAttribute("target", target(faqTarget));
        return "ticket/faq :: citation";
    }

    private static String clip(String words) {
        String stripped = words.strip();
        return stripped.length() > SEARCH_MAX ? stripped.substring(0, SEARCH_MAX) : stripped;
    }

    private static String target(String requested) {
        return TARGETS.contains(requested) ? requested : "answer";
    }
}
