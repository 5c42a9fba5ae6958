package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.quality.ReviewFigures;
import be.miis.frontdesk.quality.ReviewItem;
import be.miis.frontdesk.quality.ReviewService;
import java.time.YearMonth;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The managers' figures of the reviews (docs/reviews.md, "Figures"): per team and month, the rubric items most
 * often scored low, and the last twelve months.
 */
@Controller
class ReviewFiguresController {

    private final ReviewService reviews;
    private final TeamNames names;

    ReviewFiguresController(ReviewService reviews, TeamNames names) {
        this.reviews = reviews;
        this.names = names;
    }

    @GetMapping("/manager/reviews/figures")
    String figures(
            @RequestParam(required = false) @Nullable String month,
            @AuthenticationPrincipal FrontdeskUser user,
            Locale locale,
            Model model) {
        YearMonth shown = Months.show(month, reviews.currentMonth(), model);
        ReviewFigures figures = reviews.figures(shown, user.getUsername());
        model.addAttribute("figures", figures);
        model.addAttribute("items", ReviewItem.values());
        model.addAttribute("teamNames", names.teams(locale));
        model.addAttribute("frontdesk", -1L);
        return "quality/figures";
    }
}
