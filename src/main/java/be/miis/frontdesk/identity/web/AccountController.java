package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.ApiTokenService;
import be.miis.frontdesk.identity.CreatedApiToken;
import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.IdentityService;
import be.miis.frontdesk.identity.SecondFactorSignIn;
import be.miis.frontdesk.identity.SecondFactors;
import be.miis.frontdesk.identity.SignInFactors;
import be.miis.frontdesk.identity.SignInSessions;
import be.miis.frontdesk.shared.web.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own account: password, second factor, sessions and personal API tokens. Every role has it. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final IdentityService identity;
    private final ApiTokenService tokens;
    private final SignInSessions sessions;
    private final SecondFactors secondFactors;
    private final SecondFactorSignIn signIn;
    private final Clock clock;

    AccountController(
            IdentityService identity,
            ApiTokenService tokens,
            SignInSessions sessions,
            SecondFactors secondFactors,
            SecondFactorSignIn signIn,
            Clock clock) {
        this.identity = identity;
        this.tokens = tokens;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.signIn = signIn;
        this.clock = clock;
    }

    @GetMapping
    String showAccount(@AuthenticationPrincipal FrontdeskUser user, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new ChangePasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new CreateTokenForm());
        }
        return prepare(user, model);
    }

    @PostMapping("/password")
    String changePassword(
            @ModelAttribute("passwordForm") ChangePasswordForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            HttpSession session,
            Model model,
            RedirectAttributes redirect) {
        PasswordRules.check(form.getNewPassword(), user.getUsername(), "newPassword", result);
        if (!form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "identity.password.mismatch");
        }
        if (!result.hasErrors()
                && !identity.changeOwnPassword(user.getUsername(), form.getCurrentPassword(), form.getNewPassword())) {
            result.rejectValue("currentPassword", "identity.password.currentWrong");
        }
        if (result.hasErrors()) {
            model.addAttribute("tokenForm", new CreateTokenForm());
            return prepare(user, model);
        }
        // A new password also shuts out whoever knew the old one and kept a session: all but this one end.
        sessions.signOut(user.getUsername(), session.getId(), user.getUsername());
        Flash.success(redirect, "identity.password.changed");
        return "redirect:/account";
    }

    /** Ends every session of the user, this one included (a browser left signed in elsewhere). */
    @PostMapping("/sign-out-everywhere")
    String signOutEverywhere(
            @AuthenticationPrincipal FrontdeskUser user, HttpServletRequest request, HttpServletResponse response) {
        HttpSession current = request.getSession();
        sessions.signOut(user.getUsername(), current.getId(), user.getUsername());
        new SecurityContextLogoutHandler()
                .logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/login?signedOut";
    }

    @PostMapping("/tokens")
    String createToken(
            @ModelAttribute("tokenForm") @Valid CreateTokenForm form,
            BindingResult result,
            @AuthenticationPrincipal FrontdeskUser user,
            Authentication authentication,
            Model model) {
        // A token signs in without a second factor: where one is required, only a sign-in that gave it may make one
        // (a session from before the requirement may not; docs/security.md, "Two-factor sign-in").
        if (secondFactors.isRequired(user) && !SignInFactors.hasSecondFactor(authentication)) {
            result.reject("account.tokens.secondFactorRequired");
        }
        if (result.hasErrors()) {
            model.addAttribute("passwordForm", new ChangePasswordForm());
            return prepare(user, model);
        }
        Instant expiresAt =
                form.getValidDays() == null ? null : clock.instant().plus(Duration.ofDays(form.getValidDays()));
        CreatedApiToken created = tokens.create(user.getUsername(), form.getName(), expiresAt);
        // Rendered directly, not redirected: the secret must not travel through the session store.
        model.addAttribute("createdToken", created);
        model.addAttribute("passwordForm", new ChangePasswordForm());
        model.addAttribute("tokenForm", new CreateTokenForm());
        return prepare(user, model);
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(
            @PathVariable Long id, @AuthenticationPrincipal FrontdeskUser user, RedirectAttributes redirect) {
        if (tokens.revoke(user.getUsername(), id)) {
            Flash.success(redirect, "identity.token.revoked");
        }
        return "redirect:/account";
    }

    /*
     * Changing one's second factor asks for a current code first: a session taken over (a browser left open) must not
     * be enough to put another phone in, print new recovery codes or turn the factor off (docs/security.md,
     * "Two-factor sign-in").
     */

    /** New recovery codes (the old ones stop working), shown once. */
    @PostMapping("/second-factor/recovery-codes")
    String renewRecoveryCodes(
            @AuthenticationPrincipal FrontdeskUser user,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        if (!proved(user, code, request, redirect)) {
            return "redirect:/account";
        }
        model.addAttribute("recoveryCodes", secondFactors.newRecoveryCodes(user));
        model.addAttribute("continueTo", "/account");
        return "identity/second-factor-recovery-codes";
    }

    /** Another phone: the enrolment page, once, for this session. */
    @PostMapping("/second-factor/replace")
    String replaceSecondFactor(
            @AuthenticationPrincipal FrontdeskUser user,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!proved(user, code, request, redirect)) {
            return "redirect:/account";
        }
        request.getSession().setAttribute(SecondFactorController.REPLACING, Boolean.TRUE);
        return "redirect:/login/second-factor/enrol";
    }

    @PostMapping("/second-factor/remove")
    String removeSecondFactor(
            @AuthenticationPrincipal FrontdeskUser user,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        if (!proved(user, code, request, redirect)) {
            return "redirect:/account";
        }
        if (secondFactors.remove(user)) {
            Flash.success(redirect, "account.secondFactor.removed");
        } else {
            Flash.error(redirect, "account.secondFactor.removeRefused");
        }
        return "redirect:/account";
    }

    /** A current code (or a recovery code), throttled and audited as at sign-in; a flash says why not. */
    private boolean proved(FrontdeskUser user, String code, HttpServletRequest request, RedirectAttributes redirect) {
        if (!secondFactors.status(user).enrolled()) {
            return false;
        }
        SecondFactorSignIn.Outcome outcome = signIn.verify(user, code, request);
        if (!outcome.accepted()) {
            Flash.error(redirect, "account.secondFactor.codeWrong");
        }
        return outcome.accepted();
    }

    private String prepare(FrontdeskUser user, Model model) {
        model.addAttribute("secondFactor", secondFactors.status(user));
        model.addAttribute(
                "account", identity.findByUsername(user.getUsername()).orElseThrow());
        model.addAttribute("tokens", tokens.findByUsername(user.getUsername()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("sessionCount", sessions.count(user.getUsername()));
        model.addAttribute("sessionLimits", sessions.limits());
        return "identity/account";
    }
}
