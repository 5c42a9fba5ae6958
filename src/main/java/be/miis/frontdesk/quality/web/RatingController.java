package be.miis.frontdesk.quality.web;

import be.miis.frontdesk.quality.InvalidRatingException;
import be.miis.frontdesk.quality.SatisfactionSurveys;
import be.miis.frontdesk.quality.SatisfactionSurveys.Rated;
import be.miis.frontdesk.quality.SatisfactionSurveys.Survey;
import be.miis.frontdesk.quality.SurveyNotFoundException;
import be.miis.frontdesk.shared.BusinessTime;
import be.miis.frontdesk.shared.ContentLanguage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The rating page of an answer mail's link, on the portal (docs/satisfaction.md): no login, the link's token is the
 * key. Opening the link counts nothing — mail scanners open links — the visitor confirms the score on the page. The
 * token in the address also stands in for a CSRF token: a form posted from elsewhere cannot know it.
 */
@Controller
@RequestMapping("/portal/{lang}/rating/{token}")
class RatingController {

    private final SatisfactionSurveys surveys;

    RatingController(SatisfactionSurveys surveys) {
        this.surveys = surveys;
    }

    @GetMapping
    String showRating(
            @PathVariable String lang,
            @PathVariable String token,
            @RequestParam(name = "score", required = false) @Nullable String score,
            HttpServletResponse response,
            Model model) {
        ContentLanguage language = language(lang);
        keepPrivate(response);
        Survey survey = surveys.find(token).orElseThrow(SurveyNotFoundException::new);
        if (survey.rated()) {
            return thanks(model, language, token, true, false, survey.ratedAt());
        }
        return form(model, language, token, survey, parse(score), "", Map.of());
    }

    @PostMapping
    String rate(
            @PathVariable String lang,
            @PathVariable String token,
            @RequestParam(name = "score", required = false) @Nullable String score,
            @RequestParam(name = "comment", defaultValue = "") String comment,
            HttpServletResponse response,
            Model model) {
        ContentLanguage language = language(lang);
        keepPrivate(response);
        Survey survey = surveys.find(token).orElseThrow(SurveyNotFoundException::new);
        Integer chosen = parse(score);
        Map<String, String> errors = new LinkedHashMap<>();
        if (chosen == null) {
            errors.put("score", "quality.rating.score.missing");
        }
        if (comment.strip().length() > SatisfactionSurveys.MAX_COMMENT) {
            errors.put("comment", "quality.rating.comment.tooLong");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, language, token, survey, chosen, comment, errors);
        }
        try {
            Rated rated = surveys.rate(token, chosen, comment);
            Instant ratedAt = rated == Rated.ALREADY
                    ? surveys.find(token).map(Survey::ratedAt).orElse(null)
                    : null;
            return thanks(model, language, token, rated == Rated.ALREADY, rated == Rated.FOLLOWED_UP, ratedAt);
        } catch (InvalidRatingException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, language, token, survey, chosen, comment, Map.of(e.field(), e.messageKey()));
        }
    }

    /** An unknown, malformed or expired link: the same page for all three, so tokens cannot be probed. */
    @ExceptionHandler(SurveyNotFoundException.class)
    ModelAndView gone(HttpServletRequest request) {
        // Path variables do not reach an exception handler: the language is the address's third segment.
        String[] parts = request.getRequestURI().split("/");
        ModelAndView page = new ModelAndView("portal/error", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        page.addObject(
                "lang",
                (parts.length > 2 ? ContentLanguage.fromCode(parts[2]) : java.util.Optional.<ContentLanguage>empty())
                        .orElse(ContentLanguage.NL));
        page.addObject("messageKey", "quality.rating.gone");
        page.addObject("noindex", true);
        return page;
    }

    private String form(
            Model model,
            ContentLanguage language,
            String token,
            Survey survey,
            @Nullable Integer score,
            String comment,
            Map<String, String> errors) {
        page(model, language, token);
        model.addAttribute("survey", survey);
        model.addAttribute("answered", BusinessTime.longDate(survey.answeredAt(), language));
        model.addAttribute("score", score);
        model.addAttribute("comment", comment);
        model.addAttribute("errors", errors);
        model.addAttribute("maxComment", SatisfactionSurveys.MAX_COMMENT);
        return "quality/rating";
    }

    private String thanks(
            Model model,
            ContentLanguage language,
            String token,
            boolean already,
            boolean followUp,
            @Nullable Instant ratedAt) {
        page(model, language, token);
        model.addAttribute("already", already);
        model.addAttribute("followUp", followUp);
        model.addAttribute("ratedOn", ratedAt == null ? "" : BusinessTime.longDate(ratedAt, language));
        return "quality/rating-thanks";
    }

    private static void page(Model model, ContentLanguage language, String token) {
        model.addAttribute("lang", language);
        model.addAttribute("noindex", true);
        model.addAttribute("token", token);
        model.addAttribute(
                "switches",
                Arrays.stream(ContentLanguage.values())
                        .map(l -> new LanguageLink(l.code(), "/portal/" + l.code() + "/rating/" + token, true))
                        .toList());
    }

    /** A language link of the portal's header (the layout's {@code switches}). */
    record LanguageLink(String code, String href, boolean available) {}

    private static ContentLanguage language(String code) {
        return ContentLanguage.fromCode(code)
                .filter(l -> l.code().equals(code))
                .orElseThrow(SurveyNotFoundException::new);
    }

    private static @Nullable Integer parse(@Nullable String score) {
        return score != null && score.matches("[1-5]") ? Integer.valueOf(score) : null;
    }

    /** The pages of the token: never kept by a cache, never indexed. */
    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Robots-Tag", "noindex");
    }
}
