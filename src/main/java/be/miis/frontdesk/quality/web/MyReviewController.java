package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.quality.InvalidReviewException;
import be.miis.frontdesk.quality.ReviewItem;
import be.miis.frontdesk.quality.ReviewRefusedException;
import be.miis.frontdesk.quality.ReviewService;
import be.miis.frontdesk.quality.ReviewView;
import be.miis.frontdesk.shared.PagedResult;
import be.miis.frontdesk.shared.web.Flash;
import java.util.List;
import java.util.Locale;
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
 * An agent's (or expert's) own reviews, newest first, and one review with the reply they may give once
 * (docs/reviews.md, "The agent's side"). Nobody else's reviews: another id is a 404.
 */
@Controller
class MyReviewController {

    static final int PAGE_SIZE = 25;

    private final ReviewService reviews;
    private final TeamNames names;

    MyReviewController(ReviewService reviews, TeamNames names) {
        this.reviews = reviews;
        this.names = names;
    }

    @GetMapping("/frontdesk/reviews")
    String list(
            @RequestParam(required = false) @Nullable String after,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            Model model) {
        PagedResult<ReviewView> page = reviews.mine(user.getUsername(), after, PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("continued", after != null);
        model.addAttribute("teams", names.ofReviews(page.items(), locale));
        model.addAttribute(
                "people",
                names.people(page.items().stream().map(ReviewView::reviewer).toList()));
        return "quality/mine";
    }

    @GetMapping("/frontdesk/reviews/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal FrontdeskUser user, Locale locale, Model model) {
        ReviewView review = reviews.own(id, user.getUsername());
        model.addAttribute("review", review);
        model.addAttribute("items", ReviewItem.values());
        model.addAttribute("team", names.ofReviews(List.of(review), locale).get(review.id()));
        model.addAttribute("people", names.people(List.of(review.reviewer())));
        return "quality/my-review";
    }

    @PostMapping("/frontdesk/reviews/{id}/reply")
    String reply(
            @PathVariable long id,
            @RequestParam(defaultValue = "-1") String version,
            @RequestParam(defaultValue = "") String reply,
            @AuthenticationPrincipal FrontdeskUser user,
            RedirectAttributes redirect) {
        try {
            reviews.reply(id, parse(version), reply, user.getUsername());
            Flash.success(redirect, "quality.reply.flash.sent");
        } catch (InvalidReviewException | ReviewRefusedException e) {
            Flash.error(
                    redirect,
                    e instanceof InvalidReviewException invalid
                            ? invalid.messageKey()
                            : ((ReviewRefusedException) e).messageKey());
        } catch (ObjectOptimisticLockingFailureException e) {
            Flash.error(redirect, "quality.review.error.conflict");
        }
        return "redirect:/frontdesk/reviews/" + id;
    }

    private static int parse(String version) {
        try {
            return Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
