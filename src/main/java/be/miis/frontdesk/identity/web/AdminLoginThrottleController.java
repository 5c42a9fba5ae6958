package be.miis.frontdesk.identity.web;

import be.miis.frontdesk.identity.FrontdeskUser;
import be.miis.frontdesk.identity.LoginThrottle;
import be.miis.frontdesk.shared.web.Flash;
import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The login throttles for administrators: which addresses failed with which user names, which must wait now, and
 * lifting a throttle (audited), for instance for a colleague who mistyped behind the same address as everybody.
 */
@Controller
@RequestMapping("/admin/login-throttles")
class AdminLoginThrottleController {

    static final int PAGE_SIZE = 50;

    private final LoginThrottle throttle;

    AdminLoginThrottleController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping
    String showThrottles(
            @RequestParam(required = false) @Nullable String username,
            @RequestParam(required = false) @Nullable String after,
            HtmxRequest htmx,
            Model model) {
        model.addAttribute("username", username == null ? "" : username.trim());
        model.addAttribute("page", throttle.find(username, after, PAGE_SIZE));
        model.addAttribute("maxFailedLogins", throttle.maxFailedLogins());
        model.addAttribute("longestDelayMinutes", throttle.longestDelay().toMinutes());
        model.addAttribute("failureMemoryHours", throttle.failureMemory().toHours());
        // "Load more" asks for the next rows only; they replace the button's own row.
        return htmx.isHtmxRequest() && after != null ? "identity/login-throttles :: rows" : "identity/login-throttles";
    }

    @PostMapping("/{id}/lift")
    String liftThrottle(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String username,
            @AuthenticationPrincipal FrontdeskUser admin,
            RedirectAttributes redirect) {
        throttle.lift(id, admin.getUsername())
                .ifPresentOrElse(
                        lifted -> Flash.success(redirect, "throttle.lifted", lifted.username(), lifted.clientAddress()),
                        () -> Flash.error(redirect, "throttle.gone"));
        // Back to the list as it was filtered; the name goes through the builder, never pasted into the URL.
        return "redirect:"
                + UriComponentsBuilder.fromPath("/admin/login-throttles")
                        .queryParamIfPresent(
                                "username", Optional.ofNullable(username).filter(name -> !name.isBlank()))
                        .encode()
                        .build()
                        .toUriString();
    }
}
