package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    @GetMapping("/login")
    String showLogin(
            @AuthenticationPrincipal @Nullable FrontdeskUser user,
            @RequestParam(required = false) @Nullable String error,
            @RequestParam(required = false) @Nullable String locked,
            Model model) {
        // Somebody who is logged in already has no business on the login form.
        if (user != null) {
            return "redirect:" + user.homePath();
        }
        Integer lockedMinutes = minutes(locked);
        if (lockedMinutes != null) {
            model.addAttribute("lockedMinutes", lockedMinutes);
        } else if (error != null) {
            model.addAttribute("badCredentials", true);
        }
        return "identity/login";
    }

    /** Each role has its own home; "/" is where the login form and the logo lead. */
    @GetMapping("/")
    String showHome(@AuthenticationPrincipal FrontdeskUser user) {
        return "redirect:" + user.homePath();
    }

    /** The minutes come from our own redirect, but anybody can type a URL: only a small number is shown. */
    private static @Nullable Integer minutes(@Nullable String locked) {
        if (locked == null || !locked.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(locked);
    }
}
