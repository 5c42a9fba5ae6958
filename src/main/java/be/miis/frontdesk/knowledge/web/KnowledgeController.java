package be.miis.frontdesk.knowledge.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.knowledge.ArticleStatus;
import be.miis.frontdesk.knowledge.ArticleSummary;
import be.miis.frontdesk.knowledge.ArticleView;
import be.miis.frontdesk.knowledge.Audience;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.PortalFeedback;
import be.miis.frontdesk.knowledge.SearchQuery;
import be.miis.frontdesk.shared.ContentLanguage;
import be.miis.frontdesk.shared.DomainCatalogue;
import be.miis.frontdesk.shared.InvalidInputException;
import be.miis.frontdesk.shared.RuleViolationException;
import be.miis.frontdesk.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge base screens: search as you type, an article with its versions and diff, the article form and
 * the review workflow. Agents and experts read and propose; only experts publish, send back and archive (see
 * SecurityConfiguration), and never their own revision (the article refuses that).
 */
@Controller
class KnowledgeController {

    private static final int USES_SHOWN = 20;

    static final int RESULT_LIMIT = 20;
    static final int LIST_LIMIT = 100;

    /** The newest "not helpful" comments shown on an article's page; the rest on the portal feedback page. */
    static final int PORTAL_COMMENTS_SHOWN = 5;

    private final KnowledgeService knowledge;
    private final DomainCatalogue domains;
    private final ObjectProvider<PortalFeedback> portalFeedback;

    KnowledgeController(
            KnowledgeService knowledge, DomainCatalogue domains, ObjectProvider<PortalFeedback> portalFeedback) {
        this.knowledge = knowledge;
        this.domains = domains;
        this.portalFeedback = portalFeedback;
    }

    @ModelAttribute("domains")
    List<?> domains() {
        return domains.findAll();
    }

    @GetMapping("/knowledge")
    String showSearch(
            @RequestParam(name = "q", required = false) @Nullable String query,
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            @RequestParam(name = "domain", required = false) @Nullable String domain,
            @RequestParam(name = "audience", required = false) @Nullable Audience audience,
            HtmxRequest htmx,
            Locale locale,
            Model model) {
        String q = query == null ? "" : query.strip();
        ContentLanguage language =
                ContentLanguage.fromCode(lang == null ? "" : lang).orElseGet(() -> contentLanguage(locale));
        String domainCode = domain == null || domain.isBlank() ? null : domain;
        boolean searched = q.length() >= 2;
        model.addAttribute("q", q);
        model.addAttribute("lang", language);
        model.addAttribute("domain", domainCode == null ? "" : domainCode);
        model.addAttribute("audience", audience);
        model.addAttribute("languages", ContentLanguage.values());
        model.addAttribute("audiences", Audience.values());
        model.addAttribute("searched", searched);
        model.addAttribute(
                "results",
                searched
                        ? knowledge.search(new SearchQuery(q, language, domainCode, audience, RESULT_LIMIT))
                        : List.of());
        return htmx.isHtmxRequest() ? "knowledge/search :: results" : "knowledge/search";
    }

    @GetMapping("/knowledge/lists/review-due")
    String showReviewDue(Locale locale, Model model) {
        return list("knowledge.list.reviewDue", knowledge.findReviewDue(contentLanguage(locale), LIST_LIMIT), model);
    }

    @GetMapping("/knowledge/lists/in-review")
    String showInReview(Locale locale, Model model) {
        return list(
                "knowledge.list.IN_REVIEW",
                knowledge.findByStatus(ArticleStatus.IN_REVIEW, contentLanguage(locale), LIST_LIMIT),
                model);
    }

    @GetMapping("/knowledge/lists/drafts")
    String showDrafts(Locale locale, Model model) {
        return list(
                "knowledge.list.DRAFT",
                knowledge.findByStatus(ArticleStatus.DRAFT, contentLanguage(locale), LIST_LIMIT),
                model);
    }

    private static String list(String titleKey, List<ArticleSummary> articles, Model model) {
        model.addAttribute("articles", articles);
        model.addAttribute("titleKey", titleKey);
        return "knowledge/list";
    }

    @GetMapping("/knowledge/articles/{id}")
    String showArticle(
            @PathVariable long id, @AuthenticationPrincipal @Nullable FrontdeskUser user, Locale locale, Model model) {
        ArticleView article = knowledge.get(id);
        model.addAttribute("article", article);
        model.addAttribute("lang", contentLanguage(locale));
        model.addAttribute("usage", knowledge.usage(id, USES_SHOWN));
        // What the portal's readers made of it: for the experts, who decide what the FAQ publishes (docs/portal.md).
        if (user != null && user.hasRoleNamed("EXPERT")) {
            portalFeedback.ifAvailable(feedback ->
                    model.addAttribute("portalFeedback", feedback.of(id, PORTAL_COMMENTS_SHOWN, user.getUsername())));
        }
        return "knowledge/show";
    }

