package be.miis.frontdesk.selfservice.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.knowledge.ArticleSummary;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.selfservice.PortalFeedbackQueries;
import be.miis.frontdesk.selfservice.PortalFeedbackQueries.NotHelpful;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.KeysetCursor;
import be.miis.frontdesk.shared.PagedResult;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The experts' pages of what the portal's readers tell the FAQ (docs/portal.md, "Figures"): the words searched in
 * vain, and the "not helpful" comments. Back-office pages in the knowledge module's address space and layout, served
 * by the portal module because the knowledge module may not depend on it (the portal depends on the knowledge
 * base); the article page reaches its own figures through the knowledge module's {@code PortalFeedback} port.
 */
@Controller
class PortalFeedbackController {

    private final PortalFeedbackQueries feedback;
    private final KnowledgeService knowledge;

    PortalFeedbackController(PortalFeedbackQueries feedback, KnowledgeService knowledge) {
        this.feedback = feedback;
        this.knowledge = knowledge;
    }

    @GetMapping("/knowledge/feedback/searches")
    String showSearchesNotFound(@AuthenticationPrincipal FrontdeskUser user, Model model) {
        model.addAttribute("misses", feedback.misses(user.getUsername()));
        model.addAttribute("days", PortalFeedbackQueries.RECENT_DAYS);
        model.addAttribute("shown", PortalFeedbackQueries.MISSES_SHOWN);
        return "selfservice/searches-not-found";
    }

    /** All "not helpful" comments, or one article's ({@code article}), newest first; {@code after} pages on. */
    @GetMapping("/knowledge/feedback/comments")
    String showNotHelpful(
            @RequestParam(name = "article", required = false) @Nullable Long article,
            @RequestParam(name = "after", required = false) @Nullable String after,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            Model model) {
        ContentLanguage language =
                ContentLanguage.fromCode(locale.getLanguage()).orElse(ContentLanguage.NL);
        if (article != null) {
            // An article that does not exist is a 404, not an empty list.
            model.addAttribute("article", knowledge.get(article));
            model.addAttribute("lang", language);
        }
        PagedResult<NotHelpful> page = feedback.comments(article, KeysetCursor.parse(after), user.getUsername());
        Map<Long, ArticleSummary> articles = knowledge.summaries(
                page.items().stream().map(NotHelpful::articleId).toList(), language);
        model.addAttribute("page", page);
        model.addAttribute("articles", articles);
        model.addAttribute("continued", after != null && !after.isBlank());
        return "selfservice/not-helpful";
    }
}
