package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.knowledge.ArticleCitation;
import be.miis.frontdesk.knowledge.KnowledgeService;
import be.miis.frontdesk.knowledge.VersionView;
import be.miis.frontdesk.quality.InvalidReviewException;
import be.miis.frontdesk.quality.ReviewItem;
import be.miis.frontdesk.quality.ReviewMonth;
import be.miis.frontdesk.quality.ReviewRefusedException;
import be.miis.frontdesk.quality.ReviewScore;
import be.miis.frontdesk.quality.ReviewService;
import be.miis.frontdesk.quality.ReviewView;
import be.miis.frontdesk.shared.web.Flash;
import be.miis.frontdesk.ticket.EntryView;
import be.miis.frontdesk.ticket.TicketService;
import be.miis.frontdesk.ticket.TicketView;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reviewer's month (docs/reviews.md, "Scoring"): the sample, drawn on first sight, with a ticket to add by
 * hand; and the scoring form of one ticket, made for the keyboard: a digit scores the focused item and moves to the
 * next one, Ctrl+Enter saves and opens the next ticket still to score.
 */
@Controller
class ReviewController {

    private final ReviewService reviews;
    private final TicketService tickets;
    private final KnowledgeService knowledge;
    private final TeamNames names;

    ReviewController(ReviewService reviews, TicketService tickets, KnowledgeService knowledge, TeamNames names) {
        this.reviews = reviews;
        this.tickets = tickets;
        this.knowledge = knowledge;
        this.names = names;
    }

    @GetMapping("/manager/reviews")
    String month(
            @RequestParam(required = false) @Nullable String month,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            Model model) {
        YearMonth shown = Months.show(month, reviews.currentMonth(), model);
        ReviewMonth sample = reviews.month(shown, user.getUsername());
        model.addAttribute("sample", sample);
        model.addAttribute("teams", names.ofReviews(sample.reviews(), locale));
        model.addAttribute(
                "people",
                names.people(
                        Stream.concat(sample.reviews().stream().map(ReviewView::agent), sample.uncovered().stream())
                                .toList()));
        return "quality/reviews";
    }

    @PostMapping("/manager/reviews/add")
    String add(
            @RequestParam(defaultValue = "") String month,
            @RequestParam(defaultValue = "") String reference,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        YearMonth shown = Months.parse(month, reviews.currentMonth());
        try {
            long id = reviews.addByHand(shown, reference, user.getUsername());
            Flash.success(redirect, "quality.review.flash.added", reference.strip());
            return "redirect:/manager/reviews/" + id;
        } catch (InvalidReviewException e) {
            Flash.error(redirect, e.messageKey());
            return "redirect:/manager/reviews?month=" + shown;
        }
    }

    @GetMapping("/manager/reviews/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser user, Locale locale, Model model) {
        return form(reviews.get(id, user.getUsername()), Map.of(), user, locale, model);
    }

    private String form(ReviewView review, Map<String, String> errors, FrontdeskUser user, Locale locale, Model model) {
        ReviewMonth sample = reviews.month(review.month(), review.reviewer());
        TicketView ticket = tickets.get(review.reference(), user.getUsername());
        model.addAttribute("review", review);
        model.addAttribute("ticket", ticket);
        model.addAttribute("items", ReviewItem.values());
        // The FAQ versions the answers cited, as they were published: what "consistent with the FAQ" is scored against.
        Map<Long, VersionView> cited = new HashMap<>();
        for (EntryView entry : ticket.entries()) {
            ArticleCitation citation = entry.citation();
            if (citation != null) {
                knowledge
                        .findVersion(citation.articleId(), citation.versionNumber(), citation.language())
                        .ifPresent(v -> cited.put(entry.id(), v));
            }
        }
        model.addAttribute("cited", cited);
        if (!model.containsAttribute("given")) {
            model.addAttribute("given", null);
        }
        model.addAttribute("errors", errors);
        model.addAttribute("mine", review.reviewer().equals(user.getUsername()));
        model.addAttribute(
                "position",
                sample.reviews()
                                .indexOf(sample.reviews().stream()
                                        .filter(r -> r.id() == review.id())
                                        .findFirst()
                                        .orElse(review))
                        + 1);
        model.addAttribute("total", sample.reviews().size());
        model.addAttribute("team", names.ofReviews(List.of(review), locale).get(review.id()));
        model.addAttribute("people", names.people(List.of(review.agent())));
        return "quality/review";
    }

    @PostMapping("/manager/reviews/{id}")
    String score(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        ReviewView review = reviews.get(id, user.getUsername());
        Map<String, String> errors = new HashMap<>();
        Map<ReviewItem, ReviewScore> scores = ScoreParams.read(params, errors);
        int version;
        try {
            version = Integer.parseInt(params.getOrDefault("version", ""));
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (errors.isEmpty()) {
            try {
                Optional<Long> next = reviews.score(id, version, scores, params.get("comment"), user.getUsername());
                Flash.success(redirect, "quality.review.flash.saved", review.reference());
                return next.map(n -> "redirect:/manager/reviews/" + n)
                        .orElse("redirect:/manager/reviews?month=" + review.month());
            } catch (InvalidReviewException e) {
                errors.put(e.field(), e.messageKey());
            } catch (ReviewRefusedException e) {
                Flash.error(redirect, e.messageKey());
                return "redirect:/manager/reviews/" + id;
            } catch (ObjectOptimisticLockingFailureException e) {
                Flash.error(redirect, "quality.review.error.conflict");
                return "redirect:/manager/reviews/" + id;
            }
        }
        model.addAttribute("given", params);
        return form(review, errors, user, locale, model);
    }
}