    @GetMapping("/knowledge/articles/{id}/versions/{number}")
    String showVersion(
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(name = "lang", defaultValue = "nl") String lang,
            Model model) {
        ContentLanguage language = ContentLanguage.fromCode(lang)
                .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND));
        model.addAttribute("article", knowledge.get(id));
        model.addAttribute(
                "old",
                knowledge
                        .findVersion(id, number, language)
                        .orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND)));
        model.addAttribute("diff", knowledge.diff(id, number, language));
        return "knowledge/version";
    }

    /**
     * The empty article form; {@code question} and {@code lang} prefill a public article's question in that
     * language (the link from "searched but not found" on the portal feedback page).
     */
    @GetMapping("/knowledge/articles/new")
    String showCreateForm(
            @RequestParam(name = "question", required = false) @Nullable String question,
            @RequestParam(name = "lang", required = false) @Nullable String lang,
            Locale locale,
            Model model) {
        ArticleForm form = new ArticleForm();
        form.setSourceLanguage(contentLanguage(locale));
        if (question != null && !question.isBlank()) {
            ContentLanguage language =
                    ContentLanguage.fromCode(lang == null ? "" : lang).orElseGet(() -> contentLanguage(locale));
            form.prefill(language, question.strip());
        }
        model.addAttribute("form", form);
        return "knowledge/form";
    }

    @PostMapping("/knowledge/articles")
    String createArticle(
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "knowledge/form";
        }
        try {
            long id = knowledge.create(form.toDraft(), user.getUsername());
            Flash.success(redirect, "knowledge.flash.saved", id);
            return "redirect:/knowledge/articles/" + id;
        } catch (InvalidInputException e) {
            result.reject(e.messageKey());
            return "knowledge/form";
        }
    }

    @GetMapping("/knowledge/articles/{id}/edit")
    String showEditForm(@PathVariable long id, Model model) {
        ArticleView article = knowledge.get(id);
        model.addAttribute("article", article);
        model.addAttribute("form", ArticleForm.of(article));
        return "knowledge/form";
    }

    @PostMapping("/knowledge/articles/{id}")
    String updateArticle(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ArticleForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                knowledge.update(id, form.getVersion(), form.toDraft(), user.getUsername());
                Flash.success(redirect, "knowledge.flash.saved", id);
                return "redirect:/knowledge/articles/" + id;
            } catch (InvalidInputException e) {
                result.reject(e.messageKey());
            } catch (RuleViolationException e) {
                result.reject(e.messageKey());
            } catch (ObjectOptimisticLockingFailureException e) {
                // The text typed stays in the form; the conflict is explained above it.
                result.reject("knowledge.conflict");
            }
        }
        model.addAttribute("article", knowledge.get(id));
        return "knowledge/form";
    }

    /*
     * The review workflow: an author submits, an expert publishes or sends back, an expert archives. Each on the
     * version the page showed, so an action on an outdated page is refused rather than applied to a newer text.
     */

    @PostMapping("/knowledge/articles/{id}/submit")
    String submitForReview(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        return review(
                id,
                redirect,
                "knowledge.flash.submit",
                () -> knowledge.submitForReview(id, version, user.getUsername()));
    }

    @PostMapping("/knowledge/articles/{id}/publish")
    String publish(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        return review(
                id, redirect, "knowledge.flash.publish", () -> knowledge.publish(id, version, user.getUsername()));
    }

    @PostMapping("/knowledge/articles/{id}/sendBack")
    String sendBack(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        return review(
                id, redirect, "knowledge.flash.sendBack", () -> knowledge.sendBack(id, version, user.getUsername()));
    }

    @PostMapping("/knowledge/articles/{id}/archive")
    String archive(
            @PathVariable long id,
            @RequestParam int version,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        return review(
                id, redirect, "knowledge.flash.archive", () -> knowledge.archive(id, version, user.getUsername()));
    }

    private static String review(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, successKey, id);
        } catch (ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "knowledge.conflict");
        } catch (RuleViolationException e) {
            Flash.error(redirect, e.messageKey());
        }
        return "redirect:/knowledge/articles/" + id;
    }

    static ContentLanguage contentLanguage(Locale locale) {
        return ContentLanguage.fromCode(locale.getLanguage()).orElse(ContentLanguage.NL);
    }
}
