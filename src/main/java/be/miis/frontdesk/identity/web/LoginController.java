package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.SingleSignOn;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    private final SingleSignOn singleSignOn;

    LoginController(SingleSignOn singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @GetMapping("/login")
    String showLogin(
            @AuthenticationPrincipal @Nullable FrontdeskUser user,
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String retry,
            @RequestParam(required = false) @Nullable String sso,
            Model model) {
        // Somebody who is logged in already has no business on the login form.
        if (user != null) {
            return "redirect:" + user.homePath();
        }
        Integer retrySeconds = seconds(retry);
        if (retrySeconds != null) {
            // Short waits in seconds, longer ones in minutes rounded up: "try again in 15 minutes", not "900 s".
            if (retrySeconds < 120) {
                model.addAttribute("retrySeconds", retrySeconds);
            } else {
                model.addAttribute("retryMinutes", (retrySeconds + 59) / 60);
            }
        } else if (error != null) {
            model.addAttribute("badCredentials", true);
        }
        // The provider's button beside the form, and why it refused (docs/security.md, "Single sign-on").
        String providerName = singleSignOn.providerName();
        if (providerName != null) {
            model.addAttribute("ssoName", providerName);
            model.addAttribute("ssoPath", SingleSignOn.LOGIN_PATH);
        }
        String refusal = SingleSignOn.refusalMessageKey(sso);
        if (refusal != null) {
            model.addAttribute("ssoError", refusal);
        }
        return "identity/login";
    }

    /** Each role has its own home; "/" is where the login form and the logo lead. */
    @GetMapping("/")
    String showHome(@AuthenticationPrincipal FrontdeskUser user) {
        return "redirect:" + user.homePath();
    }

    /** The seconds come from our own redirect, but anybody can type a URL: only a small number is shown. */
    private static @Nullable Integer seconds(@Nullable String retry) {
        if (retry == null || !retry.matches("\\d{1,5}")) {
            return null;
        }
        return Integer.valueOf(retry);
    }
}
