package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.SecondFactorSignIn;
import be.miis.frontdesk.identity.SecondFactors;
import be.miis.frontdesk.identity.SignInFactors;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of a sign-in and the enrolment of a second factor (docs/security.md, "Two-factor sign-in"). The
 * code page is reached with a pending sign-in (password accepted). Enrolment serves both a pending sign-in whose
 * role requires a second factor it does not have yet, and a signed-in user setting one up from the account page;
 * a pending sign-in that already has one must give its code, never enrol anew (that would skip the factor).
 */
@Controller
@RequestMapping("/login/second-factor")
class SecondFactorController {

    /** The secret being enrolled, kept in the session (never in a form) until a code confirms it. */
    static final String ENROLMENT = SecondFactorController.class.getName() + ".enrolment";

    /**
     * Set by the account page once a current code was given: a user who has a factor may then enrol another phone, in
     * this session, once.
     */
    static final String REPLACING = SecondFactorController.class.getName() + ".replacing";

    private final SecondFactors secondFactors;
    private final SecondFactorSignIn signIn;
    private final MessageSource messages;
    private final Clock clock;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    SecondFactorController(
            SecondFactors secondFactors, SecondFactorSignIn signIn, MessageSource messages, Clock clock) {
        this.secondFactors = secondFactors;
        this.signIn = signIn;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String showCode(@AuthenticationPrincipal FrontdeskUser user, Model model) {
        if (!pending()) {
            return "redirect:" + user.homePath();
        }
        if (!secondFactors.status(user).enrolled()) {
            return "redirect:/login/second-factor/enrol";
        }
        return codePage(model);
    }

    @PostMapping
    String verifyCode(
            @AuthenticationPrincipal FrontdeskUser user,
            @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "false") boolean remember,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (!pending()) {
            return "redirect:" + user.homePath();
        }
        SecondFactorSignIn.Outcome outcome = signIn.verify(user, code, request);
        if (!outcome.accepted()) {
            model.addAttribute("codeError", true);
            Instant blockedUntil = outcome.blockedUntil();
            if (blockedUntil != null) {
                model.addAttribute(
                        "blockedMinutes",
                        Math.max(
                                1,
                                (Duration.between(clock.instant(), blockedUntil).toSeconds() + 59) / 60));
            }
            return codePage(model);
        }
        signIn.complete(user, remember, request, response);
        if (outcome.recoveryCode()) {
            // A recovery code spent: say how many are left, so that nobody runs out unawares.
            model.addAttribute("recoveryCodesLeft", secondFactors.status(user).recoveryCodesLeft());
            model.addAttribute("continueTo", "/");
            return "identity/second-factor-recovery-codes";
        }
        // Where the user was going when the sign-in began, as after a password alone.
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return "redirect:" + (saved == null ? user.homePath() : pathOf(saved.getRedirectUrl()));
    }

    @GetMapping("/enrol")
    String showEnrolment(@AuthenticationPrincipal FrontdeskUser user, HttpSession session, Model model) {
        String refused = refusal(user, session);
        if (refused != null) {
            return refused;
        }
        // A reload shows the key already scanned, not a new one the app does not have.
        String started = (String) session.getAttribute(ENROLMENT);
        SecondFactors.Enrolment enrolment = started == null
                ? secondFactors.startEnrolment(user, qrTitle())
                : secondFactors.enrolment(user, started, qrTitle());
        session.setAttribute(ENROLMENT, enrolment.secret());
        return enrolPage(enrolment, pending(), model);
    }

    @PostMapping("/enrol")
    String confirmEnrolment(
            @AuthenticationPrincipal FrontdeskUser user,
            @RequestParam(defaultValue = "") String code,
            HttpSession session,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        boolean pending = pending();
        String refused = refusal(user, session);
        if (refused != null) {
            return refused;
        }
        String secret = (String) session.getAttribute(ENROLMENT);
        Optional<List<String>> codes =
                secret == null ? Optional.empty() : secondFactors.completeEnrolment(user, secret, code);
        if (codes.isEmpty()) {
            if (secret == null) {
                return "redirect:/login/second-factor/enrol";
            }
            model.addAttribute("codeError", true);
            return enrolPage(secondFactors.enrolment(user, secret, qrTitle()), pending, model);
        }
        session.removeAttribute(ENROLMENT);
        session.removeAttribute(REPLACING);
        // Enrolling proved the factor: a pending sign-in is complete, a signed-in session gains it.
        signIn.complete(user, false, request, response);
        model.addAttribute("recoveryCodes", codes.get());
        model.addAttribute("continueTo", "/");
        return "identity/second-factor-recovery-codes";
    }

    /**
     * Where a user who may not enrol now goes instead: a pending sign-in that has a factor gives its code (enrolling
     * anew would skip it); a signed-in user who has one replaces it only after giving a current code on the account
     * page.
     */
    private @Nullable String refusal(FrontdeskUser user, HttpSession session) {
        if (!secondFactors.status(user).enrolled()) {
            return null;
        }
        if (pending()) {
            return "redirect:/login/second-factor";
        }
        return session.getAttribute(REPLACING) == null ? "redirect:/account" : null;
    }

    private static String enrolPage(SecondFactors.Enrolment enrolment, boolean pending, Model model) {
        model.addAttribute("enrolment", enrolment);
        model.addAttribute("secretGroups", groups(enrolment.secret()));
        model.addAttribute("pending", pending);
        return "identity/second-factor-enrol";
    }

    /**
     * The saved request's path and query only: its URL was built from the request's Host header, which the client
     * chooses (docs/security.md, "Host header").
     */
    static String pathOf(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return "/" + path.replaceFirst("^/+", "") + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private String qrTitle() {
        return messages.getMessage("secondFactor.enrol.qr", null, LocaleContextHolder.getLocale());
    }

    private String codePage(Model model) {
        model.addAttribute("rememberDays", secondFactors.rememberDevice().toDays());
        return "identity/second-factor";
    }

    /** Groups of four letters, as authenticator apps show them when typed in by hand. */
    private static List<String> groups(String secret) {
        return IntStream.range(0, (secret.length() + 3) / 4)
                .mapToObj(i -> secret.substring(i * 4, Math.min(secret.length(), i * 4 + 4)))
                .toList();
    }

    private static boolean pending() {
        return SignInFactors.isPending(SecurityContextHolder.getContext().getAuthentication());
    }
}
